import { Link } from "@/components/ui/link";
import { columnsOf, DataTable, type TablePages } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import type { CaseAuditRow } from "@/db/queries/case-audit-trail";
import { caseEventChanges, describeCaseEvent, type CaseEventNames } from "@/lib/cases/timeline";
import { formatDateTime } from "@/lib/format";
import { roles } from "@/lib/vocabulary";

type TrailRow = Pick<CaseAuditRow, "id" | "occurredAt" | "action" | "actorName" | "actorRole" | "detail">;

function trailColumns(names: CaseEventNames) {
  return columnsOf<TrailRow>([
    { header: "When", cell: (row) => <time dateTime={row.occurredAt.toISOString()}>{formatDateTime(row.occurredAt, { precise: true })}</time> },
    {
      header: "Who",
      rowHeader: true,
      cell: (row) => (row.actorName ? `${row.actorName}${row.actorRole ? ` (${roles.labels[row.actorRole]})` : ""}` : "The system"),
    },
    { header: "What", cell: (row) => describeCaseEvent(row.action, row.detail, names.subjects) },
    {
      header: "Changed",
      cell: (row) => {
        const changes = caseEventChanges(row.action, row.detail, names);
        return changes.length === 0 ? null : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {changes.map((c) => (
              <li key={c.field}>
                {c.field}: {c.from} <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden">changed to</span> {c.to}
              </li>
            ))}
          </ul>
        );
      },
    },
  ]);
}

/** Audit entries in words, with what each changed: the case page's latest and the full trail's pages. */
export function AuditEntries({ rows, names, caption, pages }: { rows: TrailRow[]; names: CaseEventNames; caption: string; pages?: TablePages }) {
  return <DataTable caption={caption} captionHidden columns={trailColumns(names)} rows={rows} rowKey={(row) => String(row.id)} pages={pages} />;
}

/** The case page's part of the trail: the latest entries, and the way to the whole of it. */
export function AuditTrail({ caseRef, trail, names }: { caseRef: string; trail: TrailRow[]; names: CaseEventNames }) {
  return (
    <Section title="Audit trail" id="audit-title">
      <p className="govuk-body">Who viewed or changed this case, latest first.</p>
      <AuditEntries rows={trail} names={names} caption="The latest entries of the audit trail" />
      <p className="govuk-body">
        <Link href={`/cases/${caseRef}/audit`} className="govuk-link">
          See the whole audit trail<span className="govuk-visually-hidden"> of {caseRef}</span>: filter it by action, person or date, or export it
        </Link>
      </p>
    </Section>
  );
}
