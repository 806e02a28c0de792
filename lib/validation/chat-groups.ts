import { z } from "zod";
import { bystanderDecisions, groupParts } from "@/lib/vocabulary";
import { caseRefField } from "./form-values";
import { isoDate, rowId, storable } from "./text";

/** More members than any group a force has seen (WhatsApp allows 1,024): a bigger form is not a group's. */
export const MAX_GROUP_MEMBERS = 1024;

/**
 * Who a member of the chat is: a person on record (by id, from the suggestions, or by
 * service number), someone outside the force, or not identified (yet).
 */
export type MemberMatch =
  | { kind: "person"; personId: number }
  | { kind: "service_number"; serviceNumber: string }
  | { kind: "outside"; description: string }
  | { kind: "unknown" };

const SERVICE_NUMBER = /^[A-Z0-9]{2,20}$/;

/** The answer fields of one member, as the forms send them, checked into a MemberMatch beside the other fields of `shape`. */
function withMatch<S extends z.ZodRawShape>(shape: S) {
  return z
    .object({
      ...shape,
      match: z.string({ message: "Choose who this member is" }),
      serviceNumber: z.string().trim().toUpperCase().optional(),
      outside: z.string().trim().optional(),
    })
    .transform((fields, ctx): z.output<z.ZodObject<S>> & { match: MemberMatch } => {
      const { match: answer, serviceNumber, outside, ...rest } = fields as { match: string; serviceNumber?: string; outside?: string };
      const match = readMatch({ answer, serviceNumber, outside }, ctx);
      return match === null ? z.NEVER : { ...(rest as z.output<z.ZodObject<S>>), match };
    });
}

function readMatch(fields: { answer: string; serviceNumber?: string; outside?: string }, ctx: z.RefinementCtx): MemberMatch | null {
  const person = /^person:(\d{1,10})$/.exec(fields.answer);
  if (person && Number(person[1]) > 0 && Number(person[1]) <= 2_147_483_647) return { kind: "person", personId: Number(person[1]) };
  if (fields.answer === "service_number") {
    if (!fields.serviceNumber || !SERVICE_NUMBER.test(fields.serviceNumber)) {
      ctx.addIssue({ code: "custom", path: ["serviceNumber"], message: "Give the service number of the person on record (letters and digits)" });
      return null;
    }
    return { kind: "service_number", serviceNumber: fields.serviceNumber };
  }
  if (fields.answer === "outside") {
    const description = fields.outside ?? "";
    const problem =
      description.length < 2 || description.length > 500
        ? "Say who they are, in 2 to 500 characters (for example “partner of a member”)"
        : storableMessage(description);
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["outside"], message: problem });
      return null;
    }
    return { kind: "outside", description };
  }
  if (fields.answer === "unknown") return { kind: "unknown" };
  ctx.addIssue({ code: "custom", path: ["match"], message: "Choose who this member is" });
  return null;
}

const storableCheck = storable(z.string());
function storableMessage(value: string): string | null {
  const checked = storableCheck.safeParse(value);
  return checked.success ? null : checked.error.issues[0]!.message;
}

const memberName = storable(z.string().min(1, "Read the export again: a member's name is missing").max(200, "Read the export again"));

/**
 * The form's flat fields (`members.3.match`) as a list: the error paths then name the
 * fields themselves, so that the error summary links to them.
 */
function collectMembers(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const fields = raw as Record<string, unknown>;
  const members: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const found = /^members\.(\d{1,4})\.(name|match|serviceNumber|outside)$/.exec(key);
    if (!found || Number(found[1]) >= MAX_GROUP_MEMBERS) continue;
    const index = Number(found[1]);
    while (members.length <= index) members.push({});
    members[index]![found[2]!] = value;
  }
  return { ...fields, members };
}

const optionalDate = (message: string) =>
  z
    .union([z.literal(""), isoDate(message)])
    .optional()
    .transform((value) => value || null);

/** Creating a group from an export kept in a case's evidence register, with every member answered for. */
export const createChatGroupSchema = z.preprocess(
  collectMembers,
  z.object({
    caseRef: caseRefField,
    evidenceId: rowId("Read the export again: the form does not say which file it is"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "Read the export again: the form does not say which file it is"),
    name: storable(z.string().trim().min(1, "Give the group's name as the chat shows it").max(200, "Use at most 200 characters")),
    createdOn: optionalDate("Give the date the group was created as a date, or leave it empty"),
    members: z
      .array(withMatch({ name: memberName }))
      .min(1, "The export names no members: there is no group to create")
      .max(MAX_GROUP_MEMBERS, `A group has at most ${MAX_GROUP_MEMBERS} members`),
  }),
);
export type CreateChatGroupInput = z.output<typeof createChatGroupSchema>;

const memberTarget = {
  groupId: rowId("Reload the group: the form does not say which group it is"),
  memberId: rowId("Reload the group: the form does not say which member it is"),
  version: rowId("Reload the group: the form is missing the member's version"),
};

/**
 * A member's part, as the investigator reads the evidence, or none yet. When and to whom
 * the member reported belong to "reported" only, and go when another part is chosen (the
 * audit trail keeps what they were).
 */
export const setMemberPartSchema = z
  .object({
    ...memberTarget,
    part: z.enum(["", ...groupParts.keys], { message: "Choose the member's part" }).transform((part) => (part === "" ? null : part)),
    reportedOn: optionalDate("Give the date they reported it"),
    reportedTo: z.string().trim().max(200, "Use at most 200 characters").optional().default(""),
    note: storable(z.string().trim().max(1000, "Use at most 1,000 characters")).optional().default(""),
  })
  .superRefine((input, ctx) => {
    if (input.part !== "reported") return;
    if (input.reportedOn === null) ctx.addIssue({ code: "custom", path: ["reportedOn"], message: "Give the date they reported it outside the group" });
    if (input.reportedTo === "")
      ctx.addIssue({ code: "custom", path: ["reportedTo"], message: "Say to whom they reported it (for example “PSD” or their sergeant)" });
    else if (storableMessage(input.reportedTo)) ctx.addIssue({ code: "custom", path: ["reportedTo"], message: storableMessage(input.reportedTo)! });
  })
  .transform(({ reportedOn, reportedTo, note, ...rest }) => ({
    ...rest,
    reportedOn: rest.part === "reported" ? reportedOn : null,
    reportedTo: rest.part === "reported" ? reportedTo : null,
    note: note === "" ? null : note,
  }));
export type SetMemberPartInput = z.output<typeof setMemberPartSchema>;

/** Who a member is, answered again on the group's page. */
export const setMemberPersonSchema = withMatch(memberTarget);
export type SetMemberPersonInput = z.output<typeof setMemberPersonSchema>;

/** The bystander decision on one member of a group linked to the case (issue 18). */
export const bystanderDecisionSchema = z.object({
  ref: caseRefField,
  memberId: rowId("Reload the case: the member is missing from the form"),
  version: rowId("Reload the case: the form is missing its version"),
  decision: z.enum(bystanderDecisions.keys, { message: "Choose: add as a subject, or no action" }),
  reason: storable(z.string().trim().min(10, "Give the reason for the decision (at least 10 characters)").max(5000, "Use at most 5,000 characters")),
});
export type BystanderDecisionInput = z.output<typeof bystanderDecisionSchema>;

/** A group linked to a further case, by that case's reference as a person types it. */
export const linkGroupToCaseSchema = z.object({
  groupId: rowId("Reload the page: the group is missing from the form"),
  caseRef: z.string().trim().toUpperCase().pipe(caseRefField),
});

/**
 * When a message was sent, as the export's clock gives it (no zone): a browser's
 * date-and-time field, with or without seconds, kept with seconds.
 */
const messageTime = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Give the message's date and time, like 02/03/2021 21:15, or leave it blank")
    .transform((value) => (value.length === 16 ? `${value}:00` : value))
    .refine((value) => !Number.isNaN(Date.parse(`${value}Z`)) && new Date(`${value}Z`).toISOString().startsWith(value), "Give a real date and time")
    .nullable(),
);

/** An evidence item linked to a message of the group and its author (issue 18, item 2). */
export const linkEvidenceToMessageSchema = z.object({
  groupId: rowId("Reload the page: the group is missing from the form"),
  evidenceId: rowId("Choose the file that shows the message"),
  memberId: rowId("Choose who wrote the message"),
  messageAt: messageTime,
  note: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    storable(z.string().trim().max(500, "Use at most 500 characters")).nullable(),
  ),
});
