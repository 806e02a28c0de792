import type { LawfulOutcomesInput } from "@/lib/conduct/rules";

/** A serving officer found to have committed misconduct at a 2020 misconduct hearing, with no warning in force and one incident. */
export const servingAtHearing2020: LawfulOutcomesInput = {
  regime: "2020",
  forum: "misconduct_hearing",
  proceedingsFinding: "misconduct",
  officer: "serving",
  writtenWarningInForce: false,
  finalWrittenWarningInForce: false,
  severalUnconnectedIncidents: false,
};
