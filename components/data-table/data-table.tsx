import { createTable, flexRender, getCoreRowModel, type ColumnDef, type RowData } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /** The key the server sorts this column by; a sortable header links to it. */
    sortKey?: string;
    /** The cell names its row: rendered as a row header for screen readers. */
    rowHeader?: boolean;
  }
}

/** A column as the pages write it: a header and how a row fills its cell. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
  sortKey?: string;
}

/** TanStack column definitions from the pages' plain columns (ids by position: headers may be markup). */
export function columnsOf<T>(columns: Column<T>[]): ColumnDef<T, unknown>[] {
  return columns.map((column, index) => ({
    id: `c${index}`,
    header: () => column.header,
    cell: (info) => column.cell(info.row.original),
    meta: { numeric: column.numeric, rowHeader: column.rowHeader, sortKey: column.sortKey },
  }));
}

export interface TableSort {
  key: string;
  direction: "asc" | "desc";
  /** The same list sorted by `key`, as a URL: the state lives in the URL. */
  href: (key: string, direction: "asc" | "desc") => string;
}

export interface TablePages {
  label?: string;
  previous?: { href: string; text?: string };
  next?: { href: string; text?: string };
  /** Further links between previous and next (a "First page"). */
  extra?: { href: string; text: string }[];
}

/**
 * The one table of the app: GOV.UK's table markup over TanStack Table with manual
 * sorting and paging, since the server does both (`{ rows, total }` from a query).
 * It renders on the server (TanStack's core needs no React state for this), so column
 * cells may be any server markup and the page ships no table script. Sortable headers
 * are links, so sorting works with the keyboard and without JavaScript.
 */
export function DataTable<T extends RowData>({
  caption,
  captionHidden,
  columns,
  rows,
  sort,
  pages,
  rowClassName,
  rowKey,
  className,
  footer,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  // Column helpers type each column by its value; the table needs only the row type.
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's own ColumnDef<T, any>[] idiom for mixed value types
  columns: ColumnDef<T, any>[];
  rows: T[];
  sort?: TableSort;
  pages?: TablePages;
  rowClassName?: (row: T) => string | undefined;
  rowKey?: (row: T, index: number) => string;
  className?: string;
  footer?: ReactNode;
}) {
  const table = createTable<T>({
    data: rows,
    columns: columns as ColumnDef<T, unknown>[],
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowKey,
    manualSorting: true,
    manualPagination: true,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  });
  table.setOptions((previous) => ({ ...previous, state: { ...table.initialState } }));
  return (
    <>
      {/* A wide table scrolls sideways on a narrow screen instead of widening the page (WCAG 2.2 SC 1.4.10 allows it for data tables). */}
      <div className="app-table-wrapper">
        <table className={`govuk-table${className ? ` ${className}` : ""}`}>
          <caption className={captionHidden ? "govuk-visually-hidden" : "govuk-table__caption govuk-table__caption--s"}>{caption}</caption>
          <thead className="govuk-table__head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="govuk-table__row">
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta ?? {};
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  const active = !!sort && meta.sortKey === sort.key;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
                      className={`govuk-table__header${meta.numeric ? " govuk-table__header--numeric" : ""}`}
                    >
                      {sort && meta.sortKey ? (
                        <Link className="app-table__sort-link" href={sort.href(meta.sortKey, active && sort.direction === "asc" ? "desc" : "asc")}>
                          {label}
                          <span aria-hidden="true">{active ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                          <span className="govuk-visually-hidden">{active ? "" : ", sort by this column"}</span>
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
          <tbody className="govuk-table__body">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={`govuk-table__row${rowClassName?.(row.original) ? ` ${rowClassName(row.original)}` : ""}`}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta ?? {};
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return meta.rowHeader ? (
                    <th key={cell.id} scope="row" className={`govuk-table__header${meta.numeric ? " govuk-table__header--numeric" : ""}`}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={`govuk-table__cell${meta.numeric ? " govuk-table__cell--numeric" : ""}`}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {footer}
        </table>
      </div>
      {pages ? <Pages {...pages} /> : null}
    </>
  );
}

/** A table's last row: its label as the row header, then a figure a column, each right-aligned. */
export function TotalsFooter({ label = "Total", figures }: { label?: ReactNode; figures: { key: string; figure: ReactNode }[] }) {
  return (
    <tfoot>
      <tr className="govuk-table__row">
        <th className="govuk-table__header" scope="row">
          {label}
        </th>
        {figures.map(({ key, figure }) => (
          <td key={key} className="govuk-table__cell govuk-table__cell--numeric">
            {figure}
          </td>
        ))}
      </tr>
    </tfoot>
  );
}

/** GOV.UK pagination with previous and next only: the lists page by cursor, not by number. */
export function Pages({ label = "Pages", previous, next, extra = [] }: TablePages) {
  if (!previous && !next && extra.length === 0) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous ? <PageLink side="prev" href={previous.href} rel="prev" text={previous.text ?? "Previous page"} /> : null}
      {extra.map((link) => (
        <PageLink key={link.href} side="prev" href={link.href} text={link.text} />
      ))}
      {next ? <PageLink side="next" href={next.href} rel="next" text={next.text ?? "Next page"} /> : null}
    </nav>
  );
}

function PageLink({ side, href, rel, text }: { side: "prev" | "next"; href: string; rel?: "prev" | "next"; text: string }) {
  return (
    <div className={`govuk-pagination__${side}`}>
      <Link className="govuk-link govuk-pagination__link" href={href} rel={rel}>
        <span className="govuk-pagination__link-title">{text}</span>
      </Link>
    </div>
  );
}

/**
 * A table of a list, or, when the list is empty, what that means instead. The caption is
 * for screen readers: the heading above the list names it on the page.
 */
export function TableOrEmpty<T>({
  rows,
  empty,
  caption,
  columns,
  rowKey,
  className,
}: {
  rows: T[];
  empty: ReactNode;
  caption: string;
  // The rows alone say what a row is: each column is then checked against them.
  columns: Column<NoInfer<T>>[];
  rowKey: (row: NoInfer<T>) => string;
  className?: string;
}) {
  if (rows.length === 0) return empty;
  return <DataTable className={className} caption={caption} captionHidden columns={columnsOf(columns)} rows={rows} rowKey={rowKey} />;
}

/** Columns of counts, one for each field named, with its header: right-aligned figures. */
export const countColumns = <K extends string>(fields: readonly (readonly [K, string])[]): Column<Record<K, number>>[] =>
  fields.map(([key, header]) => ({ header, numeric: true, cell: (row) => row[key] }));

/** A first column naming each row by its reference (the row's `key`), a link to the row's own page. */
export const refColumn = <K extends string>(header: string, key: K, hrefOf: (ref: string) => string): Column<Record<K, string>> => ({
  header,
  rowHeader: true,
  cell: (row) => <Link href={hrefOf(row[key])}>{row[key]}</Link>,
});
