import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { SummaryList } from "@/components/ui/summary-list";
import { caseAgeDays } from "@/lib/cases/workflow";
import { channels, contentTypes, devices, matterTypes, platforms, sources, stages } from "@/lib/vocabulary";
import type { CaseDetail } from "../_lib/case-view";
import { Details } from "@/components/ui/details";
import { EditCaseDetailsForm } from "./subject-change-forms";

/** The case's heading and what was recorded about it. */
export function CaseSummary({ found, overdue, today, canWork }: { found: CaseDetail; overdue: boolean; today: string; canWork: boolean }) {
  return (
    <>
      <Link href="/cases" className="govuk-back-link">
        Back to cases
      </Link>
      <h1 className="govuk-heading-l">
        {found.ref} {found.restricted ? <strong className="govuk-tag govuk-tag--orange">Restricted</strong> : null}{" "}
        {overdue ? <strong className="govuk-tag govuk-tag--orange">Overdue</strong> : null}
      </h1>
      <p className="govuk-body-l">{found.summary}</p>
      <p className="govuk-body">
        <a href={`/api/cases/${found.ref}/file`} className="govuk-link" download>
          Download the case file (PDF)<span className="govuk-visually-hidden"> of {found.ref}</span>
        </a>{" "}
        for a hearing or an IOPC referral: summary, subject officers, decisions, timeline, notes and evidence with SHA-256, marked OFFICIAL-SENSITIVE.
      </p>
      <SummaryList
        rows={[
          { key: "Status", value: stages.labels[found.status] },
          {
            key: "Force target for this stage (force policy, not statute)",
            value: found.stageDueOn
              ? `${formatDate(found.stageDueOn)}${overdue ? ` (overdue by ${caseAgeDays(found.stageDueOn, today)} days)` : ""}`
              : "None (closed)",
          },
          { key: "Recorded", value: `${formatDate(found.recordedOn)} (${caseAgeDays(found.recordedOn, today)} days ago)` },
          { key: "Incident", value: found.incidentOn ? formatDate(found.incidentOn) : "Not known" },
          { key: "Type of matter", value: found.matterType ? matterTypes.labels[found.matterType] : "Not recorded: record it with the IOPC referral decision" },
          { key: "How it came to notice", value: sources.labels[found.source] },
          {
            key: "Platform and channel",
            value: `${platforms.labels[found.platform]}, ${channels.labels[found.channel].toLowerCase()}${found.groupSize ? ` of ${found.groupSize} members` : ""}`,
          },
          { key: "Content", value: contentTypes.labels[found.contentType] },
          { key: "Device", value: devices.labels[found.device] },
          { key: "Assigned to", value: found.assignedToName ?? `Unassigned${found.team ? ` (${found.team})` : ""}` },
        ]}
      />
      {canWork ? (
        <Details summary="Correct the case details">
          <EditCaseDetailsForm
            caseRef={found.ref}
            version={found.version}
            facts={{
              summary: found.summary,
              platform: found.platform,
              channel: found.channel,
              groupSize: found.groupSize,
              contentType: found.contentType,
              device: found.device,
              incidentOn: found.incidentOn,
            }}
          />
        </Details>
      ) : null}
    </>
  );
}
