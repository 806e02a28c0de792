import { SubmitGroup } from "@/components/ui/submit-group";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PrintButton } from "@/components/print-button";
import { ErrorPanel } from "@/components/ui/error-panel";
import { VocabularySelect } from "@/components/ui/vocabulary-select";
import { StatsPivot } from "@/components/stats-pivot";
import { getDb, getReadDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { buildStatisticsTable } from "@/db/queries/statistics-table";
import { requirePagePermission } from "@/server/auth/session";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { apiQuery, builderProblem, builderQuery, parseBuilder, toPivot, type BuilderChoice } from "@/lib/stats/builder";
import { dimensionInfo, statDimensions } from "@/lib/stats/dimensions";
import { ruleOf } from "@/lib/stats/about";
import { devices, platforms, rankGroups } from "@/lib/vocabulary";
import { PublishForm } from "./_components/publish-form";
import { Choices, SelectField, TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { NotificationBanner } from "@/components/ui/notification-banner";

export const metadata: Metadata = { title: "Statistics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function DimensionSelect({ name, label, value, allowNone, error }: { name: string; label: string; value: string; allowNone?: boolean; error?: string }) {
  return (
    <SelectField name={name} label={label} defaultValue={value} error={error}>
      {allowNone ? <option value="">None</option> : null}
      {statDimensions.map((d) => (
        <option key={d} value={d}>
          {dimensionInfo[d].label}
        </option>
      ))}
    </SelectField>
  );
}

function caption(choice: BuilderChoice) {
  const by = choice.cols ? `${dimensionInfo[choice.rows].label} by ${dimensionInfo[choice.cols].label.toLowerCase()}` : dimensionInfo[choice.rows].label;
  const filters = [
    ...(choice.platform ?? []).map((k) => platforms.labels[k]),
    ...(choice.rank_group ?? []).map((k) => rankGroups.labels[k]),
    ...(choice.device ?? []).map((k) => devices.labels[k]),
  ];
  return `${by}, recorded ${choice.from === choice.to ? choice.from : `${choice.from} to ${choice.to}`}${choice.asAt ? `, as at ${formatDate(choice.asAt)}` : ""}${filters.length ? ` (only ${filters.join(", ")})` : ""}`;
}

export default async function StatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("statistics:build");
  const params = await searchParams;
  const env = getEnv();
  const access = { exact: can(user.role, "statistics:exact"), cases: can(user.role, "cases:read") };
  const read = parseBuilder(params);
  const problem = read.ok ? builderProblem(read.data, access, env.DISCLOSURE_K) : null;
  const parsed = read.ok && problem ? ({ ok: false, ...problem } as const) : read;
  const raw = (key: string, fallback: string) => (typeof params[key] === "string" ? (params[key] as string) : fallback);
  // The refused choice stays in the form as written (raw); its problem is shown beside its field too.
  const problemWith = (key: string) => (!parsed.ok && parsed.parameter === key ? parsed.message : undefined);

  const db = await getDb();
  const choice = parsed.ok ? parsed.data : null;
  const k = choice?.k ?? env.DISCLOSURE_K;
  let refusal: string | null = null;
  let built: Awaited<ReturnType<typeof buildStatisticsTable>> | null = null;
  if (choice) {
    try {
      built = await buildStatisticsTable(db, await getReadDb(), { actor: user, choice, k, memoryDays: env.DISCLOSURE_MEMORY_DAYS, channel: "page" });
    } catch (error) {
      // A selection of fewer than k officers is refused with what to do, not drawn.
      if (!(error instanceof AppError) || error.code !== "bad_request") throw error;
      refusal = error.message;
    }
  }
  if (choice) {
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "stats.viewed",
      entityType: "statistics",
      detail: { ...choice, ...(choice.control === "off" ? { withoutDisclosureControl: choice.reason } : {}) },
    });
  }
  const table = built?.table ?? null;
  const flagged = built?.attributeDisclosures ?? [];
  const mustChoose = flagged.length > 0 && !choice?.attributes;
  const rule = table ? ruleOf(table, choice?.reason) : "";
  // The current table's query, to carry into the two choices about shared outcomes.
  const hiddenFields = choice ? [...new URLSearchParams(builderQuery(choice)).entries()].filter(([key]) => key !== "attributes" && key !== "why") : [];

  return (
    <>
      <h1 className="govuk-heading-l">Statistics</h1>
      <p className="govuk-body-l">
        Build a table of officers investigated for misuse of social media and messaging apps, counted as subject officers. Aggregated figures only: no names or
        service numbers appear here.
      </p>
      <p className="no-print">
        <Link href="/statistics/requests">FoI request log</Link> · <Link href="/statistics/published">Published responses</Link>
      </p>
      {!parsed.ok ? (
        <ErrorPanel title="There is a problem">
          <ul className="govuk-list govuk-error-summary__list">
            <li>
              <a href={`#${parsed.parameter}`}>{parsed.message}</a>
            </li>
          </ul>
        </ErrorPanel>
      ) : null}
      <form method="get" className="app-filter-bar no-print" aria-label="Table">
        <DimensionSelect name="rows" label="Rows" value={raw("rows", "year")} error={problemWith("rows")} />
        <DimensionSelect name="cols" label="Columns" value={raw("cols", "")} allowNone error={problemWith("cols")} />
        <TextField name="from" label="From year" inputMode="numeric" defaultValue={raw("from", "2018")} error={problemWith("from")} />
        <TextField name="to" label="To year" inputMode="numeric" defaultValue={raw("to", "2021")} error={problemWith("to")} />
        <VocabularySelect name="platform" label="Platform" options={platforms} value={raw("platform", "")} error={problemWith("platform")} />
        <VocabularySelect name="rank_group" label="Rank group" options={rankGroups} value={raw("rank_group", "")} error={problemWith("rank_group")} />
        <VocabularySelect name="device" label="Device" options={devices} value={raw("device", "")} error={problemWith("device")} />
        <TextField name="asAt" label="As at (optional)" type="date" defaultValue={raw("asAt", "")} error={problemWith("asAt")} />
        <TextField
          name="k"
          label="Withhold counts below"
          hint={`At least ${env.DISCLOSURE_K}`}
          inputMode="numeric"
          width="3"
          defaultValue={raw("k", String(env.DISCLOSURE_K))}
          error={problemWith("k")}
        />
        {access.exact ? (
          <>
            <Choices
              type="radio"
              name="control"
              legend="Disclosure control"
              options={[
                { value: "on", label: "On" },
                { value: "off", label: "Off" },
              ]}
              defaultValue={raw("control", "on")}
              error={problemWith("control")}
              inline
              small
            />
            <TextField name="reason" label="Reason, if off" defaultValue={raw("reason", "")} error={problemWith("reason")} />
          </>
        ) : null}
        <SubmitGroup label="Show table" />
      </form>

      {refusal ? (
        <NotificationBanner kind="important" role="alert">
          <p className="govuk-notification-banner__heading">{refusal}</p>
        </NotificationBanner>
      ) : null}
      {choice && table ? (
        <>
          <StatsPivot pivot={toPivot(table, choice)} caption={caption(choice)} />
          <p className="app-rule">{rule}</p>
          {flagged.length > 0 ? (
            <section className="govuk-inset-text app-inset--warning no-print" aria-labelledby="attributes-title">
              <h2 className="govuk-heading-m" id="attributes-title">
                Check before you export: groups that all share one outcome
              </h2>
              <p>
                In these groups every officer has the same outcome, so anyone who knows one of them was investigated learns what happened to them, whatever the
                count:
              </p>
              <ul>
                {flagged.map((d) => (
                  <li key={d.group}>
                    {d.group}: {d.count === 1 ? "the one officer counted" : `all ${d.count} officers`}, &ldquo;{d.attribute}&rdquo;
                  </li>
                ))}
              </ul>
              {choice.attributes === "withhold" ? (
                <p>Their outcomes are withheld ([c]) in this table and its exports.</p>
              ) : choice.attributes === "accept" ? (
                <p>Recorded as acceptable to publish: &ldquo;{choice.why}&rdquo;</p>
              ) : (
                <div className="app-choice-forms">
                  <form method="get">
                    {hiddenFields.map(([key, value]) => (
                      <input key={key} type="hidden" name={key} value={value} />
                    ))}
                    <input type="hidden" name="attributes" value="withhold" />
                    <button type="submit" className="govuk-button">
                      Withhold these outcomes
                    </button>
                  </form>
                  <form method="get">
                    {hiddenFields.map(([key, value]) => (
                      <input key={key} type="hidden" name={key} value={value} />
                    ))}
                    <input type="hidden" name="attributes" value="accept" />
                    <TextField name="why" label="Why publishing them is acceptable" required minLength={10} />
                    <button type="submit" className="govuk-button govuk-button--secondary">
                      Record why and continue
                    </button>
                  </form>
                </div>
              )}
            </section>
          ) : null}
          {mustChoose ? <p className="no-print">Choose above before you export or publish this table.</p> : null}
          {mustChoose ? null : (
            <>
              <p className="no-print govuk-button-group">
                <a className="govuk-button govuk-button--secondary" href={`/api/stats?${apiQuery(choice, "csv")}&layout=wide`} download>
                  Download CSV
                </a>{" "}
                <a className="govuk-button govuk-button--secondary" href={`/api/stats?${apiQuery(choice, "csv")}`} download>
                  Download long CSV
                </a>{" "}
                <a className="govuk-button govuk-button--secondary" href={`/api/stats?${apiQuery(choice, "xlsx")}`} download>
                  Download Excel
                </a>{" "}
                <PrintButton label="Print view" />
              </p>
              <Section title="Publish as an FoI response" id="publish-title" className="no-print">
                <p>Publishing freezes the table: its choices, its figures and a SHA-256 of its CSV. Opening it later shows what has changed since.</p>
                <PublishForm query={builderQuery(choice)} defaultTitle={caption(choice)} />
              </Section>
            </>
          )}
        </>
      ) : null}
    </>
  );
}
