/**
 * Every zod schema that reads what a client sends, fed thousands of hostile inputs:
 * it must never throw, a refusal must carry a message a person can act on, and what it
 * accepts must be storable as it is (PostgreSQL refuses NUL and out-of-range numbers,
 * and would silently alter an unpaired surrogate).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { credentialsSchema } from "./sign-in";
import { parseDashboardFilter } from "@/lib/dashboard/filters";
import { parseBuilder } from "@/lib/stats/builder";
import { hostileString, problemsStoring, spoiled, wrongType, zodDefaultMessage } from "@/tests/hostile";
import { grantCaseAccessSchema, revokeCaseAccessSchema } from "./case-access";
import { recordFindingSchema } from "./findings";
import { createFoiRequestSchema, publishTableSchema, updateFoiRequestSchema } from "./foi";
import { reportRefSchema, submitReportSchema } from "./reports";
import { caseListQuerySchema, encodeCursor } from "./case-list";
import { parseStatsParams } from "./stats";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema, userIdSchema } from "./users";

const INT4_MAX = 2_147_483_647;
const RUNS = 1000;

/** Each form schema with a valid example of what its form sends. */
const formSchemas: [string, z.ZodType, Record<string, string>][] = [
  [
    "recordFinding",
    recordFindingSchema,
    { subjectId: "12", version: "3", finding: "case_to_answer", findingOn: "2026-01-31", rationale: "The evidence shows the message was sent by the officer." },
  ],
  [
    "grantCaseAccess",
    grantCaseAccessSchema,
    { ref: "PSD-2026-0042", email: "someone@demo.police.uk", reason: "Needs it for the misconduct hearing", days: "7" },
  ],
  ["revokeCaseAccess", revokeCaseAccessSchema, { ref: "PSD-2026-0042", grantId: "5" }],
  ["createFoiRequest", createFoiRequestSchema, { receivedOn: "2026-03-02", subject: "Misuse of social media 2018-2021", s12: "on", costEstimateHours: "20" }],
  ["updateFoiRequest", updateFoiRequestSchema, { ref: "FOI-2026-00001", status: "responded", respondedOn: "2026-03-20" }],
  ["publishTable", publishTableSchema, { query: "rows=year&from=2018&to=2021", title: "Subjects by year", foiRef: "FOI-2026-00001" }],
  [
    "submitReport",
    submitReportSchema,
    {
      description: "A racist meme in the team chat",
      platform: "whatsapp",
      groupName: "Shift B",
      seenOn: "2026-02-01",
      peopleInvolved: "PC Smith",
      confidential: "on",
    },
  ],
  ["reportRef", reportRefSchema, { ref: "RPT-2026-00001" }],
  [
    "createUser",
    createUserSchema,
    { email: "new.person@demo.police.uk", name: "New Person", role: "investigator", team: "PSD Team 1", password: "correct horse battery staple" },
  ],
  ["userId", userIdSchema, { userId: "4" }],
  ["changeRole", changeRoleSchema, { userId: "4", role: "supervisor" }],
  ["setDisabled", setDisabledSchema, { userId: "4", disabled: "true" }],
  ["resetPassword", resetPasswordSchema, { userId: "4", password: "correct horse battery staple" }],
  ["credentials", credentialsSchema, { email: "someone@demo.police.uk", password: "anything at all" }],
];

/** Sign-in passwords are only compared with a hash, never stored. */
const neverStored = new Set(["password"]);

function checkRefusalOrStorable(schema: z.ZodType, input: unknown, onlyStrings: boolean) {
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    const stored = Object.entries(parsed.data as Record<string, unknown>).filter(([key]) => schema !== credentialsSchema || !neverStored.has(key));
    expect(problemsStoring(Object.fromEntries(stored))).toEqual([]);
    for (const [key, value] of Object.entries(parsed.data as Record<string, unknown>)) {
      if (typeof value === "number") expect(Math.abs(value), key).toBeLessThanOrEqual(INT4_MAX);
    }
    return;
  }
  expect(parsed.error.issues.length).toBeGreaterThan(0);
  for (const issue of parsed.error.issues) {
    expect(issue.message.trim().length).toBeGreaterThan(5);
    // Forms and URLs only ever send strings: for those, every message is the app's own.
    if (onlyStrings) expect(issue.message, JSON.stringify(issue.path)).not.toMatch(zodDefaultMessage);
  }
}

describe.each(formSchemas)("the %s schema under hostile input", (_name, schema, valid) => {
  it("accepts its valid example", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it("refuses with a clear message, or accepts only what can be stored as sent", () => {
    fc.assert(
      fc.property(spoiled(valid), (input) => checkRefusalOrStorable(schema, input, true)),
      { numRuns: RUNS },
    );
  });

  it("refuses values of the wrong type without throwing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid)), wrongType, (key, value) => {
        const result = schema.safeParse({ ...valid, [key]: value });
        if (result.success) expect(problemsStoring(result.data)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    for (const whole of [null, undefined, 42, "text", [], [valid]]) expect(schema.safeParse(whole).success).toBe(false);
  });
});

describe("NUL bytes and broken characters in free text", () => {
  it.each([
    ["rationale", recordFindingSchema, formSchemas[0]![2]],
    ["description", submitReportSchema, formSchemas[6]![2]],
    ["subject", createFoiRequestSchema, formSchemas[3]![2]],
    ["name", createUserSchema, formSchemas[8]![2]],
  ] as const)("are refused in %s with a message saying what to fix", (field, schema, valid) => {
    const withNul = schema.safeParse({ ...valid, [field]: `${valid[field as keyof typeof valid]}\u0000` });
    expect(withNul.success).toBe(false);
    expect(withNul.error!.issues.map((i) => i.message)).toContain("Remove the control characters (such as NUL) from the text: they cannot be stored");
    const broken = schema.safeParse({ ...valid, [field]: `${valid[field as keyof typeof valid]}\uD83D` });
    expect(broken.success).toBe(false);
    expect(broken.error!.issues[0]!.message).toMatch(/broken character/);
  });

  it("keeps emoji, accents and right-to-left text, which are not broken", () => {
    const rationale = "Le policier a publié 👩‍👩‍👧‍👦 et مرحبا on the group";
    expect(recordFindingSchema.parse({ ...formSchemas[0]![2], rationale }).rationale).toBe(rationale);
  });
});

describe("dates that look right but do not exist", () => {
  it.each(["2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "2026-00-10"])("%s is refused, never sent to the database", (date) => {
    const result = recordFindingSchema.safeParse({ ...formSchemas[0]![2], findingOn: date });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/^Give the date of the decision/);
  });
});

/** URL-parameter parsers: any query string gives either a storable choice or the bad parameter and a message. */
const urlParsers: [string, (params: URLSearchParams) => { ok: boolean; message?: string; parameter?: string; data?: unknown }, string[]][] = [
  [
    "statistics API",
    (p) => parseStatsParams(p),
    ["dimension", "from", "to", "format", "asAt", "suppress", "totals", "reason", "platform", "rank_group", "device"],
  ],
  ["dashboard filter", (p) => parseDashboardFilter(p), ["from", "to", "platform", "rank_group", "device", "ei"]],
  [
    "statistics builder",
    (p) => parseBuilder(Object.fromEntries(p)),
    ["rows", "cols", "from", "to", "asAt", "k", "control", "reason", "platform", "rank_group", "device"],
  ],
  [
    "case list",
    (p) => {
      const result = caseListQuerySchema.safeParse(Object.fromEntries(p));
      return result.success ? { ok: true, data: result.data } : { ok: false, message: result.error.issues[0]!.message };
    },
    ["q", "status", "platform", "device", "rankGroup", "year", "mine", "overdue", "sort", "dir", "after", "before", "size"],
  ],
];

/** A cursor as a person could forge it: any JSON at all, base64url-encoded as the real ones are. */
const forgedCursor = fc
  .oneof(
    fc.tuple(
      fc.oneof(hostileString, fc.constantFrom("abc", "2026-02-30", "PSD-2026-0001", "2026-01-01", "9999-99-99")),
      fc.oneof(fc.integer(), fc.double(), fc.constantFrom(5, 2 ** 31, 2 ** 53, -1, 0)),
    ),
    fc.jsonValue(),
  )
  .map((value) => Buffer.from(JSON.stringify(value) ?? "null", "utf8").toString("base64url"));

describe("encoded URL parameters (issue 13, item 9: a forged keyset cursor gave a 500 with a database error)", () => {
  it.each(["recorded", "due", "ref"])("a forged cursor under sort=%s is refused, or is a value the database can compare", (sort) => {
    fc.assert(
      fc.property(forgedCursor, fc.constantFrom("after", "before"), (cursor, edge) => {
        const result = caseListQuerySchema.safeParse({ sort, [edge]: cursor });
        if (!result.success) {
          expect(result.error.issues[0]!.message).toBe("That page link is broken. Start again from the first page.");
          return;
        }
        const parsed = result.data[edge as "after" | "before"]!;
        expect(parsed.id).toBeLessThanOrEqual(2_147_483_647);
        if (sort === "ref") expect(parsed.key).toMatch(/^PSD-\d{4}-\d{4,6}$/);
        else expect(new Date(`${parsed.key}T00:00:00Z`).toISOString().slice(0, 10)).toBe(parsed.key);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses the cursor seen in the attack, base64 of ["abc",5], and one whose key is of the other sort', () => {
    const attack = Buffer.from(JSON.stringify(["abc", 5])).toString("base64");
    expect(caseListQuerySchema.safeParse({ after: attack }).success).toBe(false);
    expect(caseListQuerySchema.safeParse({ sort: "ref", after: encodeCursor("2026-01-01", 5) }).success).toBe(false);
    expect(caseListQuerySchema.safeParse({ sort: "due", before: encodeCursor("PSD-2026-0001", 5) }).success).toBe(false);
    expect(caseListQuerySchema.safeParse({ sort: "ref", after: encodeCursor("PSD-2026-0001", 5) }).success).toBe(true);
    expect(caseListQuerySchema.safeParse({ after: encodeCursor("2026-01-01", 2 ** 31) }).success).toBe(false);
  });
});

describe.each(urlParsers)("the %s parameters under hostile input", (_name, parse, keys) => {
  it("answer with the bad parameter and a message, or a storable choice", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, "other"), hostileString, { maxKeys: 5 }), (raw) => {
        const result = parse(new URLSearchParams(raw));
        if (result.ok) {
          expect(problemsStoring(result.data)).toEqual([]);
        } else {
          expect(result.message!.length).toBeGreaterThan(5);
          expect(result.message).not.toMatch(zodDefaultMessage);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

it("hostileString really produces NUL, lone surrogates and huge strings (the generator is not toothless)", () => {
  const sample = fc.sample(hostileString, { numRuns: 3000, seed: 42 });
  expect(sample.some((s) => s.includes("\u0000"))).toBe(true);
  expect(sample.some((s) => !s.isWellFormed())).toBe(true);
  expect(sample.some((s) => s.length > 50_000)).toBe(true);
  expect(sample.some((s) => /drop table/.test(s))).toBe(true);
});
