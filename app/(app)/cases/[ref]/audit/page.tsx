import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getDb } from "@/db";
import { caseAuditFacets, listCaseAuditTrail, namesOfAssignees } from "@/db/queries/case-audit-trail";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorPanel } from "@/components/ui/error-panel";
import { SelectField, TextField } from "@/components/ui/field";
import { requirePagePermission } from "@/server/auth/session";
import { auditActionLabel } from "@/lib/cases/timeline";
import { caseAuditPageSize, caseAuditQuerySchema } from "@/lib/validation/case-audit";
import { decodeSegment } from "@/lib/validation/text";
import { AuditEntries } from "../_components/audit-trail";
import { RestrictedNotice } from "../_components/restricted-notice";
import { decideCaseAccess } from "../_lib/access-decision";

export const metadata: Metadata = { title: "Case audit trail" };

type SearchParams = Record<string, string | string[] | undefined>;
const filterFields = ["action", "actor", "from", "to"] as const;

function firstValues(params: SearchParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) ? [[key, value[0] ?? ""]] : [])),
  );
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A case's whole audit trail in words, for those who may read it (supervisors): every
 * view, change and refusal, filtered by action, person and London day, paged, and
 * exported as CSV. Opening it is itself audited.
 */
export default async function CaseAuditPage({ params, searchParams }: { params: Promise<{ ref: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("case-audit:read");
  const ref = decodeSegment((await params).ref) ?? "";
  const db = await getDb();
  const opened = await decideCaseAccess(db, user, ref, "case.audit_viewed");
  if (opened.kind === "restricted") return <RestrictedNotice caseRef={ref} grants={opened.grants} viewerId={user.id} />;
  const { found } = opened;

  const raw = firstValues(await searchParams);
  const parsed = caseAuditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : caseAuditQuerySchema.parse({});
  const problems: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? "")] ??= issue.message;
  // A refused filter stays as written, its problem beside it; the trail is shown unfiltered meanwhile.
  const shown = (name: (typeof filterFields)[number]) => raw[name] ?? "";
  const filters = Object.fromEntries(filterFields.map((name) => [name, parsed.success && query[name] !== undefined ? String(query[name]) : undefined]));

  const [{ rows, total }, facets] = await Promise.all([listCaseAuditTrail(db, found.ref, query), caseAuditFacets(db, found.ref)]);
  const users = await namesOfAssignees(db, rows);
  const names = { subjects: new Map(found.subjects.map((s) => [s.id, s.name])), users };
  const base = `/cases/${found.ref}/audit`;
  const pageCount = Math.max(1, Math.ceil(total / caseAuditPageSize));
  const first = (query.page - 1) * caseAuditPageSize + 1;
  const filtered = filterFields.some((name) => filters[name]);

  return (
    <>
      <Link href={`/cases/${found.ref}`} className="govuk-back-link">
        Back to {found.ref}
      </Link>
      <h1 className="govuk-heading-l">Audit trail of {found.ref}</h1>
      <p className="govuk-body-l">Everyone who viewed, changed or was refused this case, latest first. Times are UK time.</p>

      {!parsed.success ? (
        <ErrorPanel title="There is a problem">
          <ul className="govuk-list govuk-error-summary__list">
            {Object.entries(problems).map(([name, message]) => (
              <li key={name}>{(filterFields as readonly string[]).includes(name) ? <a href={`#${name}`}>{message}</a> : message}</li>
            ))}
          </ul>
          <p>The trail below is not filtered meanwhile.</p>
        </ErrorPanel>
      ) : null}

      <form method="get" action={base} className="app-filter-bar" aria-label="Filter the audit trail">
        <SelectField
          name="action"
          label="Action"
          placeholder="Any action"
          defaultValue={shown("action")}
          error={problems.action}
          options={facets.actions.map((action) => ({ value: action, label: auditActionLabel(action) }))}
        />
        <SelectField
          name="actor"
          label="Person"
          placeholder="Anyone"
          defaultValue={shown("actor")}
          error={problems.actor}
          options={facets.actors.map((a) => ({ value: String(a.id), label: `${a.name} (${a.email})` }))}
        />
        <TextField name="from" type="date" label="From" defaultValue={shown("from")} error={problems.from} />
        <TextField name="to" type="date" label="To" defaultValue={shown("to")} error={problems.to} />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button">
            Apply
          </button>
          {filtered || !parsed.success ? <Link href={base}>Clear filters</Link> : null}
        </div>
      </form>

      {total === 0 ? (
        <EmptyState title="No entries match">
          <p>
            Nothing recorded on this case matches these filters. <Link href={base}>Show the whole trail</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="govuk-body" aria-live="polite">
            {total.toLocaleString("en-GB")} {total === 1 ? "entry" : "entries"}
            {filtered ? " match" : ""}
            {pageCount > 1 ? `; showing ${first.toLocaleString("en-GB")} to ${Math.min(total, first + rows.length - 1).toLocaleString("en-GB")}` : ""}.{" "}
            <a href={withQuery(`/api/cases/${found.ref}/audit`, filters)} className="govuk-link" download>
              Download {filtered ? "these entries" : "the whole trail"} as CSV
            </a>{" "}
            (marked OFFICIAL-SENSITIVE; the download is audited).
          </p>
          <AuditEntries
            rows={rows}
            names={names}
            caption={`Audit trail of ${found.ref}`}
            pages={
              pageCount > 1
                ? {
                    label: `Page ${query.page} of ${pageCount}`,
                    previous: query.page > 1 ? { href: withQuery(base, { ...filters, page: String(query.page - 1) }) } : undefined,
                    next: query.page < pageCount ? { href: withQuery(base, { ...filters, page: String(query.page + 1) }) } : undefined,
                  }
                : undefined
            }
          />
        </>
      )}
    </>
  );
}
