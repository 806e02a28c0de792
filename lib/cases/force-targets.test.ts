import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { stageDueOn } from "./workflow";
import { defaultForceTargets, parseForceTargets } from "./force-targets";

describe("force targets: policy a force sets, never statute", () => {
  it("keeps the defaults for the stages a force does not name", () => {
    expect(parseForceTargets("investigation=120, decision=20")).toEqual({
      ok: true,
      targets: { ...defaultForceTargets, investigation: 120, decision: 20 },
    });
    expect(parseForceTargets("")).toEqual({ ok: true, targets: defaultForceTargets });
  });
  it("refuses a stage that is not open or a number that is not whole days, naming each problem", () => {
    expect(parseForceTargets("finalised=3,investigation=ninety,decision=0")).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/"finalised=3" names no open stage/),
        expect.stringMatching(/"investigation=ninety" needs whole days/),
        expect.stringMatching(/"decision=0" needs whole days/),
      ],
    });
  });
  it("dates a stage by the force's targets, and stops the app at start with FORCE_TARGET_DAYS's name when they are wrong", () => {
    const env = getEnv({ FORCE_TARGET_DAYS: "investigation=120" });
    expect(stageDueOn("investigation", "2026-11-01", env.FORCE_TARGET_DAYS)).toBe("2027-03-01");
    expect(stageDueOn("investigation", "2026-11-01")).toBe("2027-01-30");
    expect(() => getEnv({ FORCE_TARGET_DAYS: "investigation=-1" })).toThrow(/FORCE_TARGET_DAYS/);
  });
});
