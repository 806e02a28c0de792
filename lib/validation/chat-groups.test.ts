import { describe, expect, it } from "vitest";
import { createChatGroupSchema, MAX_GROUP_MEMBERS, setMemberPartSchema, setMemberPersonSchema } from "./chat-groups";

const base = { caseRef: "PSD-2021-0042", evidenceId: "7", sha256: "a".repeat(64), name: "Late turn" };

const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("creating a group from an export", () => {
  it("reads each member's answer from the form's flat fields, in order", () => {
    const parsed = createChatGroupSchema.parse({
      ...base,
      createdOn: "",
      "members.1.name": "Dave S",
      "members.1.match": "service_number",
      "members.1.serviceNumber": " mp1234 ",
      "members.0.name": "Gwen",
      "members.0.match": "person:12",
      "members.2.name": "Tom",
      "members.2.match": "outside",
      "members.2.outside": "  Partner of a member ",
      "members.3.name": "+44 7700 900123",
      "members.3.match": "unknown",
    });
    expect(parsed.createdOn).toBeNull();
    expect(parsed.members).toEqual([
      { name: "Gwen", match: { kind: "person", personId: 12 } },
      { name: "Dave S", match: { kind: "service_number", serviceNumber: "MP1234" } },
      { name: "Tom", match: { kind: "outside", description: "Partner of a member" } },
      { name: "+44 7700 900123", match: { kind: "unknown" } },
    ]);
  });

  it("names the field of each unanswered or half-answered member, so the error summary links to it", () => {
    const result = createChatGroupSchema.safeParse({
      ...base,
      "members.0.name": "Gwen",
      "members.1.name": "Dave S",
      "members.1.match": "service_number",
      "members.2.name": "Tom",
      "members.2.match": "outside",
      "members.3.name": "Ann",
      "members.3.match": "person:0",
    });
    expect(problems(result)).toEqual({
      "members.0.match": "Choose who this member is",
      "members.1.serviceNumber": "Give the service number of the person on record (letters and digits)",
      "members.2.outside": "Say who they are, in 2 to 500 characters (for example “partner of a member”)",
      "members.3.match": "Choose who this member is",
    });
  });

  it("refuses a form with no members, an unreal creation date, a missing file and members past the limit", () => {
    expect(problems(createChatGroupSchema.safeParse({ ...base }))).toEqual({ members: "The export names no members: there is no group to create" });
    expect(problems(createChatGroupSchema.safeParse({ ...base, createdOn: "2021-02-30", "members.0.name": "A", "members.0.match": "unknown" }))).toEqual({
      createdOn: "Give the date the group was created as a date, or leave it empty: that is not a real date",
    });
    expect(createChatGroupSchema.safeParse({ ...base, sha256: "x", "members.0.name": "A", "members.0.match": "unknown" }).success).toBe(false);
    // Fields past the limit are not read at all: a form cannot make the server build a huge list.
    const beyond = createChatGroupSchema.safeParse({
      ...base,
      "members.0.name": "A",
      "members.0.match": "unknown",
      [`members.${MAX_GROUP_MEMBERS}.name`]: "B",
    });
    expect(beyond.success && beyond.data.members).toHaveLength(1);
  });
});

describe("a member's part", () => {
  const target = { groupId: "3", memberId: "9", version: "2" };

  it("needs when and to whom for 'reported', and drops them for any other part", () => {
    expect(problems(setMemberPartSchema.safeParse({ ...target, part: "reported" }))).toEqual({
      reportedOn: "Give the date they reported it outside the group",
      reportedTo: "Say to whom they reported it (for example “PSD” or their sergeant)",
    });
    expect(setMemberPartSchema.parse({ ...target, part: "reported", reportedOn: "2021-03-05", reportedTo: " PSD ", note: "" })).toEqual({
      groupId: 3,
      memberId: 9,
      version: 2,
      part: "reported",
      reportedOn: "2021-03-05",
      reportedTo: "PSD",
      note: null,
    });
    expect(setMemberPartSchema.parse({ ...target, part: "silent", reportedOn: "2021-03-05", reportedTo: "PSD" })).toMatchObject({
      part: "silent",
      reportedOn: null,
      reportedTo: null,
    });
  });

  it("takes no part as 'not yet recorded', and refuses a part outside the vocabulary", () => {
    expect(setMemberPartSchema.parse({ ...target, part: "" }).part).toBeNull();
    expect(problems(setMemberPartSchema.safeParse({ ...target, part: "bystander" }))).toEqual({ part: "Choose the member's part" });
  });

  it("re-matches a member by the same answers as the creation form", () => {
    expect(setMemberPersonSchema.parse({ ...target, match: "outside", outside: "A civilian" })).toEqual({
      groupId: 3,
      memberId: 9,
      version: 2,
      match: { kind: "outside", description: "A civilian" },
    });
  });
});
