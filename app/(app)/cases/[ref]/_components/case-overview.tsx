import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { formatDate } from "@/lib/format";
import { findings, outcomes, ranks, stages } from "@/lib/vocabulary";
import type { CaseDetail, CaseSubject, CaseView } from "../_lib/case-view";

/** The page's sections in the order they appear, each with the id of its heading; those not shown are left out. */
export interface PagePart {
  id: string;
  title: string;
}

const subjectColumns = columnsOf<CaseSubject>([
  {
    header: "Officer",
    rowHeader: true,
    cell: (s) => (
      <a href={`#subject-${s.id}`} className="govuk-link">
        {s.name}
      </a>
    ),
  },
  { header: "Rank", cell: (s) => ranks.labels[s.rank] },
  { header: "Stage", cell: (s) => <strong className="govuk-tag">{stages.labels[s.stage]}</strong> },
  {
    header: "Finding or outcome",
    cell: (s) => (s.outcome ? outcomes.labels[s.outcome] : s.finding ? findings.labels[s.finding] : "Not yet"),
  },
]);

/**
 * What a person needs first on a long case page: where each subject officer stands, the
 * statutory tasks open, and links to every section, so that nobody scrolls 4,000 pixels
 * to find the evidence.
 */
export function CaseOverview({ found, tasks, parts, today }: { found: CaseDetail; tasks: CaseView["tasks"]; parts: PagePart[]; today: string }) {
  const open = tasks.filter((t) => !t.completedAt);
  const overdue = open.filter((t) => t.dueOn < today);
  const next = open.map((t) => t.dueOn).sort()[0];
  return (
    <div className="app-overview">
      <nav className="app-overview__contents" aria-labelledby="contents-title">
        <h2 className="govuk-heading-s" id="contents-title">
          On this page
        </h2>
        <ul className="govuk-list app-contents-list">
          {parts.map((part) => (
            <li key={part.id}>
              <a href={`#${part.id}`} className="govuk-link">
                {part.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-overview__subjects">
        {found.subjects.length > 0 ? (
          <DataTable caption="Subject officers at a glance" columns={subjectColumns} rows={found.subjects} rowKey={(s) => String(s.id)} />
        ) : (
          <p className="govuk-body">No subject officer is recorded yet: add one below.</p>
        )}
        {open.length > 0 ? (
          <p className="govuk-body">
            <a href="#tasks-title" className="govuk-link">
              {open.length} statutory {open.length === 1 ? "task" : "tasks"} open
            </a>
            {overdue.length > 0 ? (
              <>
                {" "}
                <strong className="govuk-tag govuk-tag--red">{overdue.length} overdue</strong>
              </>
            ) : next ? (
              `; the next is due by ${formatDate(next)}`
            ) : null}
            .
          </p>
        ) : null}
      </div>
    </div>
  );
}
