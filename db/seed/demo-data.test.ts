import { describe, expect, it } from "vitest";
import { outcomes, rankGroupOf, regimes } from "@/lib/vocabulary";
import { type ConductForum, lawfulOutcomes, regimeFor } from "@/lib/conduct/rules";
import { warningsInForce } from "@/lib/conduct/warnings";
import { DEMO_TODAY, generateDemoData } from "./demo-data";
import { publishedFigures } from "./published-figures";

const data = generateDemoData();
const subjects = data.cases.flatMap((c) => c.subjects.map((s) => ({ ...s, case: c, year: Number(c.recordedOn.slice(0, 4)) })));
const published = subjects.filter((s) => s.year >= 2018 && s.year <= 2021);

function tally(values: string[]) {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe("the demo data set", () => {
  it("is the same on every call", () => {
    expect(generateDemoData()).toEqual(data);
  });

  it("has 184 subject records in 2018-2021 with the published yearly counts", () => {
    expect(tally(published.map((s) => String(s.year)))).toEqual({ "2018": 14, "2019": 16, "2020": 62, "2021": 92 });
  });

  it("reproduces the published rank groups from exact ranks", () => {
    expect(tally(published.map((s) => rankGroupOf(s.rank)))).toEqual({ constable: 160, sergeant: 12, inspector_and_above: 8, not_stated: 4 });
    expect(new Set(published.filter((s) => rankGroupOf(s.rank) === "inspector_and_above").map((s) => s.rank)).size).toBeGreaterThan(1);
  });

  it("reproduces the published findings", () => {
    expect(tally(published.map((s) => s.finding ?? "ongoing"))).toEqual({ case_to_answer: 37, no_case_to_answer: 57, withdrawn: 7, not_recorded: 83 });
  });

  it("reproduces the published sanctions, all of them on case-to-answer findings", () => {
    const withCase = published.filter((s) => s.finding === "case_to_answer");
    expect(tally(withCase.map((s) => s.outcome ?? "none"))).toEqual(publishedFigures.sanction);
    expect(published.filter((s) => s.finding !== "case_to_answer" && s.outcome)).toEqual([]);
  });

  it("keeps 2012-regime-only sanctions on 2012-regime records", () => {
    for (const s of subjects.filter((s) => s.outcome === "management_advice" || s.outcome === "dismissal_with_notice")) {
      expect(s.regime).toBe(regimes.keys[0]);
    }
  });

  it("2020 reg 1: decides the regime by the date the matter came to notice (recorded), not the incident", () => {
    for (const s of subjects) expect(s.regime).toBe(regimeFor(s.case.recordedOn));
  });

  it("2020 regs 42 and 62, 2012 regs 35 and 55, Schedules 1 and 3: every outcome after proceedings is lawful on the finding, officer status and warnings", () => {
    const people = new Map(data.people.map((p) => [p.serviceNumber, p]));
    const decided = subjects.filter((s) => s.proceedings && s.outcome);
    expect(decided.length).toBeGreaterThan(0);
    for (const s of decided) {
      const person = people.get(s.serviceNumber)!;
      const record = subjects
        .filter((o) => o.serviceNumber === s.serviceNumber && o !== s)
        .map((o) => ({ outcome: o.outcome ?? "", outcomeOn: o.outcomeOn ?? null }));
      const warnings = warningsInForce(record, s.severityOn!);
      const open = lawfulOutcomes({
        regime: s.regime,
        forum: s.proceedings! as ConductForum,
        proceedingsFinding: s.proceedingsFinding!,
        officer: person.status === "left" && person.leftOn! < s.outcomeOn! ? "former" : "serving",
        writtenWarningInForce: warnings.writtenWarning,
        finalWrittenWarningInForce: warnings.finalWrittenWarning,
        severalUnconnectedIncidents: false,
      });
      expect(open, `${s.case.ref} ${s.serviceNumber}`).toContain(s.outcome);
    }
  });

  it("records officers given 'would have been dismissed' as having left before the decision", () => {
    const people = new Map(data.people.map((p) => [p.serviceNumber, p]));
    const wouldHave = subjects.filter((s) => s.outcome === "would_have_been_dismissed");
    expect(wouldHave.length).toBeGreaterThan(0);
    for (const s of wouldHave) {
      const person = people.get(s.serviceNumber)!;
      expect(person.status).toBe("left");
      expect(person.leftOn! < s.outcomeOn!).toBe(true);
    }
  });

  it("dates every decision on or after the recording and never after the demo's today", () => {
    for (const s of subjects) {
      for (const date of [s.severityOn, s.recommendationOn, s.findingOn, s.outcomeOn]) {
        if (!date) continue;
        expect(date >= s.case.recordedOn).toBe(true);
        expect(date <= DEMO_TODAY).toBe(true);
      }
      expect(s.case.incidentOn! <= s.case.recordedOn).toBe(true);
    }
  });

  it("spreads subjects over group-chat cases and single-officer cases", () => {
    const sizes = data.cases.map((c) => c.subjects.length);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(8);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThan(sizes.length / 2);
    for (const c of data.cases.filter((c) => c.subjects.length > 1)) {
      expect(c.channel).toBe("group_chat");
      expect(c.groupSize!).toBeGreaterThan(c.subjects.length);
    }
  });

  it("has open work of 2025-2026 in every stage, with unique references", () => {
    const current = data.cases.filter((c) => c.recordedOn >= "2025-01-01");
    expect(new Set(current.map((c) => c.status))).toEqual(
      new Set(["recorded", "assessment", "investigation", "decision", "proceedings", "outcome", "finalised", "withdrawn"]),
    );
    expect(new Set(data.cases.map((c) => c.ref)).size).toBe(data.cases.length);
    for (const c of data.cases) expect(c.ref).toMatch(new RegExp(`^PSD-${c.recordedOn.slice(0, 4)}-\\d{4}$`));
  });

  it("gives some officers a repeat allegation within twelve months, for early intervention", () => {
    const perPerson = tally(subjects.map((s) => s.serviceNumber));
    expect(Object.values(perPerson).filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3);
    const known = new Set(data.people.map((p) => p.serviceNumber));
    for (const s of subjects) expect(known.has(s.serviceNumber)).toBe(true);
    expect(known.size).toBe(data.people.length);
  });

  it("uses only outcomes from the vocabulary", () => {
    for (const s of subjects) if (s.outcome) expect(outcomes.keys).toContain(s.outcome);
  });

  it("has the six demo accounts of the contract", () => {
    const emails = data.users.map((u) => u.email);
    for (const email of ["admin", "supervisor", "investigator", "senior", "foi", "staff"]) {
      expect(emails).toContain(`${email}@demo.police.uk`);
    }
  });

  it("gives the largest 2021 group-chat case its group of 14, every part present, the extra members not subjects (issue 18)", () => {
    const [group] = data.chatGroups;
    const groupCase = data.cases.find((c) => c.ref === group!.caseRef)!;
    const largest = Math.max(...data.cases.filter((c) => c.recordedOn.startsWith("2021") && c.channel === "group_chat").map((c) => c.subjects.length));
    expect(groupCase.subjects.length).toBe(largest);
    expect(group!.members).toHaveLength(14);
    expect(groupCase.groupSize).toBe(14);
    expect(new Set(group!.members.map((m) => m.part))).toEqual(new Set(["author", "endorsed", "silent", "challenged", "reported"]));
    const subjectNumbers = new Set(groupCase.subjects.map((s) => s.serviceNumber));
    const extra = group!.members.filter((m) => !m.serviceNumber || !subjectNumbers.has(m.serviceNumber));
    expect(extra).toHaveLength(14 - groupCase.subjects.length);
    expect(extra.every((m) => ["silent", "challenged", "reported"].includes(m.part!))).toBe(true);
    // Every subject of the case is a member, with the part they had in the evidence.
    expect(group!.members.filter((m) => m.serviceNumber && subjectNumbers.has(m.serviceNumber))).toHaveLength(groupCase.subjects.length);
    const known = new Set(data.people.map((p) => p.serviceNumber));
    for (const m of group!.members) if (m.serviceNumber) expect(known.has(m.serviceNumber)).toBe(true);
  });
});
