/** Day ranges for the time-based charts; the database and the tests bucket by these same bounds. */
export interface Bucket {
  key: string;
  label: string;
  /** Exclusive upper bound in days; null for the last, open-ended bucket. */
  below: number | null;
}

export const timeToFinaliseBuckets: Bucket[] = [
  { key: "under_3_months", label: "Under 3 months", below: 91 },
  { key: "3_to_6_months", label: "3 to 6 months", below: 183 },
  { key: "6_to_12_months", label: "6 to 12 months", below: 366 },
  { key: "1_to_2_years", label: "1 to 2 years", below: 731 },
  { key: "over_2_years", label: "Over 2 years", below: null },
];

export const caseAgeBuckets: Bucket[] = [
  { key: "under_1_month", label: "Under 1 month", below: 31 },
  { key: "1_to_3_months", label: "1 to 3 months", below: 91 },
  { key: "3_to_6_months", label: "3 to 6 months", below: 183 },
  { key: "6_to_12_months", label: "6 to 12 months", below: 366 },
  { key: "over_a_year", label: "Over a year", below: null },
];

/** The same bucketing as a SQL CASE over an integer expression (bounds are constants, not input). */
export function bucketCaseSql(buckets: Bucket[], daysExpression: string): string {
  const whens = buckets.filter((b) => b.below !== null).map((b) => `when ${daysExpression} < ${Number(b.below)} then '${b.key}'`);
  return `case ${whens.join(" ")} else '${buckets[buckets.length - 1]!.key}' end`;
}
