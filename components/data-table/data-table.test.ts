import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { columnsOf, DataTable } from "./data-table";

interface Row {
  ref: string;
  count: number;
}
const columns = columnsOf<Row>([
  { header: "Reference", rowHeader: true, sortKey: "ref", cell: (row) => row.ref },
  { header: "Count", numeric: true, cell: (row) => row.count },
]);
const rows: Row[] = [
  { ref: "PSD-2026-0002", count: 3 },
  { ref: "PSD-2026-0001", count: 12 },
];

describe("DataTable (server-driven: the server sorts and pages, the table keeps the order given)", () => {
  const html = renderToStaticMarkup(
    h(DataTable<Row>, {
      caption: "Cases",
      columns,
      rows,
      rowKey: (row: Row) => row.ref,
      sort: { key: "ref", direction: "desc", href: (key: string, dir: string) => `/cases?sort=${key}&dir=${dir}` },
      pages: { next: { href: "/cases?after=x" } },
    }),
  );

  it("writes the rows in the order the server gave", () => {
    expect(html.indexOf("PSD-2026-0002")).toBeLessThan(html.indexOf("PSD-2026-0001"));
  });

  it("names each row by its row header and right-aligns numbers", () => {
    expect(html).toContain('<th scope="row" class="govuk-table__header">PSD-2026-0002</th>');
    expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">12</td>');
  });

  it("says which column sorts the list and links to the reverse order", () => {
    expect(html).toMatch(/<th scope="col" aria-sort="descending" class="govuk-table__header">/);
    expect(html).toContain('href="/cases?sort=ref&amp;dir=asc"');
  });

  it("pages by links, so that paging works without script", () => {
    expect(html).toMatch(/<nav class="govuk-pagination[^"]*" aria-label="Pages">/);
    expect(html).toMatch(/<a [^>]*rel="next" href="\/cases\?after=x"/);
    expect(html).not.toContain('rel="prev"');
  });
});
