import { describe, expect, it } from "vitest";
import { mustRefer, referralRefusal } from "./iopc-referral";

const decision = { matterType: "conduct_matter" as const, criteria: [], referred: false, referredOn: null, decidedOn: "2026-11-20", today: "2026-11-22" };

describe("referral to the IOPC", () => {
  it("Police Reform Act 2002 Sch 3 para 14C: a death or serious injury matter is always referred", () => {
    expect(mustRefer("dsi_matter", [])).toBe(true);
    expect(referralRefusal({ ...decision, matterType: "dsi_matter" })).toMatch(/para 14C/);
  });
  it("Sch 3 paras 4(1) and 13(1), SI 2020/2 regs 4(1)(a)(iv) and 7(1)(d): discriminatory aggravation makes referral mandatory; not referring is refused", () => {
    expect(mustRefer("conduct_matter", ["discriminatory_aggravation"])).toBe(true);
    expect(referralRefusal({ ...decision, criteria: ["discriminatory_aggravation"] })).toMatch(/must be referred to the IOPC.*reg/);
  });
  it("Sch 3 paras 4(2) and 13(2): with no criterion met the authority may refer or not", () => {
    expect(mustRefer("complaint", [])).toBe(false);
    expect(referralRefusal(decision)).toBeNull();
    expect(referralRefusal({ ...decision, referred: true, referredOn: "2026-11-21" })).toBeNull();
  });
  it("needs a referral date on or after the decision and not in the future", () => {
    expect(referralRefusal({ ...decision, referred: true })).toMatch(/Give the date/);
    expect(referralRefusal({ ...decision, referred: true, referredOn: "2026-11-19" })).toMatch(/on or after/);
    expect(referralRefusal({ ...decision, referred: true, referredOn: "2026-11-23" })).toMatch(/not in the future/);
    expect(referralRefusal({ ...decision, decidedOn: "2026-11-23" })).toMatch(/future/);
  });
});
