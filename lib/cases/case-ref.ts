/**
 * A case reference: PSD, the year recorded, and a number of 4 to 6 digits (the demo and
 * intake write 4, the national loader 6). The one definition: forms, URLs, cursors,
 * imports and spot-check causes all use it, so a reference valid in one is valid in all.
 */
export const CASE_REF_PATTERN = /^PSD-\d{4}-\d{4,6}$/;

export const CASE_REF_EXAMPLE = "PSD-2026-0042";

export function isCaseRef(value: string): boolean {
  return CASE_REF_PATTERN.test(value);
}
