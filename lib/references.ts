/**
 * Every reference the product hands out: a prefix, the year, and a zero-padded number.
 * The one definition: numbering (db/queries/refs.ts), forms and URLs all use it, so a
 * reference the system writes is one it accepts.
 */
export const referenceKinds = {
  report: { prefix: "RPT", digits: 5, example: "RPT-2026-00001" },
  foiRequest: { prefix: "FOI", digits: 5, example: "FOI-2026-00001" },
  appPermission: { prefix: "APP", digits: 5, example: "APP-2026-00001" },
  spotCheck: { prefix: "SPC", digits: 5, example: "SPC-2026-00001" },
  spotCheckDraw: { prefix: "DRW", digits: 5, example: "DRW-2026-00001" },
} as const;

export type ReferenceKind = keyof typeof referenceKinds;

export function referencePattern(kind: ReferenceKind): RegExp {
  const { prefix, digits } = referenceKinds[kind];
  return new RegExp(`^${prefix}-\\d{4}-\\d{${digits}}$`);
}

export function isReference(kind: ReferenceKind, value: string): boolean {
  return referencePattern(kind).test(value);
}
