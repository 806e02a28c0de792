import { createRandom } from "@/lib/random";
import type { Finding, Outcome, Rank, Stage } from "@/lib/vocabulary";
import { regimeFor } from "@/lib/conduct/rules";
import { DEMO_TODAY, describeCase, forceTargetOf, leavesForce, proceedingsForSanction, subjectStandards } from "./demo-data";
import { firstNames, surnames, units } from "./demo-names";

/**
 * A national-scale synthetic data set for load tests: ten years of cases from 43 forces,
 * shaped like the demo (same platform, source, content and device weights, group chats of
 * up to nine subject officers, dated decisions), produced as COPY text-format lines in
 * batches so that a million subjects never sit in memory at once. Deterministic: the
 * same size and first ids give the same rows on every machine.
 */

/** Forces of England and Wales whose PSDs the national load spreads cases over. */
export const forces = [
  "Avon and Somerset",
  "Bedfordshire",
  "Cambridgeshire",
  "Cheshire",
  "City of London",
  "Cleveland",
  "Cumbria",
  "Derbyshire",
  "Devon and Cornwall",
  "Dorset",
  "Durham",
  "Dyfed-Powys",
  "Essex",
  "Gloucestershire",
  "Greater Manchester",
  "Gwent",
  "Hampshire",
  "Hertfordshire",
  "Humberside",
  "Kent",
  "Lancashire",
  "Leicestershire",
  "Lincolnshire",
  "Merseyside",
  "Metropolitan",
  "Norfolk",
  "North Wales",
  "North Yorkshire",
  "Northamptonshire",
  "Northumbria",
  "Nottinghamshire",
  "South Wales",
  "South Yorkshire",
  "Staffordshire",
  "Suffolk",
  "Surrey",
  "Sussex",
  "Thames Valley",
  "Warwickshire",
  "West Mercia",
  "West Midlands",
  "West Yorkshire",
  "Wiltshire",
] as const;

/** Cases per year grow as forces adopt the duty to report, like the demo's 14 → 92. */
const yearWeights: Record<string, number> = {
  "2017": 5,
  "2018": 6,
  "2019": 7,
  "2020": 10,
  "2021": 13,
  "2022": 12,
  "2023": 12,
  "2024": 12,
  "2025": 13,
  "2026": 10,
};
const sizeWeights = { "1": 58, "2": 14, "3": 9, "4": 6, "5": 4, "6": 3, "7": 2, "8": 2, "9": 2 };
const rankWeights: Partial<Record<Rank, number>> = {
  constable: 780,
  sergeant: 100,
  inspector: 40,
  chief_inspector: 10,
  superintendent: 4,
  chief_superintendent: 2,
  special_constable: 30,
  pcso: 20,
  police_staff: 14,
};
const sanctionWeights: Partial<Record<Outcome | "none", number>> = {
  written_warning: 28,
  final_written_warning: 20,
  management_advice: 8,
  dismissal_without_notice: 10,
  would_have_been_dismissed: 6,
  reduction_in_rank: 3,
  no_further_action: 5,
  none: 20,
};
// Records migrated from older systems often kept no decision at all, like the demo's 2018-2021.
const migratedFindingWeights: Record<Finding, number> = { case_to_answer: 24, no_case_to_answer: 34, withdrawn: 5, not_recorded: 37 };
const findingWeights: Record<Finding, number> = { case_to_answer: 30, no_case_to_answer: 58, withdrawn: 8, not_recorded: 4 };
const openStages: Stage[] = ["recorded", "assessment", "investigation", "decision", "proceedings", "outcome"];

/**
 * The synthetic sanctions are drawn without regard to the regime; the two that one
 * regime lacks become their nearest lawful kin: management advice exists only under 2012
 * (2012 reg 35(3)), reduction in rank only under 2020 (2020 reg 42(3)).
 */
function lawfulSanction(sanction: Outcome, regime: "2012" | "2020"): Outcome {
  if (regime === "2020" && sanction === "management_advice") return "written_warning";
  if (regime === "2012" && sanction === "reduction_in_rank") return "final_written_warning";
  return sanction;
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const TODAY = dayOf(DEMO_TODAY);
const FIRST_DAY = dayOf("2016-01-01");
const isoCache: string[] = [];
/** ISO text of a day number; cached, since formatting dates is most of the work otherwise. */
function iso(day: number): string {
  return (isoCache[day - FIRST_DAY] ??= new Date(day * DAY).toISOString().slice(0, 10));
}

export interface FirstIds {
  person: number;
  case: number;
  subject: number;
}

export interface SyntheticBatch {
  /** COPY text-format lines (tab-separated, \N for null), one string per table. */
  people: string;
  cases: string;
  subjects: string;
  counts: { people: number; cases: number; subjects: number };
}

export const personColumns = ["id", "service_number", "name", "rank", "unit", "command", "status", "left_on"] as const;
export const caseColumns = [
  "id",
  "ref",
  "summary",
  "source",
  "platform",
  "channel",
  "group_size",
  "content_type",
  "device",
  "incident_on",
  "recorded_on",
  "status",
  "stage_due_on",
  "team",
  "restricted",
] as const;
export const subjectColumns = [
  "id",
  "case_id",
  "person_id",
  "rank",
  "standards",
  "allegation",
  "severity",
  "severity_on",
  "recommendation",
  "recommendation_on",
  "finding",
  "finding_on",
  "finding_rationale",
  "proceedings",
  "proceedings_on",
  "proceedings_finding",
  "outcome",
  "outcome_on",
  "regime",
  "stage",
  "withdrawn_reason",
] as const;

type Cell = string | number | null | undefined;
const line = (cells: Cell[]) => `${cells.map((c) => (c === null || c === undefined ? "\\N" : c)).join("\t")}\n`;

interface Person {
  id: number;
  serviceNumber: string;
  name: string;
  rank: Rank;
  unit: string;
  command: string;
  status: "serving" | "left";
  leftOn: number | null;
}

/**
 * Yields batches of about `batchSubjects` subjects (whole cases), `subjects` in all.
 * Case references are `PSD-YYYY-NNNNNN`, numbered per year from 1: six digits, so they
 * never meet the demo's four-digit ones.
 */
export function* generateSynthetic(options: { subjects: number; first: FirstIds; seed?: number; batchSubjects?: number }): Generator<SyntheticBatch> {
  const random = createRandom(options.seed ?? 43);
  const batchSize = options.batchSubjects ?? 50_000;
  const next = { ...options.first };
  const refCounters = new Map<number, number>();
  // The workforce named so far, from which repeat subjects are drawn (early intervention has them).
  const recent: Person[] = [];
  let remaining = options.subjects;

  while (remaining > 0) {
    const people: string[] = [];
    const cases: string[] = [];
    const subjects: string[] = [];
    const newPeople: Person[] = [];
    let batchSubjects = 0;
    while (batchSubjects < batchSize && remaining > 0) {
      const size = Math.min(remaining, Number(random.weighted(sizeWeights)));
      const year = Number(random.weighted(yearWeights));
      const recorded = Math.min(dayOf(`${year}-01-01`) + random.int(0, 364), TODAY - 3);
      const recordedYear = Number(iso(recorded).slice(0, 4));
      const ref = `PSD-${recordedYear}-${String((refCounters.get(recordedYear) ?? 0) + 1).padStart(6, "0")}`;
      refCounters.set(recordedYear, (refCounters.get(recordedYear) ?? 0) + 1);
      const details = describeCase(random, size);
      const incident = recorded - random.int(1, 150);
      const age = TODAY - recorded;
      // Cases take about a year: most of the last eighteen months are still open.
      const open = age < 540 && random.next() < 1 - age / 600;
      const stageIndex = open ? Math.min(openStages.length - 1, Math.floor(age / 70) + random.int(0, 1)) : -1;
      const caseId = next.case++;
      const inCase = new Set<number>();
      const caseStages: Stage[] = [];

      for (let j = 0; j < size; j++) {
        let person: Person | undefined;
        // England and Wales have about 230,000 officers and staff: over ten years most
        // subjects of a national million are people already named in an earlier case.
        if (recent.length > 1000 && random.next() < 0.62) {
          const candidate = recent[random.int(0, recent.length - 1)]!;
          if (!inCase.has(candidate.id) && candidate.status === "serving") person = candidate;
        }
        if (!person) {
          const rank: Rank = year <= 2018 && random.next() < 0.02 ? "not_stated" : random.weighted(rankWeights);
          const place = random.pick(units);
          const force = random.int(0, forces.length - 1);
          person = {
            id: next.person++,
            serviceNumber: `F${String(force + 1).padStart(2, "0")}-${String(next.person).padStart(8, "0")}`,
            name: `${random.pick(firstNames)} ${random.pick(surnames)}`,
            rank,
            unit: place.unit,
            command: place.command,
            status: "serving",
            leftOn: null,
          };
          newPeople.push(person);
          if (recent.length < 200_000) recent.push(person);
          else recent[random.int(0, recent.length - 1)] = person;
        }
        inCase.add(person.id);
        const standards = `{${subjectStandards(random, details.contentType, size > 1).join(",")}}`;
        const regime = regimeFor(iso(recorded));
        const severityOn = recorded + random.int(5, 30);
        const common = [next.subject++, caseId, person.id, person.rank, standards, "Sent or shared the messages described in the case summary."];
        if (open) {
          const stage = openStages[stageIndex]!;
          caseStages.push(stage);
          const findingOn = Math.min(recorded + 120, TODAY - 2);
          subjects.push(
            line([
              ...common,
              stageIndex >= 1 ? "misconduct" : null,
              stageIndex >= 1 ? iso(severityOn) : null,
              stageIndex >= 3 ? "case_to_answer" : null,
              stageIndex >= 3 ? iso(Math.min(recorded + 100, TODAY - 3)) : null,
              stageIndex >= 4 ? "case_to_answer" : null,
              stageIndex >= 4 ? iso(findingOn) : null,
              stageIndex >= 4 ? "The messages, if proved, would breach the Standards named; a panel could find misconduct." : null,
              stageIndex >= 4 ? "misconduct_meeting" : null,
              null,
              null,
              null,
              null,
              regime,
              stage,
              null,
            ]),
          );
          continue;
        }
        const finding = random.weighted(year <= 2019 ? migratedFindingWeights : findingWeights);
        caseStages.push(finding === "withdrawn" ? "withdrawn" : "finalised");
        if (finding === "not_recorded") {
          subjects.push(line([...common, null, null, null, null, "not_recorded", null, null, null, null, null, null, null, regime, "finalised", null]));
          continue;
        }
        const findingOn = Math.min(severityOn + random.int(60, 380), TODAY - 2);
        const sanction = finding === "case_to_answer" ? random.weighted(sanctionWeights) : null;
        const grave = sanction !== null && sanction !== "none" && leavesForce.has(sanction);
        const severity = grave ? "gross_misconduct" : finding === "no_case_to_answer" && random.next() < 0.3 ? "practice_requiring_improvement" : "misconduct";
        if (finding === "withdrawn") {
          subjects.push(
            line([
              ...common,
              severity,
              iso(severityOn),
              null,
              null,
              "withdrawn",
              iso(findingOn),
              null,
              null,
              null,
              null,
              null,
              null,
              regime,
              "withdrawn",
              "Complainant withdrew and no independent evidence remained.",
            ]),
          );
          continue;
        }
        const recommendation = (finding === "case_to_answer") === random.next() < 0.88 ? "case_to_answer" : "no_case_to_answer";
        const rationale =
          finding === "case_to_answer"
            ? "The messages, if proved, would breach the Standards named; a panel could find misconduct."
            : "The evidence does not show that the officer sent or endorsed the content; no case to answer.";
        let outcome: Cell[] = [null, null, null, null, null];
        if (sanction && sanction !== "none") {
          const outcomeOn = Math.min(findingOn + random.int(30, 150), TODAY - 1);
          const lawful = lawfulSanction(sanction, regime);
          const { proceedings, proceedingsFinding } = proceedingsForSanction(lawful, regime);
          outcome = [proceedings, iso(outcomeOn - random.int(0, 10)), proceedingsFinding, lawful, iso(outcomeOn)];
          if (leavesForce.has(sanction)) {
            person.status = "left";
            person.leftOn = outcomeOn;
          }
        }
        subjects.push(
          line([
            ...common,
            severity,
            iso(severityOn),
            recommendation,
            iso(findingOn - random.int(7, 30)),
            finding,
            iso(findingOn),
            rationale,
            ...outcome,
            regime,
            "finalised",
            null,
          ]),
        );
      }

      const status: Stage = open ? openStages[stageIndex]! : caseStages.every((s) => s === "withdrawn") ? "withdrawn" : "finalised";
      const target = forceTargetOf(status);
      const stageStarted = Math.min(recorded + Math.max(0, stageIndex) * 40, TODAY - random.int(1, 30));
      cases.push(
        line([
          caseId,
          ref,
          details.summary,
          details.source,
          details.platform,
          details.channel,
          details.groupSize,
          details.contentType,
          details.device,
          iso(incident),
          iso(recorded),
          status,
          target === null ? null : iso(stageStarted + target),
          `PSD ${forces[caseId % forces.length]}`,
          random.next() < 0.002 ? "t" : "f",
        ]),
      );
      batchSubjects += size;
      remaining -= size;
    }
    for (const p of newPeople) {
      people.push(line([p.id, p.serviceNumber, p.name, p.rank, p.unit, p.command, p.status, p.leftOn === null ? null : iso(p.leftOn)]));
    }
    yield {
      people: people.join(""),
      cases: cases.join(""),
      subjects: subjects.join(""),
      counts: { people: people.length, cases: cases.length, subjects: subjects.length },
    };
  }
}
