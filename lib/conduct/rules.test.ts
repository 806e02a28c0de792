import { describe, expect, it } from "vitest";
import { servingAtHearing2020 as serving2020 } from "@/tests/conduct-inputs";
import { barredListReportDue, type LawfulOutcomesInput, lawfulOutcomes, outcomeKeys, regimeFor, workingDayDue } from "./rules";

const serving2012: LawfulOutcomesInput = { ...serving2020, regime: "2012" };

type Case = [name: string, input: Partial<LawfulOutcomesInput>, expected: string[]];

const cases2020: Case[] = [
  [
    "2020 reg 42(2): a misconduct meeting gives a written or final written warning",
    { forum: "misconduct_meeting" },
    ["written_warning", "final_written_warning", "no_further_action"],
  ],
  [
    "2020 reg 42(2): a misconduct meeting gives nothing for gross misconduct (impossible: meetings are for misconduct)",
    { forum: "misconduct_meeting", proceedingsFinding: "gross_misconduct" },
    [],
  ],
  [
    "2020 reg 42(1)(b): a meeting finding neither misconduct nor gross misconduct may refer to the RPRP",
    { forum: "misconduct_meeting", proceedingsFinding: "neither" },
    ["referred_to_rprp", "no_further_action"],
  ],
  [
    "2020 reg 42(3)(a): misconduct at a hearing gives a warning, not reduction in rank or dismissal",
    {},
    ["written_warning", "final_written_warning", "no_further_action"],
  ],
  [
    "2020 reg 42(3)(a) and (5): misconduct at a hearing with a final written warning in force opens reduction in rank and dismissal",
    { finalWrittenWarningInForce: true },
    ["reduction_in_rank", "dismissal_without_notice", "no_further_action"],
  ],
  [
    "2020 reg 42(3)(a) and (6): misconduct from several incidents not closely connected opens reduction in rank and dismissal",
    { severalUnconnectedIncidents: true },
    ["written_warning", "final_written_warning", "reduction_in_rank", "dismissal_without_notice", "no_further_action"],
  ],
  [
    "2020 reg 42(3)(b): gross misconduct at a hearing gives no written warning",
    { proceedingsFinding: "gross_misconduct" },
    ["final_written_warning", "reduction_in_rank", "dismissal_without_notice"],
  ],
  [
    "2020 reg 42(3)(b) and (7): gross misconduct with a final written warning in force gives no second one",
    { proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: true },
    ["reduction_in_rank", "dismissal_without_notice"],
  ],
  ["2020 reg 42(1)(b): a hearing finding neither may refer to the RPRP", { proceedingsFinding: "neither" }, ["referred_to_rprp", "no_further_action"]],
  [
    "2020 reg 42(7): a written warning in force rules out another written warning at a meeting",
    { forum: "misconduct_meeting", writtenWarningInForce: true },
    ["final_written_warning", "no_further_action"],
  ],
  [
    "2020 reg 42(7): a final written warning in force rules out both warnings at a meeting",
    { forum: "misconduct_meeting", finalWrittenWarningInForce: true },
    ["no_further_action"],
  ],
  [
    "2020 reg 42(7): a written warning in force at a hearing for misconduct leaves the final written warning",
    { writtenWarningInForce: true },
    ["final_written_warning", "no_further_action"],
  ],
  [
    "2020 reg 42(5) and (6): several unconnected incidents do not matter for gross misconduct",
    { proceedingsFinding: "gross_misconduct", severalUnconnectedIncidents: true },
    ["final_written_warning", "reduction_in_rank", "dismissal_without_notice"],
  ],
  [
    "2020 reg 62(1): gross misconduct at an accelerated misconduct hearing gives FWW, reduction in rank or dismissal without notice",
    { forum: "accelerated_misconduct_hearing", proceedingsFinding: "gross_misconduct" },
    ["final_written_warning", "reduction_in_rank", "dismissal_without_notice"],
  ],
  [
    "2020 reg 62(3): no final written warning at an accelerated misconduct hearing over one in force",
    { forum: "accelerated_misconduct_hearing", proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: true },
    ["reduction_in_rank", "dismissal_without_notice"],
  ],
  [
    "2020 reg 62(8): an accelerated misconduct hearing that finds misconduct only dismisses or returns the case",
    { forum: "accelerated_misconduct_hearing", proceedingsFinding: "misconduct" },
    ["no_further_action"],
  ],
  [
    "2020 reg 62(8): an accelerated misconduct hearing that finds neither imposes nothing",
    { forum: "accelerated_misconduct_hearing", proceedingsFinding: "neither" },
    ["no_further_action"],
  ],
  ["2020 Part 5: there is no special case hearing under the 2020 regulations", { forum: "special_case_hearing", proceedingsFinding: "gross_misconduct" }, []],
];

const former2020: Case[] = [
  [
    "2020 reg 4(2) and Sch 1 para 1: a former officer found to have committed gross misconduct at a hearing: would have been dismissed",
    { officer: "former", proceedingsFinding: "gross_misconduct" },
    ["would_have_been_dismissed"],
  ],
  [
    "2020 Sch 1 para 39 (reg 62(1)(a)): a former officer at an accelerated misconduct hearing: would have been dismissed",
    { officer: "former", forum: "accelerated_misconduct_hearing", proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: true },
    ["would_have_been_dismissed"],
  ],
  [
    "2020 Sch 1 para 39 (reg 62(1)(b)): misconduct short of gross for a former officer is recorded with no further action",
    { officer: "former", forum: "accelerated_misconduct_hearing", proceedingsFinding: "misconduct" },
    ["no_further_action"],
  ],
  [
    "2020 Sch 1 para 1: a former officer found to have committed misconduct at a hearing gets no warning and no RPRP",
    { officer: "former", finalWrittenWarningInForce: true, severalUnconnectedIncidents: true },
    ["no_further_action"],
  ],
  [
    "2020 Sch 1 para 1: no reflective practice for a former officer whose conduct was neither",
    { officer: "former", proceedingsFinding: "neither" },
    ["no_further_action"],
  ],
  ["2020 reg 4(2) and Sch 1 para 1: a former officer never goes to a misconduct meeting", { officer: "former", forum: "misconduct_meeting" }, []],
  [
    "2020 reg 4(2): a former officer at a misconduct meeting for gross misconduct is impossible too",
    { officer: "former", forum: "misconduct_meeting", proceedingsFinding: "gross_misconduct" },
    [],
  ],
];

const cases2012: Case[] = [
  [
    "2012 reg 35(3)(a): a misconduct meeting gives management advice, a written or a final written warning",
    { forum: "misconduct_meeting" },
    ["written_warning", "final_written_warning", "management_advice", "no_further_action"],
  ],
  [
    "2012 reg 35(1)(b): misconduct may be recorded with no further action",
    { forum: "misconduct_meeting" },
    ["written_warning", "final_written_warning", "management_advice", "no_further_action"],
  ],
  [
    "2012 reg 35(3)(a): a misconduct meeting gives nothing for gross misconduct (impossible)",
    { forum: "misconduct_meeting", proceedingsFinding: "gross_misconduct" },
    [],
  ],
  [
    "2012 reg 35(5): misconduct at a hearing without a final written warning in force: no dismissal",
    {},
    ["written_warning", "final_written_warning", "management_advice", "no_further_action"],
  ],
  [
    "2012 reg 35(5): several unconnected incidents are no exception under 2012",
    { severalUnconnectedIncidents: true },
    ["written_warning", "final_written_warning", "management_advice", "no_further_action"],
  ],
  [
    "2012 reg 35(5) and (7)(b): misconduct at a hearing with a final written warning in force: dismissal, or extension instead of a new FWW",
    { finalWrittenWarningInForce: true },
    ["written_warning", "extension_of_final_written_warning", "dismissal_with_notice", "dismissal_without_notice", "management_advice", "no_further_action"],
  ],
  [
    "2012 reg 35(3)(b): gross misconduct at a hearing opens dismissal with and without notice",
    { proceedingsFinding: "gross_misconduct" },
    ["written_warning", "final_written_warning", "dismissal_with_notice", "dismissal_without_notice", "management_advice"],
  ],
  [
    "2012 reg 35(7)(b): extension of a final written warning only where one was in force",
    { proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: true },
    ["written_warning", "extension_of_final_written_warning", "dismissal_with_notice", "dismissal_without_notice", "management_advice"],
  ],
  ["2012 reg 35: conduct found to be neither ends with no further action (no RPRP before 2020)", { proceedingsFinding: "neither" }, ["no_further_action"]],
  [
    "2012 reg 55(1): gross misconduct at a special case hearing gives a FWW or dismissal without notice",
    { forum: "special_case_hearing", proceedingsFinding: "gross_misconduct" },
    ["final_written_warning", "dismissal_without_notice"],
  ],
  [
    "2012 reg 55(3) and (5): with a FWW in force a special case hearing may extend it (once) but not give another",
    { forum: "special_case_hearing", proceedingsFinding: "gross_misconduct", finalWrittenWarningInForce: true },
    ["extension_of_final_written_warning", "dismissal_without_notice"],
  ],
  [
    "2012 reg 55(6): a special case hearing gives nothing for misconduct short of gross misconduct",
    { forum: "special_case_hearing", proceedingsFinding: "misconduct", finalWrittenWarningInForce: true },
    ["no_further_action"],
  ],
  [
    "2012 reg 55(6): a special case hearing finding neither dismisses the case",
    { forum: "special_case_hearing", proceedingsFinding: "neither" },
    ["no_further_action"],
  ],
  [
    "2012: there is no accelerated misconduct hearing under the 2012 regulations",
    { forum: "accelerated_misconduct_hearing", proceedingsFinding: "gross_misconduct" },
    [],
  ],
  [
    "2012 reg 5(2)-(6) and Sch 3 para 1: a former officer found to have committed gross misconduct: would have been dismissed",
    { officer: "former", proceedingsFinding: "gross_misconduct" },
    ["would_have_been_dismissed"],
  ],
  [
    "2012 Sch 3: a former officer at a special case hearing for gross misconduct: would have been dismissed",
    { officer: "former", forum: "special_case_hearing", proceedingsFinding: "gross_misconduct" },
    ["would_have_been_dismissed"],
  ],
  ["2012 Sch 3 para 1: no management advice or warning for a former officer found to have committed misconduct", { officer: "former" }, ["no_further_action"]],
  ["2012 Sch 3 para 1: a former officer never goes to a misconduct meeting", { officer: "former", forum: "misconduct_meeting" }, []],
];

describe("lawfulOutcomes: the 2020 regulations, serving officers", () => {
  it.each(cases2020)("%s", (_name, input, expected) => {
    expect(lawfulOutcomes({ ...serving2020, ...input })).toEqual(expected);
  });
});

describe("lawfulOutcomes: the 2020 regulations, former officers", () => {
  it.each(former2020)("%s", (_name, input, expected) => {
    expect(lawfulOutcomes({ ...serving2020, ...input })).toEqual(expected);
  });
});

describe("lawfulOutcomes: the 2012 regulations", () => {
  it.each(cases2012)("%s", (_name, input, expected) => {
    expect(lawfulOutcomes({ ...serving2012, ...input })).toEqual(expected);
  });
});

describe("lawfulOutcomes: properties over every input", () => {
  const regimes = ["2020", "2012"] as const;
  const forums = ["misconduct_meeting", "misconduct_hearing", "accelerated_misconduct_hearing", "special_case_hearing"] as const;
  const findings = ["misconduct", "gross_misconduct", "neither"] as const;
  const bools = [false, true];
  const all: LawfulOutcomesInput[] = [];
  for (const regime of regimes)
    for (const forum of forums)
      for (const proceedingsFinding of findings)
        for (const officer of ["serving", "former"] as const)
          for (const writtenWarningInForce of bools)
            for (const finalWrittenWarningInForce of bools)
              for (const severalUnconnectedIncidents of bools)
                all.push({ regime, forum, proceedingsFinding, officer, writtenWarningInForce, finalWrittenWarningInForce, severalUnconnectedIncidents });

  it("returns known keys, without repeats, in the order of the key list", () => {
    for (const input of all) {
      const result = lawfulOutcomes(input);
      const positions = result.map((key) => outcomeKeys.indexOf(key as (typeof outcomeKeys)[number]));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(result).size).toBe(result.length);
    }
  });

  it("2020 reg 42(1)(b): RPRP only under 2020, only for a serving officer, only on a finding of neither", () => {
    for (const input of all.filter((i) => lawfulOutcomes(i).includes("referred_to_rprp"))) {
      expect([input.regime, input.officer, input.proceedingsFinding]).toEqual(["2020", "serving", "neither"]);
    }
  });

  it("2020 Sch 1 and 2012 Sch 3: a former officer is offered nothing but would have been dismissed or no further action", () => {
    for (const input of all.filter((i) => i.officer === "former")) {
      for (const key of lawfulOutcomes(input)) expect(["would_have_been_dismissed", "no_further_action"]).toContain(key);
    }
  });

  it("would have been dismissed is only ever for a former officer", () => {
    for (const input of all.filter((i) => i.officer === "serving")) expect(lawfulOutcomes(input)).not.toContain("would_have_been_dismissed");
  });

  it("2012 regs 35(7)(b) and 55(3): extension of a final written warning only where one is in force, and then never a new one", () => {
    for (const input of all) {
      const result = lawfulOutcomes(input);
      if (result.includes("extension_of_final_written_warning")) {
        expect(input.finalWrittenWarningInForce).toBe(true);
        expect(input.regime).toBe("2012");
      }
      if (input.finalWrittenWarningInForce) expect(result).not.toContain("final_written_warning");
    }
  });

  it("management advice and dismissal with notice exist only under 2012; reduction in rank only under 2020", () => {
    for (const input of all) {
      const result = lawfulOutcomes(input);
      if (result.includes("management_advice") || result.includes("dismissal_with_notice")) expect(input.regime).toBe("2012");
      if (result.includes("reduction_in_rank")) expect(input.regime).toBe("2020");
    }
  });
});

describe("which regulations apply", () => {
  it("2020 reg 1: matters that came to notice from 1 February 2020 are under the 2020 regulations", () => {
    expect(regimeFor("2020-01-31")).toBe("2012");
    expect(regimeFor("2020-02-01")).toBe("2020");
  });
});

describe("statutory working-day clocks", () => {
  it("barred list reg 3(1): 5 working days beginning with a Monday decision end on the Friday", () => {
    expect(barredListReportDue("2026-03-02")).toBe("2026-03-06");
  });

  it("barred list reg 3(1): a decision on Thursday 7 May 2020 runs past the VE Day bank holiday", () => {
    // Thu 7, (Fri 8 bank holiday), Mon 11, Tue 12, Wed 13, Thu 14.
    expect(barredListReportDue("2020-05-07")).toBe("2020-05-14");
  });

  it("barred list reg 3(1): a finding on a Saturday counts from the Monday", () => {
    expect(barredListReportDue("2026-11-21")).toBe("2026-11-27");
  });

  it("barred list reg 3(1): over Christmas 2026 (25 and 28 December, 1 January)", () => {
    // Wed 23, Thu 24, Tue 29, Wed 30, Thu 31.
    expect(barredListReportDue("2026-12-23")).toBe("2026-12-31");
  });

  it("workingDayDue is the calendar's, re-exported for the contract", () => {
    expect(workingDayDue("2026-03-02", 15)).toBe("2026-03-20");
  });
});
