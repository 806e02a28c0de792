import { SubmitGroup } from "@/components/ui/submit-group";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getDb } from "@/db";
import { countCasesByStatus, listCasePage } from "@/db/queries/case-list";
import { countRestrictedCases, listRestrictedCases, RESTRICTED_PAGE_SIZE } from "@/db/queries/cases";
import { CaseTable } from "@/components/cases/case-table";
import { RestrictedCaseTable } from "@/components/cases/restricted-case-table";
import { BULK_ASSIGN_FORM, BulkAssignForm } from "./_components/bulk-assign-form";
import { listInvestigatorCaseloads } from "@/db/queries/case-work";
import { listSavedSearches } from "@/db/queries/saved-searches";
import { SavedSearchList, SaveSearchForm } from "./_components/saved-searches";
import { EmptyState } from "@/components/ui/empty-state";
import { Checkbox, TextField } from "@/components/ui/field";
import { ErrorPanel } from "@/components/ui/error-panel";
import { Section } from "@/components/ui/section";
import { VocabularySelect } from "@/components/ui/vocabulary-select";
import { canManageRestrictedAccess } from "@/lib/access/case-access";
import { requirePagePermission } from "@/server/auth/session";
import { isOverdue } from "@/lib/cases/workflow";
import { todayIso } from "@/lib/dates";
import { can } from "@/lib/permissions";
import { caseListQuerySchema, encodeCursor, sortDirection } from "@/lib/validation/case-list";
import { beginExpensive, tooManyExpensive } from "@/server/expensive-requests";
import { devices, platforms, rankGroups, stages } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Cases" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The filters a person sets in the form; the rest of the URL (sort, page) comes from links. */
const filterFields = ["q", "status", "platform", "device", "rankGroup", "year"];

function flatten(params: SearchParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) ? [[key, value[0] ?? ""]] : [])),
  );
}

/** The list's URL with some parameters changed and the page reset unless a cursor is given. */
function withParams(current: Record<string, string>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, after: undefined, before: undefined, ...changes })) {
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `/cases?${text}` : "/cases";
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("cases:read");
  const raw = flatten(await searchParams);
  const parsed = caseListQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : caseListQuerySchema.parse({});
  const current = parsed.success ? raw : {};
  // A refused filter stays in the form as written, its problem beside it; the list shows every case meanwhile.
  const problems: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? "")] ??= issue.message;
  const shown = (name: string, accepted: string | undefined) => (parsed.success ? (accepted ?? "") : (raw[name] ?? ""));
  const today = todayIso();
  const db = await getDb();
  // A search is expensive work: two at a time per person (lib/expensive-requests.ts).
  const endSearch = query.q ? beginExpensive(user.id) : () => {};
  if (!endSearch) {
    return (
      <>
        <h1 className="govuk-heading-l">Cases</h1>
        <ErrorPanel title="Search paused">
          <p>{tooManyExpensive}</p>
          <p>
            <Link href="/cases">Show the case list without a search</Link>
          </p>
        </ErrorPanel>
      </>
    );
  }
  const listsRestricted = canManageRestrictedAccess(user.role);
  const assigns = can(user.role, "cases:assign");
  const [page, counts, restricted, restrictedTotal, investigators, savedSearches] = await Promise.all([
    listCasePage(db, user, query, today),
    countCasesByStatus(db, user, query, today),
    listsRestricted
      ? listRestrictedCases(db, user.id, { limit: RESTRICTED_PAGE_SIZE, offset: (query.restrictedPage - 1) * RESTRICTED_PAGE_SIZE })
      : Promise.resolve([]),
    listsRestricted ? countRestrictedCases(db) : Promise.resolve(0),
    assigns ? listInvestigatorCaseloads(db) : Promise.resolve([]),
    listSavedSearches(db, user.id),
  ]).finally(endSearch);
  const restrictedPages = Math.ceil(restrictedTotal / RESTRICTED_PAGE_SIZE);
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const direction = sortDirection(query);
  const rows = page.rows.map(({ cursor: _cursor, id: _id, ...row }) => ({ ...row, overdue: isOverdue(row.status, row.stageDueOn, today) }));
  const first = page.rows[0];
  const last = page.rows.at(-1);
  const filtered = Object.keys(current).some((key) => !["sort", "dir", "size", "after", "before", "restrictedPage"].includes(key));

  // The list's filters, sort and status without its page: the table's sort links and the CSV carry them.
  const listQuery = new URLSearchParams(Object.entries(current).filter(([k]) => k !== "after" && k !== "before")).toString();
  return (
    <>
      <div className="app-page-heading">
        <h1 className="govuk-heading-l">Cases</h1>
        <p className="govuk-button-group">
          {can(user.role, "cases:create") ? (
            <Link href="/cases/new" className="govuk-button">
              Record a new case
            </Link>
          ) : null}
          {can(user.role, "cases:import") ? (
            <Link href="/cases/import" className="govuk-button govuk-button--secondary">
              Import historical records
            </Link>
          ) : null}
        </p>
      </div>
      <p className="govuk-body-l">
        {user.role === "supervisor" ? "Cases of the department" : `Cases assigned to you${user.team ? ` or to ${user.team}` : ""}`}.
      </p>
      {!parsed.success ? (
        <ErrorPanel title="There is a problem">
          <ul className="govuk-list govuk-error-summary__list">
            {Object.entries(problems).map(([name, message]) => (
              <li key={name}>{filterFields.includes(name) ? <a href={`#${name}`}>{message}</a> : message}</li>
            ))}
          </ul>
          <p>The list below shows every case instead.</p>
        </ErrorPanel>
      ) : null}

      <SavedSearchList searches={savedSearches} />

      <form method="get" action="/cases" className="app-filter-bar" aria-label="Find cases">
        <TextField
          name="q"
          type="search"
          label="Search"
          hint="Reference, words of the summary, officer's name or service number"
          defaultValue={shown("q", query.q)}
          error={problems.q}
          width="30"
        />
        <VocabularySelect name="status" label="Status" options={stages} value={shown("status", query.status)} error={problems.status} />
        <VocabularySelect name="platform" label="Platform" options={platforms} value={shown("platform", query.platform)} error={problems.platform} />
        <VocabularySelect name="device" label="Device" options={devices} value={shown("device", query.device)} error={problems.device} />
        <VocabularySelect name="rankGroup" label="Rank group" options={rankGroups} value={shown("rankGroup", query.rankGroup)} error={problems.rankGroup} />
        <TextField name="year" label="Year recorded" inputMode="numeric" defaultValue={shown("year", query.year?.toString())} error={problems.year} width="4" />
        <div className="app-filter-bar__checks">
          <Checkbox name="mine" value="1" label="Assigned to me" defaultChecked={shown("mine", query.mine) === "1"} small />
          <Checkbox name="overdue" value="1" label="Overdue only" defaultChecked={shown("overdue", query.overdue) === "1"} small />
        </div>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={direction} />
        <SubmitGroup label="Apply">{filtered ? <Link href="/cases">Clear all</Link> : null}</SubmitGroup>
      </form>

      {filtered && parsed.success ? <SaveSearchForm query={listQuery} /> : null}

      <nav aria-label="Cases by status">
        <ul className="app-status-tabs">
          <li>
            <Link href={withParams(current, { status: undefined })} aria-current={!query.status ? "page" : undefined}>
              All <span className="app-count">{total}</span>
            </Link>
          </li>
          {stages.keys.map((stage) => (
            <li key={stage}>
              <Link href={withParams(current, { status: stage })} aria-current={query.status === stage ? "page" : undefined}>
                {stages.labels[stage]} <span className="app-count">{counts[stage] ?? 0}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No cases match" : "No cases to show"}>
          {filtered ? (
            <p>
              Nothing matches these filters. <Link href="/cases">Clear all filters</Link> or change the search.
            </p>
          ) : (
            <p>No case is assigned to you or your team yet. A supervisor assigns new cases.</p>
          )}
        </EmptyState>
      ) : (
        <>
          <p role="status">
            Showing {rows.length} of {query.status ? (counts[query.status] ?? 0) : total} matching cases.{" "}
            <a href={`/api/cases/export${listQuery ? `?${listQuery}` : ""}`} className="govuk-link" download>
              Download {filtered ? "the matching cases" : "the list"} as CSV
            </a>{" "}
            (every page, up to 10,000 cases; marked OFFICIAL-SENSITIVE).
          </p>
          {assigns ? <BulkAssignForm investigators={investigators} /> : null}
          <CaseTable
            selectForm={assigns ? BULK_ASSIGN_FORM : undefined}
            rows={rows}
            sort={query.sort}
            direction={direction}
            query={listQuery}
            pages={{
              previous: page.hasPrevious && first ? { href: withParams(current, { before: encodeCursor(first.cursor.key, first.cursor.id) }) } : undefined,
              extra: page.hasPrevious ? [{ href: withParams(current, {}), text: "First page" }] : [],
              next: page.hasNext && last ? { href: withParams(current, { after: encodeCursor(last.cursor.key, last.cursor.id) }) } : undefined,
            }}
          />
        </>
      )}

      {restrictedTotal > 0 ? (
        <Section
          title={`Restricted cases (${restrictedTotal.toLocaleString("en-GB")})`}
          id="restricted-title"
          description="Only people given access see what these hold: here, their reference, when they were recorded and who has access. Open one to ask for, give or end access."
        >
          {restricted.length > 0 ? (
            <RestrictedCaseTable rows={restricted} />
          ) : (
            <p>
              There is no page {query.restrictedPage} of restricted cases. <Link href={withParams(current, { restrictedPage: "" })}>Show the newest</Link>.
            </p>
          )}
          {restrictedPages > 1 ? (
            <nav className="govuk-pagination" aria-label="Pages of restricted cases">
              <p className="govuk-body">
                Page {Math.min(query.restrictedPage, restrictedPages)} of {restrictedPages}, newest first.{" "}
                {query.restrictedPage > 1 ? (
                  <Link href={withParams(current, { restrictedPage: String(query.restrictedPage - 1) })}>Newer restricted cases</Link>
                ) : null}
                {query.restrictedPage > 1 && query.restrictedPage < restrictedPages ? " · " : null}
                {query.restrictedPage < restrictedPages ? (
                  <Link href={withParams(current, { restrictedPage: String(query.restrictedPage + 1) })}>Older restricted cases</Link>
                ) : null}
              </p>
            </nav>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
