import { generateDemoData } from "@/db/seed/demo-data";

/** The seeded demo is deterministic, so the tests know its people and cases without reading the database. */
export const demo = generateDemoData();

export const personalIdentifiers = demo.people.flatMap((p) => [p.name, p.serviceNumber]);

export function caseOf(predicate: (c: (typeof demo.cases)[number]) => boolean) {
  const found = demo.cases.find(predicate);
  if (!found) throw new Error("No demo case matches");
  return found;
}

export const teamOneCase = caseOf((c) => c.team === "PSD Team 1" && !c.restricted && c.recordedOn >= "2025-01-01");
export const teamTwoCase = caseOf((c) => c.team === "PSD Team 2" && !c.restricted && c.assignedToEmail !== "investigator@demo.police.uk");
export const restrictedCase = caseOf((c) => c.restricted === true);
