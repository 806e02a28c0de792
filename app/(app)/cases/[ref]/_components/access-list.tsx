import type { listCaseGrants } from "@/db/queries/case-access";
import { formatDateTime } from "@/lib/format";
import { ApproveAccessButton, GrantAccessForm, RevokeAccessButton } from "./grant-access-form";
import { Section } from "@/components/ui/section";

type Grant = Awaited<ReturnType<typeof listCaseGrants>>[number];

/**
 * Who may see a restricted case, and who has asked to: a supervisor's request for their
 * own access waits for a second supervisor (two-person rule), who approves it here.
 */
export function AccessList({ caseRef, grants, viewerId }: { caseRef: string; grants: Grant[]; viewerId: number }) {
  const now = new Date();
  return (
    <Section title="Who may see this case" id="access-title">
      {grants.length === 0 ? <p>Nobody has been given access yet.</p> : null}
      <ul>
        {grants.map((g) => (
          <li key={g.id}>
            {g.userEmail}: {g.reason}.{" "}
            {g.revokedAt ? (
              "Ended."
            ) : g.approvedAt === null ? (
              g.expiresAt <= now ? (
                "Asked for their own access; lapsed without approval."
              ) : g.userId === viewerId ? (
                <>
                  Your request for your own access waits for a second supervisor&apos;s approval.{" "}
                  <RevokeAccessButton caseRef={caseRef} grantId={g.id} label="Withdraw the request" />
                </>
              ) : (
                <>
                  Asked for their own access: a second supervisor must approve it.{" "}
                  <ApproveAccessButton caseRef={caseRef} grantId={g.id} label={`Approve access for ${g.userEmail}`} />{" "}
                  <RevokeAccessButton caseRef={caseRef} grantId={g.id} label="Decline" />
                </>
              )
            ) : g.expiresAt < now ? (
              "Expired."
            ) : (
              <>
                Until {formatDateTime(g.expiresAt)}
                {g.selfRequested ? ", approved by a second supervisor" : ""}. <RevokeAccessButton caseRef={caseRef} grantId={g.id} />
              </>
            )}
          </li>
        ))}
      </ul>
      <h3 className="govuk-heading-s">Give access</h3>
      <GrantAccessForm caseRef={caseRef} />
    </Section>
  );
}
