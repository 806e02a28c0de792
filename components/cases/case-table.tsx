"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { platforms, stages, type Platform, type Stage } from "@/lib/vocabulary";

export interface CaseRow {
  ref: string;
  summary: string;
  status: Stage;
  platform: Platform;
  recordedOn: string;
  stageDueOn: string | null;
  team: string | null;
  assignedToName: string | null;
  subjectCount: number;
  overdue: boolean;
}

type SortKey = "recorded" | "due" | "ref";

const column = createColumnHelper<CaseRow>();

const columns = [
  column.accessor("ref", {
    header: "Reference",
    meta: { sort: "ref" satisfies SortKey },
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
            <span className="tag tag--warning">Overdue</span>
          </>
        ) : null}
      </>
    ),
  }),
  column.accessor("platform", { header: "Platform", cell: (info) => platforms.labels[info.getValue()] }),
  column.accessor("subjectCount", { header: "Subjects", meta: { numeric: true } }),
  column.accessor("recordedOn", { header: "Recorded", meta: { sort: "recorded" satisfies SortKey } }),
  column.accessor("stageDueOn", { header: "Stage due", meta: { sort: "due" satisfies SortKey }, cell: (info) => info.getValue() ?? "Closed" }),
  column.accessor("assignedToName", { header: "Assigned to", cell: (info) => info.getValue() ?? (info.row.original.team ? `Unassigned (${info.row.original.team})` : "Unassigned") }),
];

interface ColumnMeta {
  sort?: SortKey;
  numeric?: boolean;
}

/**
 * The case list's table. Sorting and paging happen in the database: each sortable
 * header is a link to the same list sorted by it, so the state lives in the URL and
 * works with the keyboard and without JavaScript.
 */
export function CaseTable({ rows, sort, direction, query }: { rows: CaseRow[]; sort: SortKey; direction: "asc" | "desc"; query: string }) {
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true });
  const sortHref = (key: SortKey) => {
    const params = new URLSearchParams(query);
    params.set("sort", key);
    params.set("dir", sort === key && direction === "asc" ? "desc" : "asc");
    return `/cases?${params}`;
  };
  return (
    <table className="case-table">
      <caption className="visually-hidden">
        Cases, sorted by {sort === "recorded" ? "date recorded" : sort === "due" ? "stage due date" : "reference"}, {direction === "asc" ? "ascending" : "descending"}
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const meta = (header.column.columnDef.meta ?? {}) as ColumnMeta;
              const label = flexRender(header.column.columnDef.header, header.getContext());
              const active = meta.sort === sort;
              return (
                <th key={header.id} scope="col" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined} className={meta.numeric ? "num" : undefined}>
                  {meta.sort ? (
                    <Link href={sortHref(meta.sort)}>
                      {label}
                      <span aria-hidden="true">{active ? (direction === "asc" ? " ▲" : " ▼") : ""}</span>
                      <span className="visually-hidden">{active ? "" : ", sort by this column"}</span>
                    </Link>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className={row.original.overdue ? "row--overdue" : undefined}>
            {row.getVisibleCells().map((cell) => {
              const meta = (cell.column.columnDef.meta ?? {}) as ColumnMeta;
              return cell.column.id === "ref" ? (
                <th key={cell.id} scope="row">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </th>
              ) : (
                <td key={cell.id} className={meta.numeric ? "num" : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
