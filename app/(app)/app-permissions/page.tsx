import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import {
  appPermissionFigures,
  isAppPermissionApprover,
  listApprovedNotStarted,
  listHeldPermissions,
  listOwnAppPermissionRequests,
  listRecentDecisions,
  listRequestsToDecide,
  type AppPermissionRow,
} from "@/db/queries/app-permissions";
import { recordAudit } from "@/db/queries/audit";
import { EXPIRING_SOON_DAYS, expiresSoon, lastDayHeld, permissionStateLabels, permissionStateOn } from "@/lib/app-permissions/state";
import { requirePagePermission } from "@/server/auth/session";
import { addDays, todayIso } from "@/lib/dates";
import { formatDate, formatDateTime, formatMonth } from "@/lib/format";
import { can } from "@/lib/permissions";
import { messagingApps } from "@/lib/vocabulary";
import { DecideForm, DecisionsAnnounced, RevokeForm } from "./_components/decision-forms";
import { RequestForm } from "./_components/request-form";
import { columnsOf, DataTable, type Column, countColumns } from "@/components/data-table/data-table";
import { SummaryList } from "@/components/ui/summary-list";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "App permissions" };

const appName = (r: Pick<AppPermissionRow, "app" | "otherApp">) => (r.app === "other" && r.otherApp ? r.otherApp : messagingApps.labels[r.app]);

function describeState(r: AppPermissionRow, today: string) {
  const state = permissionStateOn(r, today);
  const firstDay = state === "not_started" ? `: first day ${formatDate(r.startsOn)}` : "";
  const lastDay =
    r.expiresOn && (state === "held" || state === "not_started") ? `${firstDay ? "," : ":"} last day ${formatDate(lastDayHeld(r.expiresOn))}` : "";
  return `${permissionStateLabels[state]}${firstDay}${lastDay}`;
}

const period = (r: Pick<AppPermissionRow, "startsOn" | "requestedUntil">) => `${formatDate(r.startsOn)} to ${formatDate(r.requestedUntil)}`;

type RegisterRow = Awaited<ReturnType<typeof listHeldPermissions>>[number];

/** Columns the two registers share: who holds it, for which app and phone, and who approved it. */
const registerColumns: Column<RegisterRow>[] = [
  { header: "Reference", rowHeader: true, cell: (p) => p.ref },
  {
    header: "Holder",
    cell: (p) => (
      <>
        {p.requesterName} ({p.requesterEmail})
      </>
    ),
  },
  {
    header: "App and phone",
    cell: (p) => (
      <>
        {appName(p)}, {p.device}
      </>
    ),
  },
];

export default async function AppPermissionsPage() {
  const user = await requirePagePermission("app-permissions:request");
  const db = await getDb();
  const today = todayIso();
  const [own, approver] = await Promise.all([listOwnAppPermissionRequests(db, user.id), isAppPermissionApprover(db, user)]);
  const [toDecide, decided, held, upcoming] = approver
    ? await Promise.all([
        listRequestsToDecide(db, user),
        listRecentDecisions(db, user.id),
        listHeldPermissions(db, user, today),
        listApprovedNotStarted(db, user, today),
      ])
    : [[], [], [], []];
  const figures = can(user.role, "app-permissions:approve") ? await appPermissionFigures(db, today) : null;
  if (approver) await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "app_permission.register_viewed", entityType: "app_permission" });
  const soon = held.filter((p) => expiresSoon(p, today));

  return (
    <>
      <h1 className="govuk-heading-l">App permissions</h1>
      <p className="govuk-body-l">
        Force phones block social-media apps. WhatsApp and other messaging apps are allowed only with permission, asked for case by case and decided by your
        line manager or a PSD supervisor.
      </p>

      <Section title="Your requests" id="own-title">
        {own.length === 0 ? (
          <EmptyState title="You have not asked for permission">
            <p>Requests you make are listed here with the decision, the expiry date and any reason given.</p>
          </EmptyState>
        ) : (
          <DataTable
            caption="Your requests, newest first"
            captionHidden
            columns={columnsOf<(typeof own)[number]>([
              { header: "Reference", rowHeader: true, cell: (r) => r.ref },
              { header: "App", cell: (r) => appName(r) },
              { header: "Asked for", cell: (r) => period(r) },
              { header: "Status", cell: (r) => describeState(r, today) },
              { header: "Reason given", cell: (r) => r.refusalReason ?? r.revocationReason ?? "" },
            ])}
            rows={own}
            rowKey={(r) => r.ref}
          />
        )}
      </Section>

      <Section title="Ask for permission" id="ask-title">
        <RequestForm today={today} />
      </Section>

      {approver ? (
        <>
          <Section title="Waiting for your decision" id="decide-title">
            <DecisionsAnnounced>
              {toDecide.length === 0 ? (
                <p>No requests are waiting for you.</p>
              ) : (
                toDecide.map((r) => (
                  <section key={r.ref} className="app-card" aria-labelledby={`request-${r.ref}`}>
                    <h3 className="govuk-heading-s" id={`request-${r.ref}`}>
                      {r.ref}: {appName(r)} for {r.requesterName}
                    </h3>
                    <SummaryList
                      rows={[
                        {
                          key: "Requested by",
                          value: (
                            <>
                              {r.requesterName} ({r.requesterEmail}), {formatDateTime(r.requestedAt)}
                            </>
                          ),
                        },
                        { key: "Business purpose", value: r.purpose },
                        { key: "Force phone", value: r.device },
                        {
                          key: "Period asked for",
                          value: period(r),
                        },
                      ]}
                    />
                    <DecideForm requestRef={r.ref} suggestedExpiry={addDays(r.requestedUntil > today ? r.requestedUntil : today, 1)} />
                  </section>
                ))
              )}
            </DecisionsAnnounced>
          </Section>

          {decided.length > 0 ? (
            <Section title="Your recent decisions" id="decided-title">
              <DataTable
                caption="Requests you decided or revoked lately, newest first"
                captionHidden
                columns={columnsOf<(typeof decided)[number]>([
                  { header: "Reference", rowHeader: true, cell: (r) => r.ref },
                  {
                    header: "Requester and app",
                    cell: (r) => (
                      <>
                        {r.requesterName}, {appName(r)}
                      </>
                    ),
                  },
                  { header: "Where it stands", cell: (r) => describeState(r, today) },
                  { header: "Reason given", cell: (r) => r.refusalReason ?? r.revocationReason ?? "" },
                ])}
                rows={decided}
                rowKey={(r) => String(r.ref)}
              />
            </Section>
          ) : null}

          <Section title="Register: who holds permission now" id="register-title">
            <p>
              {held.length} held today; {soon.length} {soon.length === 1 ? "expires" : "expire"} within {EXPIRING_SOON_DAYS} days; {upcoming.length} approved
              and not started yet. A permission is held from its first day and no longer held on its expiry date.
            </p>
            {held.length === 0 ? null : (
              <DataTable
                caption="Permissions held today, soonest expiry first"
                captionHidden
                columns={columnsOf<RegisterRow>([
                  ...registerColumns,
                  {
                    header: "Last day held",
                    cell: (p) => (
                      <>
                        {formatDate(lastDayHeld(p.expiresOn!))}{" "}
                        {expiresSoon(p, today) ? <span className="govuk-tag govuk-tag--orange">Expires soon</span> : null}
                      </>
                    ),
                  },
                  { header: "Approved by", cell: (p) => p.approvedBy },
                  { header: "Revoke", cell: (p) => <RevokeForm requestRef={p.ref} /> },
                ])}
                rows={held}
                rowKey={(p) => String(p.ref)}
              />
            )}
          </Section>

          {upcoming.length > 0 ? (
            <Section title="Approved, not started yet" id="upcoming-title">
              <p>Not held today, and held from their first day without anything more to do. They can be revoked before they start.</p>
              <DataTable
                caption="Permissions approved and not started yet, soonest first day first"
                captionHidden
                columns={columnsOf<RegisterRow>([
                  ...registerColumns,
                  { header: "First day", cell: (p) => formatDate(p.startsOn) },
                  { header: "Last day", cell: (p) => formatDate(lastDayHeld(p.expiresOn!)) },
                  { header: "Approved by", cell: (p) => p.approvedBy },
                  { header: "Revoke", cell: (p) => <RevokeForm requestRef={p.ref} /> },
                ])}
                rows={upcoming}
                rowKey={(p) => String(p.ref)}
              />
            </Section>
          ) : null}
        </>
      ) : null}

      {figures ? (
        <Section title="Figures by month" id="figures-title">
          <DataTable
            caption="Requests, decisions and holders in each of the last twelve months"
            captionHidden
            columns={columnsOf<(typeof figures)[number]>([
              { header: "Month", rowHeader: true, cell: (f) => formatMonth(f.month) },
              ...countColumns([
                ["requests", "Requests"],
                ["approvals", "Approvals"],
                ["refusals", "Refusals"],
                ["holders", "Holders at month end (this month: today)"],
              ]),
            ])}
            rows={figures}
            rowKey={(f) => String(f.month)}
          />
        </Section>
      ) : null}
    </>
  );
}
