import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import { prefixQuery } from "@/lib/search-words";
import { sortDirection, type CaseListQuery } from "@/lib/validation/case-list";
import type { Stage } from "@/lib/vocabulary";
import type { Database } from "../index";
import { cases, caseStatusCounts, people, subjects, users } from "../schema";
import { overdueCaseWhere } from "./case-due";
import { visibleCasesWhere } from "./case-access";

/** The column each sort pages by; the due date sorts closed cases (no date) last. */
function sortKey(sort: CaseListQuery["sort"]): SQL {
  switch (sort) {
    case "recorded":
      return sql`${cases.recordedOn}`;
    case "due":
      return sql`coalesce(${cases.stageDueOn}, '9999-12-31'::date)`;
    case "ref":
      return sql`${cases.ref}`;
  }
}

function escapeLike(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_");
}

/**
 * Search by reference, words of the summary, or a subject officer's service number or
 * the beginnings of words of their name. Each part is found through its own index (the
 * summary's and the names' full-text indexes, the service number's unique one) and the
 * cases are the union: no part reads every case or every person, however long the search.
 */
function searchCondition(q: string): SQL {
  if (/^psd-\d/i.test(q)) return sql`${cases.ref} like ${`${escapeLike(q.toUpperCase())}%`}`;
  const names = prefixQuery(q);
  const nameMatch = names ? sql` or to_tsvector('simple', ${people.name}) @@ to_tsquery('simple', ${names})` : sql``;
  return sql`${cases.id} in (
    select ${cases.id} from ${cases} where to_tsvector('english', ${cases.summary}) @@ plainto_tsquery('english', ${q})
    union
    select ${subjects.caseId} from ${subjects} join ${people} on ${people.id} = ${subjects.personId}
    where ${people.serviceNumber} = ${q.toUpperCase()}${nameMatch})`;
}

/** Every condition of the query but the status and the page: the status counts use these. */
function filterConditions(db: Pick<Database, "select">, viewer: CaseViewer, query: CaseListQuery, today: string): SQL[] {
  const conditions: SQL[] = [visibleCasesWhere(db, viewer)];
  if (query.q) conditions.push(searchCondition(query.q));
  if (query.platform) conditions.push(eq(cases.platform, query.platform));
  if (query.device) conditions.push(eq(cases.device, query.device));
  if (query.year) conditions.push(gte(cases.recordedOn, `${query.year}-01-01`), lte(cases.recordedOn, `${query.year}-12-31`));
  if (query.mine) conditions.push(eq(cases.assignedTo, viewer.id));
  if (query.overdue) conditions.push(overdueCaseWhere(today));
  if (query.rankGroup) {
    conditions.push(sql`exists (select 1 from ${subjects} where ${subjects.caseId} = ${cases.id} and ${subjects.rankGroup} = ${query.rankGroup})`);
  }
  return conditions;
}

/**
 * The case's subject officers, counted and named in name order: the list shows names to
 * those who may read cases, as the case page does (issue 17, item 9).
 */
const subjectColumns = {
  subjectCount: sql<number>`(select count(*)::int from ${subjects} where ${subjects.caseId} = ${cases.id})`,
  subjectNames: sql<
    string[]
  >`(select coalesce(json_agg(${people.name} order by ${people.name}), '[]'::json) from ${subjects} join ${people} on ${people.id} = ${subjects.personId} where ${subjects.caseId} = ${cases.id})`,
};

/** The most rows one CSV of the case list carries; the list says so when a filter matches more. */
export const caseListExportLimit = 10_000;

/**
 * Every case the list's filters and status tab match, in the list's order, for its CSV
 * (issue 17, item 8): the cursor is ignored, at most `caseListExportLimit` rows.
 */
export async function exportCaseList(db: Database, viewer: CaseViewer, query: CaseListQuery, today: string) {
  const key = sortKey(query.sort);
  const conditions = filterConditions(db, viewer, query, today);
  if (query.status) conditions.push(eq(cases.status, query.status));
  const order = sortDirection(query) === "asc" ? [sql`${key} asc`, sql`${cases.id} asc`] : [sql`${key} desc`, sql`${cases.id} desc`];
  return db
    .select({
      ref: cases.ref,
      status: cases.status,
      recordedOn: cases.recordedOn,
      stageDueOn: cases.stageDueOn,
      platform: cases.platform,
      channel: cases.channel,
      team: cases.team,
      assignedToName: users.name,
      summary: cases.summary,
      ...subjectColumns,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assignedTo))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(caseListExportLimit);
}

/**
 * One page of the case list by keyset (the sort value and id of the last row seen),
 * so that page 5,000 costs what page 1 costs. `before` pages backwards.
 */
export async function listCasePage(db: Database, viewer: CaseViewer, query: CaseListQuery, today: string) {
  const key = sortKey(query.sort);
  const direction = sortDirection(query);
  const backwards = !!query.before && !query.after;
  const cursor = query.after ?? query.before;
  const ascending = (direction === "asc") !== backwards;
  const conditions = filterConditions(db, viewer, query, today);
  if (query.status) conditions.push(eq(cases.status, query.status));
  if (cursor) {
    const castKey = query.sort === "ref" ? sql`${cursor.key}` : sql`${cursor.key}::date`;
    conditions.push(ascending ? sql`(${key}, ${cases.id}) > (${castKey}, ${cursor.id})` : sql`(${key}, ${cases.id}) < (${castKey}, ${cursor.id})`);
  }
  const order = ascending ? [sql`${key} asc`, sql`${cases.id} asc`] : [sql`${key} desc`, sql`${cases.id} desc`];
  const rows = await db
    .select({
      id: cases.id,
      ref: cases.ref,
      version: cases.version,
      summary: sql<string>`left(${cases.summary}, 160)`,
      status: cases.status,
      platform: cases.platform,
      recordedOn: cases.recordedOn,
      stageDueOn: cases.stageDueOn,
      team: cases.team,
      assignedToName: users.name,
      ...subjectColumns,
      sortValue: sql<string>`${key}::text`,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assignedTo))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(query.size + 1);
  const hasMore = rows.length > query.size;
  const page = rows.slice(0, query.size);
  if (backwards) page.reverse();
  return {
    rows: page.map(({ sortValue, ...row }) => ({ ...row, cursor: { key: sortValue, id: row.id } })),
    // Going forwards, more rows means a next page; going backwards, a previous one.
    hasNext: backwards ? true : hasMore,
    hasPrevious: backwards ? hasMore : !!query.after,
  };
}

type StatusCounts = Partial<Record<Stage, number>>;

/**
 * How many cases match the filters, per status: the list's tabs. Without a search, a
 * rank group or the overdue filter (which need each case), the counts are sums over the
 * kept counts (case_status_counts, migration 0016) in the viewer's scope, plus the few
 * restricted cases the viewer holds a grant for; otherwise the matches are counted.
 */
export async function countCasesByStatus(db: Database, viewer: CaseViewer, query: CaseListQuery, today: string): Promise<StatusCounts> {
  if (query.q || query.rankGroup || query.overdue) return countMatchingCases(db, viewer, query, today);
  const scope =
    viewer.role === "supervisor"
      ? sql`true`
      : viewer.role === "investigator"
        ? viewer.team
          ? sql`(${caseStatusCounts.team} = ${viewer.team} or ${caseStatusCounts.assignedTo} = ${viewer.id})`
          : sql`${caseStatusCounts.assignedTo} = ${viewer.id}`
        : sql`false`;
  const kept = await db
    .select({ status: caseStatusCounts.status, count: sql<number>`sum(${caseStatusCounts.n})::int` })
    .from(caseStatusCounts)
    .where(
      and(
        eq(caseStatusCounts.restricted, false),
        scope,
        query.platform ? eq(caseStatusCounts.platform, query.platform) : undefined,
        query.device ? eq(caseStatusCounts.device, query.device) : undefined,
        query.year ? eq(caseStatusCounts.year, query.year) : undefined,
        query.mine ? eq(caseStatusCounts.assignedTo, viewer.id) : undefined,
      ),
    )
    .groupBy(caseStatusCounts.status);
  // Restricted cases open to this viewer by grant: a handful, counted from the cases themselves.
  const granted = await countMatchingCases(db, viewer, query, today, eq(cases.restricted, true));
  const counts: StatusCounts = {};
  for (const row of kept) if (Number(row.count) > 0) counts[row.status] = Number(row.count);
  for (const [status, n] of Object.entries(granted) as [Stage, number][]) counts[status] = (counts[status] ?? 0) + n;
  return counts;
}

/** The counts per status of the cases matching every filter, counted case by case. */
export async function countMatchingCases(db: Database, viewer: CaseViewer, query: CaseListQuery, today: string, extra?: SQL): Promise<StatusCounts> {
  const rows = await db
    .select({ status: cases.status, count: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(...filterConditions(db, viewer, query, today), extra))
    .groupBy(cases.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as StatusCounts;
}
