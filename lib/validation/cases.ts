import { z } from "zod";
import { rowId, storable } from "./text";
import { todayIso } from "@/lib/dates";
import { channels, contentTypes, devices, matterTypes, platforms, ranks, sources } from "@/lib/vocabulary";
import { caseRefField, isoDateField } from "./form-values";

export const MAX_SUBJECTS = 50;

const notInFuture = (date: string) => date <= todayIso();

/** One subject officer on a new case: someone already known by id, or a new person. */
export const intakeSubjectSchema = z
  .object({
    personId: rowId("Choose the officer again from the search").optional(),
    serviceNumber: z.string().trim().toUpperCase().max(20, "Use at most 20 characters").optional().default(""),
    name: storable(z.string().trim().max(200, "Use at most 200 characters")).optional().default(""),
    rank: z.enum(ranks.keys, { message: "Choose the officer's rank at the time" }),
    allegation: storable(z.string().trim().max(5000, "Use at most 5,000 characters")).optional().default(""),
  })
  .superRefine((subject, ctx) => {
    if (subject.personId) return;
    if (!/^[A-Z0-9]{3,20}$/.test(subject.serviceNumber)) {
      ctx.addIssue({ code: "custom", path: ["serviceNumber"], message: "Give the service number: 3 to 20 letters and digits, like 210456" });
    }
    if (subject.name.length < 2) ctx.addIssue({ code: "custom", path: ["name"], message: "Give the officer's full name" });
  });

/** A group chat has a number of members; nothing else does. For the intake and for corrections. */
function checkGroupSize(facts: { channel: string; groupSize?: number | null }, ctx: z.RefinementCtx) {
  const given = facts.groupSize !== undefined && facts.groupSize !== null;
  if (facts.channel === "group_chat" && !given) {
    ctx.addIssue({ code: "custom", path: ["groupSize"], message: "Give the number of members of the group chat" });
  }
  if (facts.channel !== "group_chat" && given) {
    ctx.addIssue({ code: "custom", path: ["groupSize"], message: "Only a group chat has members: clear this or choose group chat" });
  }
}

export const caseIntakeSchema = z
  .object({
    summary: storable(z.string().trim().min(10, "Describe what happened in at least 10 characters").max(2000, "Use at most 2,000 characters")),
    source: z.enum(sources.keys, { message: "Choose how it came to notice" }),
    platform: z.enum(platforms.keys, { message: "Choose the platform" }),
    channel: z.enum(channels.keys, { message: "Choose the channel" }),
    groupSize: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce
        .number({ message: "Give the number of members as a whole number" })
        .int("Give the number of members as a whole number")
        .min(2, "A group chat has at least 2 members")
        .max(100_000, "Give at most 100,000 members")
        .optional(),
    ),
    contentType: z.enum(contentTypes.keys, { message: "Choose the type of content" }),
    matterType: z.enum(matterTypes.keys, { message: "Choose the type of matter" }),
    device: z.enum(devices.keys, { message: "Choose the device used" }),
    incidentOn: z.preprocess(
      (value) => (value === "" ? undefined : value),
      isoDateField("Give the date of the incident as a real date, or leave it blank if not known")
        .refine(notInFuture, "The incident cannot be in the future")
        .optional(),
    ),
    recordedOn: isoDateField("Give the date the allegation was recorded").refine(notInFuture, "The recording date cannot be in the future"),
    subjects: z
      .array(intakeSubjectSchema)
      .min(1, "Add at least one subject officer")
      .max(MAX_SUBJECTS, `Add at most ${MAX_SUBJECTS} subject officers to one case; link further cases instead`),
  })
  .superRefine((intake, ctx) => {
    checkGroupSize(intake, ctx);
    if (intake.incidentOn && intake.incidentOn > intake.recordedOn) {
      ctx.addIssue({ code: "custom", path: ["incidentOn"], message: "The incident cannot be after the allegation was recorded" });
    }
    const seen = new Map<string, number>();
    intake.subjects.forEach((subject, index) => {
      const key = subject.personId ? `id:${subject.personId}` : `sn:${subject.serviceNumber}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["subjects", index, subject.personId ? "personId" : "serviceNumber"],
          message: `This officer is already subject ${first + 1} on this case`,
        });
      } else seen.set(key, index);
    });
  });

export type CaseIntake = z.output<typeof caseIntakeSchema>;

/** The server action's form: the subjects come as one JSON field built by the form. */
export const caseIntakeFormSchema = z.preprocess((form) => {
  if (typeof form !== "object" || form === null) return form;
  const raw = (form as Record<string, unknown>).subjects;
  if (typeof raw !== "string") return form;
  try {
    return { ...form, subjects: JSON.parse(raw) };
  } catch {
    return { ...form, subjects: undefined };
  }
}, caseIntakeSchema);

export const peopleSearchSchema = z.object({
  q: storable(z.string().trim().min(2, "Type at least 2 characters of a name or service number").max(100, "Use at most 100 characters")),
});

/** A correction to what a case records about what happened (issue 17, item 1), version-checked. */
export const editCaseDetailsSchema = z
  .object({
    ref: caseRefField,
    version: rowId("Reload the case: the form is missing its version"),
    summary: caseIntakeSchema.shape.summary,
    platform: caseIntakeSchema.shape.platform,
    channel: caseIntakeSchema.shape.channel,
    groupSize: caseIntakeSchema.shape.groupSize,
    contentType: caseIntakeSchema.shape.contentType,
    device: caseIntakeSchema.shape.device,
    incidentOn: caseIntakeSchema.shape.incidentOn,
  })
  .superRefine(checkGroupSize);
export type EditCaseDetailsInput = z.output<typeof editCaseDetailsSchema>;

/** A subject officer added after intake: by service number and name, as at intake. */
export const addSubjectSchema = z.object({ ref: caseRefField, version: rowId("Reload the case: the form is missing its version") }).and(intakeSubjectSchema);
export type AddSubjectInput = z.output<typeof addSubjectSchema>;

/** A subject taken off a case as added in error, with the reason. */
export const removeSubjectSchema = z.object({
  ref: caseRefField,
  subjectId: rowId("Reload the case: the subject is missing from the form"),
  version: rowId("Reload the case: the form is missing its version"),
  reason: storable(z.string().trim().min(10, "Give the reason for removing the officer (at least 10 characters)").max(5000, "Use at most 5,000 characters")),
});
export type RemoveSubjectInput = z.output<typeof removeSubjectSchema>;
