import type { listCaseGrants } from "@/db/queries/case-access";
import { AccessList } from "./access-list";

/** What a supervisor sees of a restricted case they have no access to: that it exists, and the access requests. */
export function RestrictedNotice({ caseRef, grants, viewerId }: { caseRef: string; grants: Awaited<ReturnType<typeof listCaseGrants>>; viewerId: number }) {
  return (
    <>
      <h1 className="govuk-heading-l">{caseRef} is restricted</h1>
      <p className="govuk-body-l">
        Only people given access can see this case, supervisors included. Access is time-limited, needs a reason, and is recorded in the case&apos;s audit
        trail. Access you ask for yourself needs a second supervisor&apos;s approval.
      </p>
      <AccessList caseRef={caseRef} grants={grants} viewerId={viewerId} />
    </>
  );
}
