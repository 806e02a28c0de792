import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { DataTable, type TablePages } from "@/components/data-table/data-table";
import { formatDate } from "@/lib/format";
import { platforms, stages, type Platform, type Stage } from "@/lib/vocabulary";

export interface CaseRow {
  ref: string;
  version: number;
  summary: string;
  status: Stage;
  platform: Platform;
  recordedOn: string;
  stageDueOn: string | null;
  team: string | null;
  assignedToName: string | null;
  subjectCount: number;
  subjectNames: string[];
  overdue: boolean;
}

type SortKey = "recorded" | "due" | "ref";

const column = createColumnHelper<CaseRow>();

const columns = [
  column.accessor("ref", {
    header: "Reference",
    meta: { sortKey: "ref" satisfies SortKey, rowHeader: true },
    cell: (info) => <Link href={`/cases/${info.getValue()}`}>{info.getValue()}</Link>,
  }),
  column.accessor("summary", { header: "Summary" }),
  column.accessor("status", {
    header: "Status",
    cell: (info) => (
      <>
        {stages.labels[info.getValue()]}
        {info.row.original.overdue ? (
          <>
            {" "}
            <strong className="govuk-tag govuk-tag--orange">Overdue</strong>
          </>
        ) : null}
      </>
    ),
  }),
  column.accessor("platform", { header: "Platform", cell: (info) => platforms.labels[info.getValue()] }),
  column.accessor("subjectNames", {
    header: "Subject officers",
    cell: (info) => {
      const names = info.getValue();
      if (names.length === 0) return "None yet";
      // A case of a large group names the first three; its page names them all.
      return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
    },
  }),
  column.accessor("recordedOn", { header: "Recorded", meta: { sortKey: "recorded" satisfies SortKey }, cell: (info) => formatDate(info.getValue()) }),
  column.accessor("stageDueOn", {
    header: "Stage due",
    meta: { sortKey: "due" satisfies SortKey },
    cell: (info) => {
      const due = info.getValue();
      return due ? formatDate(due) : "Closed";
    },
  }),
  column.accessor("assignedToName", {
    header: "Assigned to",
    cell: (info) => info.getValue() ?? (info.row.original.team ? `Unassigned (${info.row.original.team})` : "Unassigned"),
  }),
];

/** A tick box per row for a form elsewhere on the page (HTML's `form` attribute): the case and the version the list showed. */
function selectColumn(formId: string) {
  return column.display({
    id: "select",
    header: () => <span className="govuk-visually-hidden">Select</span>,
    cell: (info) => {
      const { ref, version } = info.row.original;
      // The first box takes the id the form's "tick the cases" error links to.
      const id = info.row.index === 0 ? `${formId}-cases` : `pick-${ref}`;
      return (
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id={id} type="checkbox" name="cases" value={`${ref}@${version}`} form={formId} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
              <span className="govuk-visually-hidden">Select {ref}</span>
            </label>
          </div>
        </div>
      );
    },
  });
}

const sortNames: Record<SortKey, string> = { recorded: "date recorded", due: "stage due date", ref: "reference" };

/**
 * The case list's table. Sorting and paging happen in the database: each sortable
 * header links to the same list sorted by it, so the state lives in the URL.
 */
export function CaseTable({
  rows,
  sort,
  direction,
  query,
  pages,
  selectForm,
}: {
  rows: CaseRow[];
  sort: SortKey;
  direction: "asc" | "desc";
  query: string;
  pages: TablePages;
  /** The id of a form the rows can be ticked for (a supervisor's assignment); none, no tick boxes. */
  selectForm?: string;
}) {
  const href = (key: string, dir: "asc" | "desc") => {
    const params = new URLSearchParams(query);
    params.set("sort", key);
    params.set("dir", dir);
    return `/cases?${params}`;
  };
  return (
    <DataTable
      className="case-table"
      caption={`Cases, sorted by ${sortNames[sort]}, ${direction === "asc" ? "ascending" : "descending"}`}
      captionHidden
      columns={selectForm ? [selectColumn(selectForm), ...columns] : columns}
      rows={rows}
      rowKey={(row) => row.ref}
      sort={{ key: sort, direction, href }}
      rowClassName={(row) => (row.overdue ? "app-table__row--overdue" : undefined)}
      pages={pages}
    />
  );
}
