import { z } from "zod";
import { storableProblem } from "./text";
import { forumRefusal, outcomeRefusal, outcomesWithoutProceedings } from "@/lib/conduct/decisions";
import { type ConductForum, lawfulOutcomes, type LawfulOutcomesInput, type OutcomeKey, regimeFor } from "@/lib/conduct/rules";
import { isPoliceStaff, staffForum, staffOutcomeKeys, staffOutcomesOpen } from "@/lib/conduct/staff-policy";
import type { ImportProblem } from "@/lib/cases/import-problems";
import { CASE_REF_PATTERN } from "@/lib/cases/case-ref";
import {
  channels,
  contentTypes,
  devices,
  findings,
  outcomes,
  platforms,
  proceedings,
  ranks,
  recommendations,
  regimes,
  severities,
  sources,
  standards,
  type Standard,
} from "@/lib/vocabulary";

type Vocab<K extends string> = { readonly keys: readonly [K, ...K[]]; readonly labels: Record<K, string> };

const squash = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

/** Keys and labels, in any case and spacing: "Chief Inspector", "chief_inspector" and "X/Twitter" all match. */
function matcher<K extends string>(vocabulary: Vocab<K>): (value: string) => K | undefined {
  const lookup = new Map<string, K>();
  for (const key of vocabulary.keys) {
    lookup.set(squash(key), key);
    lookup.set(squash(vocabulary.labels[key]), key);
  }
  return (value) => lookup.get(squash(value));
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * One cell: empty cells are null (or refused when the column is required); anything
 * else goes through `parse`. Cells of columns absent from the file arrive undefined.
 */
function cell<T>(required: true, parse: (value: string) => Parsed<T>, emptyHint?: string): z.ZodType<T, string | undefined>;
function cell<T>(required: boolean, parse: (value: string) => Parsed<T>, emptyHint?: string): z.ZodType<T | null, string | undefined>;
function cell<T>(required: boolean, parse: (value: string) => Parsed<T>, emptyHint = "") {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | null => {
      const value = (raw ?? "").trim();
      if (value === "") {
        if (required) ctx.addIssue({ code: "custom", message: `required, but empty.${emptyHint}` });
        return null;
      }
      const parsed = parse(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    });
}

/** A column of keys or labels from a vocabulary: the vocabulary it lists, and its cell, required or optional. */
function oneOf<K extends string>(vocabulary: Vocab<K>, noun: string) {
  const match = matcher(vocabulary);
  const choices = ` Use one of: ${vocabulary.keys.join(", ")}.`;
  const parse = (value: string): Parsed<K> => {
    const key = match(value);
    return key ? { ok: true, value: key } : { ok: false, message: `“${value}” is not ${noun}.${choices}` };
  };
  return { required: { vocabulary, cell: () => cell(true, parse, choices) }, optional: { vocabulary, cell: () => cell(false, parse, choices) } };
}

function standardsList() {
  const match = matcher(standards);
  return cell(false, (value): Parsed<Standard[]> => {
    const keys: Standard[] = [];
    for (const part of value
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const key = match(part);
      if (!key)
        return {
          ok: false,
          message: `“${part}” is not a Standard of Professional Behaviour. Separate Standards with semicolons, and use: ${standards.keys.join(", ")}.`,
        };
      if (!keys.includes(key)) keys.push(key);
    }
    return { ok: true, value: keys };
  });
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const ukDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** ISO dates, or UK dates as Excel writes them (day first); both must be real days, not in the future. */
function date(today: string) {
  return (value: string): Parsed<string> => {
    const iso = isoDate.exec(value);
    const uk = ukDate.exec(value);
    const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2]!.padStart(2, "0"), uk[1]!.padStart(2, "0")] : [];
    const text = `${year}-${month}-${day}`;
    const real = year && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
    if (!real) return { ok: false, message: `“${value}” is not a date. Write it as 2019-03-31 or 31/03/2019.` };
    if (text > today) return { ok: false, message: `${text} is in the future; historical records are dated in the past.` };
    return { ok: true, value: text };
  };
}

function text(max: number, pattern?: { test: RegExp; message: string }) {
  return (value: string): Parsed<string> => {
    if (value.length > max)
      return { ok: false, message: `is ${value.length.toLocaleString("en-GB")} characters long; the limit is ${max.toLocaleString("en-GB")}.` };
    const unstorable = storableProblem(value);
    if (unstorable) return { ok: false, message: `${unstorable.charAt(0).toLowerCase()}${unstorable.slice(1)}.` };
    if (pattern && !pattern.test.test(value)) return { ok: false, message: `“${value}” ${pattern.message}` };
    return { ok: true, value };
  };
}

const groupSize = cell(false, (value): Parsed<number> => {
  const n = Number(value);
  return /^\d+$/.test(value) && n >= 2 && n <= 100_000
    ? { ok: true, value: n }
    : { ok: false, message: `“${value}” is not a group size. Give the number of members, 2 or more, in digits.` };
});

/** Built once: each holds a lookup of its keys and labels. */
const vocab = {
  source: oneOf(sources, "a source"),
  platform: oneOf(platforms, "a platform"),
  channel: oneOf(channels, "a channel"),
  contentType: oneOf(contentTypes, "a content type"),
  device: oneOf(devices, "a device"),
  rank: oneOf(ranks, "a rank"),
  severity: oneOf(severities, "a severity"),
  recommendation: oneOf(recommendations, "a recommendation"),
  finding: oneOf(findings, "a finding"),
  proceedings: oneOf(proceedings, "a forum for proceedings"),
  outcome: oneOf(outcomes, "an outcome"),
  regime: oneOf(regimes, "a regime"),
};

/** The file has no leaving date: an officer recorded as "would have been dismissed" had left (2020 Sch 1 para 1). */
function officerOf(outcome: string | null): LawfulOutcomesInput["officer"] {
  return outcome === "would_have_been_dismissed" ? "former" : "serving";
}

const proceedingsFindingOrder = ["misconduct", "gross_misconduct", "neither"] as const;

/**
 * The same rules as the case page (lib/conduct). A historical record does not say what the
 * proceedings found, nor which warnings were in force, so an outcome is accepted where it
 * is lawful on some finding with no warning in force; otherwise the refusal names the rule.
 */
function importedOutcomeRefusal(
  regime: LawfulOutcomesInput["regime"],
  finding: string,
  forum: LawfulOutcomesInput["forum"] | null,
  outcome: string,
): string | null {
  const officer = officerOf(outcome);
  const label = outcomes.labels[outcome as keyof typeof outcomes.labels];
  if ((staffOutcomeKeys as readonly string[]).includes(outcome) && outcome !== "no_further_action") {
    return `${label} is an outcome of the staff disciplinary policy; this row's rank is an officer's, under the conduct regulations.`;
  }
  if (finding !== "case_to_answer" || !forum) {
    const open = outcomesWithoutProceedings(regime, officer);
    if (finding === "case_to_answer" && !forum && outcome !== "no_further_action") return `${label} needs the proceedings that imposed it: give proceedings.`;
    if (open.includes(outcome as OutcomeKey)) return null;
    return `${label} cannot follow a finding of ${finding.replaceAll("_", " ")}: without misconduct proceedings there is no disciplinary action (2020 reg 23). It may end with: ${open.map((o) => outcomes.labels[o].toLowerCase()).join(", ")}.`;
  }
  const base = { regime, forum, officer, writtenWarningInForce: false, finalWrittenWarningInForce: false, severalUnconnectedIncidents: false };
  if (proceedingsFindingOrder.some((proceedingsFinding) => lawfulOutcomes({ ...base, proceedingsFinding }).includes(outcome))) return null;
  return outcomeRefusal({ ...base, proceedingsFinding: "gross_misconduct" }, outcome as OutcomeKey);
}

/**
 * The columns of the historical-records CSV, one row per subject officer, in file order:
 * what each holds (for the guide on the import page and the template) and how its cell
 * is read. Rows of one case repeat its case columns; `case_ref` with `service_number`
 * identifies a row, so importing a file again adds nothing.
 */
const columns = {
  case_ref: {
    description: "The case reference, as PSD-YYYY-NNNN (4 to 6 digits). Rows of one case share it.",
    example: "PSD-2017-0042",
    cell: () =>
      cell(true, text(20, { test: CASE_REF_PATTERN, message: "is not a case reference. Write it as PSD, the year and 4 to 6 digits: PSD-2017-0042." })),
  },
  recorded_on: {
    description: "When the allegation was recorded: 2017-03-31 or 31/03/2017.",
    example: "2017-03-31",
    cell: (today: string) => cell(true, date(today)),
  },
  source: { description: "How it came to notice.", example: "colleague_report", ...vocab.source.required },
  platform: { description: "Where the content was.", example: "whatsapp", ...vocab.platform.required },
  channel: { description: "Public post, direct message or group chat.", example: "group_chat", ...vocab.channel.required },
  group_size: { description: "Members of the group chat, for group chats only (2 or more).", example: "14", cell: () => groupSize },
  content_type: { description: "What the content was.", example: "discriminatory", ...vocab.contentType.required },
  device: { description: "The device it was sent from.", example: "personal", ...vocab.device.required },
  incident_on: { description: "When it happened, if known; not after recorded_on.", example: "2017-02-14", cell: (today: string) => cell(false, date(today)) },
  summary: {
    description: "What happened, in a sentence (at most 2,000 characters).",
    example: "Racist remarks shared in an off-duty group chat",
    cell: () => cell(true, text(2000)),
  },
  service_number: {
    description: "The officer's service number (letters, digits and hyphens, at most 20).",
    example: "204117",
    cell: () => cell(true, text(20, { test: /^[A-Za-z0-9-]+$/, message: "is not a service number: use letters, digits and hyphens only." })),
  },
  name: { description: "The officer's name.", example: "Alex Example", cell: () => cell(true, text(200)) },
  rank: { description: "The officer's rank at the time.", example: "constable", ...vocab.rank.required },
  standards: {
    description: "Standards of Professional Behaviour breached, separated by semicolons.",
    example: "equality_and_diversity;discreditable_conduct",
    vocabulary: standards,
    cell: () => standardsList(),
  },
  severity: { description: "The severity assessment.", example: "gross_misconduct", ...vocab.severity.optional },
  recommendation: { description: "The investigator's recommendation.", example: "case_to_answer", ...vocab.recommendation.optional },
  finding: {
    description: "The appropriate authority's finding (not_recorded where the old system kept none).",
    example: "case_to_answer",
    ...vocab.finding.required,
  },
  finding_on: { description: "When the finding was made; not before recorded_on.", example: "2017-09-01", cell: (today: string) => cell(false, date(today)) },
  proceedings: { description: "The forum, after a case to answer only.", example: "misconduct_hearing", ...vocab.proceedings.optional },
  outcome: { description: "The outcome: only one lawful for the forum and the regime.", example: "dismissal_with_notice", ...vocab.outcome.optional },
  outcome_on: { description: "When the outcome was given, with an outcome only.", example: "2017-11-20", cell: (today: string) => cell(false, date(today)) },
  regime: { description: "The conduct regulations; when empty, 2020 for records from 1 February 2020, else 2012.", example: "2012", ...vocab.regime.optional },
} satisfies Record<
  string,
  { description: string; example: string; vocabulary?: { readonly keys: readonly string[] }; cell: (today: string) => z.ZodType<unknown, string | undefined> }
>;

type Columns = typeof columns;
export type ImportColumnName = keyof Columns;

function rowShape(today: string): { [K in ImportColumnName]: ReturnType<Columns[K]["cell"]> } {
  return Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, column.cell(today)])) as {
    [K in ImportColumnName]: ReturnType<Columns[K]["cell"]>;
  };
}

/** The columns as the import page and the template show them; a column is required when its empty cell is refused. */
export const importColumns = Object.entries(columns).map(([name, column]) => ({
  name: name as ImportColumnName,
  required: !column.cell("9999-12-31").safeParse(undefined).success,
  description: column.description,
  example: column.example,
  vocabulary: "vocabulary" in column ? (column.vocabulary as { readonly keys: readonly string[]; readonly labels: Record<string, string> }) : undefined,
}));

/** The zod schema of one CSV row, keyed by column name; `today` bounds the dates. */
export function caseImportRowSchema(today: string) {
  return z
    .object(rowShape(today))
    .transform((row) => ({ ...row, standards: row.standards ?? [], regime: row.regime ?? regimeFor(row.recorded_on) }))
    .superRefine((row, ctx) => {
      const issue = (column: string, message: string) => ctx.addIssue({ code: "custom", path: [column], message });
      if (row.group_size !== null && row.channel !== "group_chat") {
        issue("group_size", `is for group chats only; this row's channel is ${row.channel}. Leave it empty or change the channel.`);
      }
      if (row.incident_on && row.incident_on > row.recorded_on) issue("incident_on", `${row.incident_on} is after recorded_on (${row.recorded_on}).`);
      if (row.finding_on && row.finding_on < row.recorded_on) issue("finding_on", `${row.finding_on} is before recorded_on (${row.recorded_on}).`);
      if (row.proceedings && row.finding !== "case_to_answer") {
        issue("proceedings", `can only follow a finding of case_to_answer; this row's finding is ${row.finding}. Leave it empty.`);
      } else if (isPoliceStaff(row.rank)) {
        // Police staff and PCSOs: the force's staff disciplinary policy, not the conduct regulations.
        if (row.proceedings && row.proceedings !== staffForum) {
          issue("proceedings", `${row.rank} is police staff: the only proceedings are ${staffForum} (the staff disciplinary policy).`);
        } else if (row.outcome) {
          const open = new Set(
            (row.proceedings ? (["misconduct", "gross_misconduct", "neither"] as const) : [null]).flatMap((proceedingsFinding) => [
              ...staffOutcomesOpen({ proceedingsFinding, finalWrittenWarningInForce: false }),
              ...staffOutcomesOpen({ proceedingsFinding, finalWrittenWarningInForce: true }),
            ]),
          );
          if (!open.has(row.outcome as never)) {
            issue(
              "outcome",
              `${row.outcome} is not an outcome of the staff disciplinary policy${row.proceedings ? "" : " without a disciplinary hearing"}: use one of ${[...open].join(", ")}.`,
            );
          }
        }
      } else if (row.proceedings && forumRefusal(row.regime, officerOf(row.outcome), row.proceedings)) {
        issue("proceedings", forumRefusal(row.regime, officerOf(row.outcome), row.proceedings)!);
      } else if (row.outcome) {
        const refusal = importedOutcomeRefusal(row.regime, row.finding, row.proceedings as ConductForum | null, row.outcome);
        if (refusal) issue("outcome", refusal);
      }
      if (row.outcome_on && !row.outcome) issue("outcome_on", "is given, but outcome is empty. Give the outcome, or leave the date empty.");
      if (row.outcome_on && row.finding_on && row.outcome_on < row.finding_on)
        issue("outcome_on", `${row.outcome_on} is before finding_on (${row.finding_on}).`);
    });
}

export type CaseImportRow = z.output<ReturnType<typeof caseImportRowSchema>> & { row: number };

/** Validates one row, giving either the typed row or its problems by column. */
export function validateImportRow(
  schema: ReturnType<typeof caseImportRowSchema>,
  record: { row: number; values: Record<string, string> },
): { ok: true; value: CaseImportRow } | { ok: false; problems: ImportProblem[] } {
  const parsed = schema.safeParse(record.values);
  if (parsed.success) return { ok: true, value: { ...parsed.data, row: record.row } };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ row: record.row, column: String(issue.path[0] ?? "") || null, message: issue.message })),
  };
}

const shown = (value: string | number | null) => (value === null ? "empty" : `“${value}”`);

/** Case columns: every row of one case must agree on them. */
const caseColumns = ["recorded_on", "source", "platform", "channel", "group_size", "content_type", "device", "incident_on", "summary"] as const;

/**
 * What no single row shows: rows of one case that disagree about the case, an officer
 * twice on one case, and one service number under two names.
 */
export function checkAcrossRows(rows: readonly CaseImportRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const firstOfCase = new Map<string, CaseImportRow>();
  const subjectRow = new Map<string, number>();
  const nameOf = new Map<string, { name: string; row: number }>();
  for (const row of rows) {
    const first = firstOfCase.get(row.case_ref);
    if (!first) firstOfCase.set(row.case_ref, row);
    else {
      for (const column of caseColumns) {
        if (row[column] !== first[column]) {
          problems.push({
            row: row.row,
            column,
            message: `${shown(row[column])} differs from row ${first.row} (${shown(first[column])}) of the same case ${row.case_ref}. Rows of one case must agree on its case columns.`,
          });
        }
      }
    }
    const subjectKey = `${row.case_ref}\u0000${row.service_number}`;
    const earlier = subjectRow.get(subjectKey);
    if (earlier !== undefined) {
      problems.push({
        row: row.row,
        column: "service_number",
        message: `${row.service_number} is already on row ${earlier} for case ${row.case_ref}. Give each officer one row per case.`,
      });
    } else subjectRow.set(subjectKey, row.row);
    const named = nameOf.get(row.service_number);
    if (!named) nameOf.set(row.service_number, { name: row.name, row: row.row });
    else if (named.name !== row.name) {
      problems.push({
        row: row.row,
        column: "name",
        message: `“${row.name}” differs from row ${named.row} (“${named.name}”) for service number ${row.service_number}.`,
      });
    }
  }
  return problems;
}
