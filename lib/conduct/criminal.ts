/**
 * Criminal proceedings beside a conduct matter, and the rule SI 2025/558 added: from
 * 28 May 2025, conduct resulting in the officer's conviction of an offence triable only on
 * indictment is gross misconduct (as the domain notes record SI 2025/558; the amending
 * provision and its transitional provisions, Part 7, were not read): the product applies the
 * rule to convictions on or after that day.
 */

export const indictableOnlyRuleFrom = "2025-05-28";

export const criminalOutcomes = ["not_charged", "discontinued", "acquitted", "convicted"] as const;
export type CriminalOutcome = (typeof criminalOutcomes)[number];

export const criminalOutcomeLabels: Record<CriminalOutcome, string> = {
  not_charged: "Not charged",
  discontinued: "Proceedings discontinued",
  acquitted: "Acquitted",
  convicted: "Convicted",
};

export interface CriminalRecord {
  referredOn: string;
  offence: string;
  indictableOnly: boolean;
  chargedOn: string | null;
  outcome: CriminalOutcome | null;
  outcomeOn: string | null;
}

/** Whether the criminal outcome makes the conduct gross misconduct (SI 2025/558). */
export function convictionIsGrossMisconduct(record: Pick<CriminalRecord, "indictableOnly" | "outcome" | "outcomeOn"> | null): boolean {
  return record !== null && record.outcome === "convicted" && record.indictableOnly && record.outcomeOn !== null && record.outcomeOn >= indictableOnlyRuleFrom;
}

/** Why a criminal-proceedings record cannot be saved as given, in words; null when it can. */
export function criminalRefusal(record: CriminalRecord, today: string): string | null {
  const dates = [record.referredOn, record.chargedOn, record.outcomeOn].filter((d): d is string => d !== null);
  if (dates.some((d) => d > today)) return "A date cannot be in the future.";
  if (record.chargedOn && record.chargedOn < record.referredOn) return "The charge cannot come before the referral.";
  if (record.outcome && !record.outcomeOn) return "Give the date of the outcome.";
  if (!record.outcome && record.outcomeOn) return "Choose the outcome, or leave its date empty.";
  if (record.outcomeOn && record.outcomeOn < record.referredOn) return "The outcome cannot come before the referral.";
  if ((record.outcome === "acquitted" || record.outcome === "convicted") && !record.chargedOn) {
    return "An acquittal or a conviction follows a charge: give the date of the charge.";
  }
  return null;
}
