import fc from "fast-check";

/** Strings chosen to break things: injection, encodings, invisible and broken characters, CSV and number edge cases. */
export const nastyStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uFEFFbom",
  "\u202Eevil\u202C",
  "e\u0301\u0301\u0301",
  "𝕏𝕏𝕏 👩‍👩‍👧‍👦 🇬🇧",
  "\r\n\t",
  "\u001B[31mred",
  "'; drop table subjects; --",
  "1' or '1'='1",
  "$$; select pg_sleep(10); $$",
  "\\x00\\u0000",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  '=HYPERLINK("http://x")',
  "+cmd|' /C calc'!A0",
  '"a","b\n"c""',
  'a,"b',
  "Ã©Ã¨ mis-decoded latin-1",
  "\xff\xfe\xfd",
  "%00%ZZ%E0%A4",
  "../../../etc/passwd",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "2147483648",
  "99999999999999999999999",
  "0x10",
  "2026-02-30",
  "0000-01-01",
  "9999-12-31",
  "2026-13-01",
  "PSD-2026-0001\u0000",
  "FOI-2026-00001; drop",
  "on",
  "true",
  "null",
  "__proto__",
  "constructor",
];

/** Any string a client could send, weighted towards the nasty ones, with some very long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...nastyStrings), fc.string({ maxLength: 30 })).map(([a, b]) => `${b}${a}${b}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => "A".repeat(n)) },
);

/** Values of the wrong type, for schemas that could be handed parsed JSON. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** A valid example with one to three fields replaced by hostile strings, sometimes with extra fields. */
export function spoiled(valid: Record<string, string>): fc.Arbitrary<Record<string, string>> {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: Math.min(3, keys.length) }),
      fc.array(hostileString, { minLength: 3, maxLength: 3 }),
      fc.dictionary(fc.constantFrom("extra", "__proto__", "constructor", "$ACTION_ID_x", "role"), hostileString, { maxKeys: 2 }),
    )
    .map(([fields, values, extra]) => {
      const out: Record<string, string> = { ...extra, ...valid };
      fields.forEach((field, i) => (out[field] = values[i]!));
      return out;
    });
}

const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Every string in a parsed value can be stored unaltered, and every number is a finite one. */
export function problemsStoring(value: unknown, path = "value"): string[] {
  if (typeof value === "string") {
    const out: string[] = [];
    if (controlCharacters.test(value)) out.push(`${path} has a control character`);
    if (!value.isWellFormed()) out.push(`${path} has an unpaired surrogate`);
    return out;
  }
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => problemsStoring(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => problemsStoring(v, `${path}.${k}`));
  return [];
}

/** Zod's own wording, which names types rather than saying what to do. */
export const zodDefaultMessage = /^(Invalid input|Invalid option|Too (big|small)|Expected |Unrecognized key|Invalid (string|number|email|date))/;
