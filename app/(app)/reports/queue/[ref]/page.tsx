import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getReportForTriage } from "@/db/queries/reports";
import { listReportAttachments } from "@/db/queries/report-attachments";
import { ReportAttachments } from "@/components/reports/report-attachments";
import { Section } from "@/components/ui/section";
import { requirePagePermission } from "@/server/auth/session";
import { can } from "@/lib/permissions";
import { isReference } from "@/lib/references";
import { isOpenForTriage } from "@/lib/reports/triage";
import { platforms, reportOutcomes, reportStatuses } from "@/lib/vocabulary";
import { formatDate, formatDateTime } from "@/lib/format";
import { TriageActions } from "./_components/triage-actions";

export const metadata: Metadata = { title: "Triage a report" };

export default async function TriagePage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("reports:triage");
  const ref = (await params).ref;
  const db = await getDb();
  const report = isReference("report", ref) ? await getReportForTriage(db, user, ref) : null;
  if (!report) notFound();
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "report.viewed", entityType: "report", entityId: report.ref });
  const attachments = await listReportAttachments(db, report.id);
  const rows: [string, React.ReactNode][] = [
    ["Received", formatDateTime(report.receivedAt)],
    ["Reported by", report.source === "protective_monitoring" ? "Came to notice: protective monitoring" : (report.reporter ?? <em>Confidential reporter</em>)],
    ["What they saw", report.description],
    ["Where", `${platforms.labels[report.platform]}${report.groupName ? `, ${report.groupName}` : ""}`],
    ["When", report.seenOn ? formatDate(report.seenOn) : "Not given"],
    ["Who was involved", report.peopleInvolved ?? "Not given"],
    ["Status", reportStatuses.labels[report.status]],
  ];
  if (report.outcome) rows.push(["Outcome", reportOutcomes.labels[report.outcome]]);
  if (report.caseRef)
    rows.push([
      "Case",
      <Link key="case" href={`/cases/${report.caseRef}`}>
        {report.caseRef}
      </Link>,
    ]);
  if (report.duplicateOf)
    rows.push([
      "Duplicate of",
      <Link key="dup" href={`/reports/queue/${report.duplicateOf}`}>
        {report.duplicateOf}
      </Link>,
    ]);
  if (report.outcomeReason) rows.push(["Reason for no further action", report.outcomeReason]);
  if (report.question) rows.push(["Question to the reporter", report.question]);
  if (report.answer) rows.push(["Reporter's answer", report.answer]);
  return (
    <>
      <Link href="/reports/queue" className="govuk-back-link">
        Report queue
      </Link>
      <h1 className="govuk-heading-l">Report {report.ref}</h1>
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <Section title={`Files attached (${attachments.length})`}>
        <ReportAttachments reportRef={report.ref} items={attachments} canAdd={false} />
      </Section>
      {can(user.role, "reports:convert") ? (
        <TriageActions
          reportRef={report.ref}
          version={report.version}
          open={isOpenForTriage(report.status)}
          hasReporter={report.source !== "protective_monitoring"}
        />
      ) : null}
    </>
  );
}
