import type { IopcReferralCriterion, MatterType } from "@/lib/vocabulary";

/**
 * Whether the appropriate authority must refer a matter to the IOPC. A complaint or conduct
 * matter meeting any of the criteria must be referred (Police Reform Act 2002 Sch 3 para
 * 4(1) for complaints, para 13(1) for conduct matters; SI 2020/2 reg 4(1) lists the
 * complaints, reg 7(1) the same conduct); a death or serious injury matter is always referred
 * (para 14C). Otherwise the authority may refer voluntarily (paras 4(2), 13(2)). The IOPC's
 * guidance decides what counts as "serious" under each criterion; the product records the
 * authority's judgement, not its own.
 */
export function mustRefer(matterType: MatterType | null, criteria: readonly IopcReferralCriterion[]): boolean {
  return matterType === "dsi_matter" || criteria.length > 0;
}

/** Why a decision on referral is refused, naming the provision; null when it stands. */
export function referralRefusal(input: {
  matterType: MatterType | null;
  criteria: readonly IopcReferralCriterion[];
  referred: boolean;
  referredOn: string | null;
  decidedOn: string;
  today: string;
}): string | null {
  if (input.decidedOn > input.today) return "The date of the decision cannot be in the future.";
  if (!input.referred && mustRefer(input.matterType, input.criteria)) {
    return input.matterType === "dsi_matter"
      ? "A death or serious injury matter must be referred to the IOPC (Police Reform Act 2002 Sch 3 para 14C)."
      : "A matter meeting a mandatory referral criterion must be referred to the IOPC (Police Reform Act 2002 Sch 3 paras 4(1) and 13(1); SI 2020/2 regs 4(1) and 7(1)). Untick the criteria that do not apply, or refer it.";
  }
  if (input.referred && !input.referredOn) return "Give the date the matter was referred to the IOPC.";
  if (input.referredOn && (input.referredOn > input.today || input.referredOn < input.decidedOn)) {
    return "The date of referral must be on or after the date of the decision, and not in the future.";
  }
  return null;
}
