import type { Stage } from "@/lib/vocabulary";

export type OpenStage = Exclude<Stage, "finalised" | "withdrawn">;
export type ForceTargets = Record<OpenStage, number>;

/**
 * Force targets for each open stage, in calendar days from the day a case reaches it. They
 * are a force's policy, never statute (the statutory clocks are tasks, lib/conduct/clocks.ts),
 * and a force sets its own with FORCE_TARGET_DAYS; these are the defaults.
 */
export const defaultForceTargets: ForceTargets = {
  recorded: 2,
  assessment: 5,
  investigation: 90,
  decision: 15,
  proceedings: 60,
  outcome: 10,
};

const stageNames = Object.keys(defaultForceTargets) as OpenStage[];

/**
 * A force's targets from text such as "investigation=120,decision=20": the stages named
 * replace the defaults, the rest keep them. Returns the problems in words instead when the
 * text names no such stage or a number that is not whole days from 1 to 3650.
 */
export function parseForceTargets(text: string): { ok: true; targets: ForceTargets } | { ok: false; problems: string[] } {
  const targets = { ...defaultForceTargets };
  const problems: string[] = [];
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [stage, days] = part.split("=").map((p) => p.trim());
    if (!stage || !stageNames.includes(stage as OpenStage)) {
      problems.push(`"${part}" names no open stage; use ${stageNames.join(", ")}`);
      continue;
    }
    if (!days || !/^\d{1,4}$/.test(days) || Number(days) < 1 || Number(days) > 3650) {
      problems.push(`"${part}" needs whole days from 1 to 3650`);
      continue;
    }
    targets[stage as OpenStage] = Number(days);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, targets };
}
