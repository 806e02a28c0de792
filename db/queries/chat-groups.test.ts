import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { publishedFigures } from "@/db/seed/published-figures";
import { createChatGroupSchema, setMemberPartSchema, type CreateChatGroupInput } from "@/lib/validation/chat-groups";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount, demoAccounts } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, cases, chatGroupCases, chatGroupMembers, people, subjects } from "../schema";
import { aboutCase } from "./audit";
import {
  createChatGroupFromExport,
  getChatGroup,
  linkGroupToCase,
  listCaseChatGroups,
  readExportForCase,
  setMemberPart,
  setMemberPerson,
  viewChatGroup,
} from "./chat-groups";
import { readFiguresVersion } from "./disclosure";
import { addEvidence } from "./evidence";
import { linkEvidenceToMessage, listGroupEvidence } from "./evidence-chat-links";
import { countSubjects } from "./stats";

const encoder = new TextEncoder();

/** An export in which two of the case's subject officers write, one is silent and two outsiders are named; other names are invented. */
function exportText(first: string, second: string, silent: string) {
  return [
    '01/03/2021, 20:00 - Gwen Ashdown created group "Late turn"',
    `01/03/2021, 20:01 - Gwen Ashdown added ${first}, ${second} and ${silent}`,
    "01/03/2021, 20:02 - Gwen Ashdown added Tomasz Pilecki",
    `02/03/2021, 21:15 - ${first}: <Media omitted>`,
    `02/03/2021, 21:16 - ${second}: 😂😂`,
    "02/03/2021, 21:17 - Tomasz Pilecki: not funny, take it down",
    `03/03/2021, 08:00 - ${first}: another one`,
    "04/03/2021, 09:00 - Tomasz Pilecki left",
  ].join("\n");
}

describe.each(databaseKinds)("chat groups on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  /** A team-one case with at least three subject officers, and its subjects' people. */
  async function teamOneCase(db: Database) {
    const rows = await db
      .select({ ref: cases.ref, personId: people.id, name: people.name, serviceNumber: people.serviceNumber })
      .from(cases)
      .innerJoin(subjects, eq(subjects.caseId, cases.id))
      .innerJoin(people, eq(people.id, subjects.personId))
      .where(and(eq(cases.team, "PSD Team 1"), eq(cases.restricted, false)))
      .orderBy(asc(cases.id), asc(people.id));
    const byCase = new Map<string, typeof rows>();
    for (const row of rows) byCase.set(row.ref, [...(byCase.get(row.ref) ?? []), row]);
    const [ref, officers] = [...byCase.entries()].find(([, list]) => list.length >= 3)!;
    return { ref, officers };
  }

  async function uploadExport(db: Database, email: string, ref: string, text: string) {
    const investigator = await demoAccount(db, email);
    const item = await addEvidence(db, investigator, ref, {
      fileName: "WhatsApp Chat with Late turn.txt",
      mediaType: "text/plain; charset=utf-8",
      description: "Export of the group",
      content: encoder.encode(text),
    });
    return { investigator, item: item! };
  }

  /** A Team 1 case with three officers, and the investigator's upload of a group export naming them. */
  async function exportOnTeamOneCase(db: Database) {
    const { ref, officers } = await teamOneCase(db);
    const [a, b, c] = officers;
    return { ref, officers, ...(await uploadExport(db, "investigator@demo.police.uk", ref, exportText(a!.name, b!.name, c!.name))) };
  }

  /** The form that makes a group from the export, as the investigator sends it: each member matched by `match`, unknown unless said. */
  async function groupForm(db: Database, upload: Awaited<ReturnType<typeof uploadExport>>, ref: string, match: (name: string) => string = () => "unknown") {
    const { investigator, item } = upload;
    const reading = (await readExportForCase(db, investigator, ref, item.id))!;
    const fields: Record<string, string> = { caseRef: ref, evidenceId: String(item.id), sha256: item.sha256, name: "Late turn" };
    reading.members.forEach((m, i) => {
      fields[`members.${i}.name`] = m.name;
      fields[`members.${i}.match`] = match(m.name);
    });
    return fields;
  }

  it("reads an export into members with suggested people, and makes the group, its members and its link in one audited step", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, officers } = await teamOneCase(tx);
      const [a, b, c] = officers;
      const { investigator, item } = await uploadExport(tx, "investigator@demo.police.uk", ref, exportText(a!.name, b!.name, c!.name));

      const reading = await readExportForCase(tx, investigator, ref, item.id);
      expect(reading).toMatchObject({ caseRef: ref, messages: 4, suggestedName: "Late turn", createdOn: "2021-03-01", existingGroupId: null });
      expect(reading!.file).toEqual({ id: item.id, fileName: item.fileName, sizeBytes: item.sizeBytes, sha256: item.sha256 });
      expect(reading!.members.map((m) => [m.name, m.messages, m.joinedOn, m.leftOn, m.addedBy])).toEqual([
        [a!.name, 2, "2021-03-01", null, "Gwen Ashdown"],
        [b!.name, 1, "2021-03-01", null, "Gwen Ashdown"],
        ["Tomasz Pilecki", 1, "2021-03-01", "2021-03-04", "Gwen Ashdown"],
        ["Gwen Ashdown", 0, "2021-03-01", null, null],
        [c!.name, 0, "2021-03-01", null, "Gwen Ashdown"],
      ]);
      // A subject officer's own name is the first suggestion, whatever the size of the force.
      expect(reading!.members[0]!.suggestions[0]).toMatchObject({ id: a!.personId, score: 100, reason: "Same name" });
      expect(reading!.members[4]!.suggestions[0]).toMatchObject({ id: c!.personId, score: 100 });

      const input: CreateChatGroupInput = createChatGroupSchema.parse({
        caseRef: ref,
        evidenceId: String(item.id),
        sha256: item.sha256,
        name: "Late turn",
        createdOn: "2021-03-01",
        "members.0.name": a!.name,
        "members.0.match": `person:${a!.personId}`,
        "members.1.name": b!.name,
        "members.1.match": "service_number",
        "members.1.serviceNumber": b!.serviceNumber.toLowerCase(),
        "members.2.name": "Tomasz Pilecki",
        "members.2.match": "outside",
        "members.2.outside": "Civilian friend of a member",
        "members.3.name": "Gwen Ashdown",
        "members.3.match": "unknown",
        "members.4.name": c!.name,
        "members.4.match": `person:${c!.personId}`,
      });
      const versionBefore = await readFiguresVersion(tx);
      const { id } = await createChatGroupFromExport(tx, investigator, input);
      expect(await readFiguresVersion(tx)).not.toBe(versionBefore);

      const group = await getChatGroup(tx, investigator, id);
      expect(group).toMatchObject({
        name: "Late turn",
        platform: "whatsapp",
        createdOn: "2021-03-01",
        exportEvidenceId: item.id,
        exportFileName: item.fileName,
        exportSha256: item.sha256,
        exportSizeBytes: item.sizeBytes,
        unseenCases: 0,
      });
      expect(group!.cases.map((x) => x.ref)).toEqual([ref]);
      const byName = new Map(group!.members.map((m) => [m.displayName, m]));
      expect(byName.get(a!.name)).toMatchObject({ personId: a!.personId, messageCount: 2, part: null, firstMessageAt: "2021-03-02 21:15:00" });
      expect(byName.get(b!.name)).toMatchObject({ personId: b!.personId, serviceNumber: b!.serviceNumber });
      expect(byName.get("Tomasz Pilecki")).toMatchObject({
        personId: null,
        outsideForce: true,
        outsideDescription: "Civilian friend of a member",
        leftOn: "2021-03-04",
      });
      expect(byName.get("Gwen Ashdown")).toMatchObject({ personId: null, outsideForce: false, messageCount: 0, firstMessageAt: null });

      expect(await listCaseChatGroups(tx, investigator, ref)).toEqual([
        { id, name: "Late turn", platform: "whatsapp", createdOn: "2021-03-01", exportFileName: item.fileName, members: 5, parts: { none: 5 } },
      ]);
      // The same file makes one group only.
      await expect(createChatGroupFromExport(tx, investigator, input)).rejects.toThrow(/already made from/);
      expect((await readExportForCase(tx, investigator, ref, item.id))!.existingGroupId).toBe(id);

      const trail = await tx
        .select({ action: auditEvents.action, detail: auditEvents.detail })
        .from(auditEvents)
        .where(aboutCase(ref, inArray(auditEvents.action, ["chat_export.read", "chat_group.created"])))
        .orderBy(asc(auditEvents.id));
      expect(trail.map((t) => t.action)).toEqual(["chat_export.read", "chat_group.created", "chat_export.read"]);
      expect(trail[1]!.detail).toMatchObject({ groupId: id, members: 5, onRecord: 3, outsideForce: 1, sha256: item.sha256 });
    });
  });

  it("refuses a form that is not for the file, a person matched twice, and a service number nobody has, storing nothing", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, officers, ...upload } = await exportOnTeamOneCase(tx);
      const [a] = officers;
      const { investigator } = upload;
      const fields = { ...(await groupForm(tx, upload, ref)), createdOn: "" };
      const create = (changes: Record<string, string>) => createChatGroupFromExport(tx, investigator, createChatGroupSchema.parse({ ...fields, ...changes }));

      await expect(create({ sha256: "0".repeat(64) })).rejects.toThrow(/another file/);
      await expect(create({ "members.1.name": "Someone else" })).rejects.toThrow(/not the export's/);
      await expect(create({ "members.0.match": `person:${a!.personId}`, "members.1.match": `person:${a!.personId}` })).rejects.toThrow(
        new RegExp(`both matched to ${a!.name}`),
      );
      await expect(create({ "members.3.match": "service_number", "members.3.serviceNumber": "ZZ000000" })).rejects.toThrow(
        /Nobody on record has service number ZZ000000/,
      );
      expect(await listCaseChatGroups(tx, investigator, ref)).toEqual([]);
    });
  });

  it("lets only those who may see a linked case read or change a group, and audits every read and refusal", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, ...upload } = await exportOnTeamOneCase(tx);
      const { investigator, item } = upload;
      const { investigator2: otherTeam, supervisor, admin, senior } = await demoAccounts(tx, "investigator2", "supervisor", "admin", "senior");

      expect(await readExportForCase(tx, otherTeam, ref, item.id)).toBeNull();
      const input = createChatGroupSchema.parse(await groupForm(tx, upload, ref));
      await expect(createChatGroupFromExport(tx, otherTeam, input)).rejects.toThrow(/not yours to see/);
      const { id } = await createChatGroupFromExport(tx, investigator, input);

      for (const outsider of [otherTeam, admin, senior]) {
        expect(await viewChatGroup(tx, outsider, id)).toBeNull();
        expect(await listCaseChatGroups(tx, outsider, ref)).toBeNull();
      }
      expect(await viewChatGroup(tx, supervisor, id)).not.toBeNull();
      const member = (await getChatGroup(tx, investigator, id))!.members[0]!;
      const change = setMemberPartSchema.parse({ groupId: String(id), memberId: String(member.id), version: String(member.version), part: "silent" });
      await expect(setMemberPart(tx, otherTeam, change)).rejects.toThrow(/not on a case you can see/);

      // A second case of another team behind the same group is counted for the investigator, never named.
      const [teamTwo] = await tx
        .select({ id: cases.id, ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.team, "PSD Team 2"), eq(cases.restricted, false)))
        .limit(1);
      await tx.insert(chatGroupCases).values({ groupId: id, caseId: teamTwo!.id, linkedBy: supervisor.id });
      const seen = (await getChatGroup(tx, investigator, id))!;
      expect(seen.cases.map((x) => x.ref)).toEqual([ref]);
      expect(seen.unseenCases).toBe(1);
      expect((await getChatGroup(tx, otherTeam, id))!.cases.map((x) => x.ref)).toEqual([teamTwo!.ref]);
      // Restricting the case closes the group to everyone without a grant, supervisors included.
      await tx.delete(chatGroupCases).where(eq(chatGroupCases.caseId, teamTwo!.id));
      await tx.update(cases).set({ restricted: true }).where(eq(cases.ref, ref));
      expect(await getChatGroup(tx, investigator, id)).toBeNull();
      expect(await getChatGroup(tx, supervisor, id)).toBeNull();
      await expect(setMemberPart(tx, investigator, change)).rejects.toThrow(/not on a case you can see/);
      await tx.update(cases).set({ restricted: false }).where(eq(cases.ref, ref));

      const views = await tx
        .select({ action: auditEvents.action, actorId: auditEvents.actorId, entityType: auditEvents.entityType, entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(inArray(auditEvents.action, ["chat_group.viewed", "chat_group.view_refused", "chat_export.read_refused"]))
        .orderBy(asc(auditEvents.id));
      expect(views).toEqual([
        { action: "chat_export.read_refused", actorId: otherTeam.id, entityType: "case", entityId: ref },
        ...[otherTeam, admin, senior].map((u) => ({ action: "chat_group.view_refused", actorId: u.id, entityType: "chat_group", entityId: String(id) })),
        { action: "chat_group.viewed", actorId: supervisor.id, entityType: "case", entityId: ref },
      ]);
    });
  });

  it("links a group to a further case the investigator may see, audited on both; never to a case they may not see, nor twice", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, ...upload } = await exportOnTeamOneCase(tx);
      const { investigator } = upload;
      const { investigator2: otherTeam } = await demoAccounts(tx, "investigator2");
      const { id } = await createChatGroupFromExport(tx, investigator, createChatGroupSchema.parse(await groupForm(tx, upload, ref)));
      const [second] = await tx
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.team, "PSD Team 1"), eq(cases.restricted, false), ne(cases.ref, ref)))
        .limit(1);
      const [teamTwo] = await tx
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.team, "PSD Team 2"), eq(cases.restricted, false)))
        .limit(1);

      await expect(linkGroupToCase(tx, investigator, { groupId: id, caseRef: teamTwo!.ref })).rejects.toThrow(
        `There is no case ${teamTwo!.ref} that you can see.`,
      );
      await expect(linkGroupToCase(tx, otherTeam, { groupId: id, caseRef: teamTwo!.ref })).rejects.toThrow("That group is not on a case you can see.");
      await expect(linkGroupToCase(tx, investigator, { groupId: id, caseRef: ref })).rejects.toThrow(`is already linked to ${ref}`);
      expect(await linkGroupToCase(tx, investigator, { groupId: id, caseRef: second!.ref })).toEqual({ name: "Late turn", ref: second!.ref });

      expect((await getChatGroup(tx, investigator, id))!.cases.map((c) => c.ref)).toEqual([ref, second!.ref].sort());
      expect((await listCaseChatGroups(tx, investigator, second!.ref))!.map((g) => g.id)).toEqual([id]);
      const trail = await tx
        .select({ action: auditEvents.action, entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(inArray(auditEvents.action, ["chat_group.linked", "chat_group.linked_elsewhere"]))
        .orderBy(asc(auditEvents.id));
      expect(trail).toEqual([
        { action: "chat_group.linked", entityId: second!.ref },
        { action: "chat_group.linked_elsewhere", entityId: ref },
      ]);
    });
  });

  it("links an evidence item of the group's case to the message it shows and its author, audited; never a file of another case or someone outside the group", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, ...upload } = await exportOnTeamOneCase(tx);
      const { investigator } = upload;
      const { investigator2: otherTeam } = await demoAccounts(tx, "investigator2");
      const { id } = await createChatGroupFromExport(tx, investigator, createChatGroupSchema.parse(await groupForm(tx, upload, ref)));
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
      const shot = (await addEvidence(tx, investigator, ref, { fileName: "meme.png", mediaType: "image/png", description: null, content: png }))!;
      const [otherCase] = await tx
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.team, "PSD Team 1"), eq(cases.restricted, false), ne(cases.ref, ref)))
        .limit(1);
      const elsewhere = (await addEvidence(tx, investigator, otherCase!.ref, {
        fileName: "other.png",
        mediaType: "image/png",
        description: null,
        content: png,
      }))!;
      const group = (await getChatGroup(tx, investigator, id))!;
      const author = group.members.find((m) => m.messageCount > 0)!;
      const input = { groupId: id, evidenceId: shot.id, memberId: author.id, messageAt: "2021-03-02T21:15:00", note: "The meme as posted" };

      await expect(linkEvidenceToMessage(tx, otherTeam, input)).rejects.toThrow("That group is not on a case you can see.");
      await expect(linkEvidenceToMessage(tx, investigator, { ...input, evidenceId: elsewhere.id })).rejects.toThrow(
        "That file is not in the evidence of this group's cases",
      );
      const [outsider] = await tx.select({ id: chatGroupMembers.id }).from(chatGroupMembers).where(ne(chatGroupMembers.groupId, id)).limit(1);
      // The demo's group of 14 is another group.
      expect(outsider).toBeDefined();
      await expect(linkEvidenceToMessage(tx, investigator, { ...input, memberId: outsider!.id })).rejects.toThrow("That member is not in this group.");
      expect(await linkEvidenceToMessage(tx, investigator, input)).toEqual({ fileName: "meme.png", displayName: author.displayName });
      await linkEvidenceToMessage(tx, investigator, { ...input, messageAt: null, note: null });

      const shown = await listGroupEvidence(
        tx,
        id,
        group.cases.map((c) => c.id),
      );
      expect(shown.files.map((f) => f.fileName)).toEqual(expect.arrayContaining(["meme.png", "WhatsApp Chat with Late turn.txt"]));
      expect(shown.links.map((l) => [l.fileName, l.displayName, l.messageAt?.replace(" ", "T") ?? null, l.note])).toEqual([
        ["meme.png", author.displayName, "2021-03-02T21:15:00", "The meme as posted"],
        ["meme.png", author.displayName, null, null],
      ]);
      expect(await listGroupEvidence(tx, id, [])).toEqual({ files: [], links: [] });
      const trail = await tx.select({ entityId: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.action, "chat_group.evidence_linked"));
      expect(trail).toEqual([{ entityId: ref }, { entityId: ref }]);
    });
  });

  it("records parts one per member, with when and to whom for 'reported', refusing a stale change", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, officers, ...upload } = await exportOnTeamOneCase(tx);
      const [a] = officers;
      const { investigator } = upload;
      const { id } = await createChatGroupFromExport(tx, investigator, createChatGroupSchema.parse(await groupForm(tx, upload, ref)));
      const members = (await getChatGroup(tx, investigator, id))!.members;
      const tomasz = members.find((m) => m.displayName === "Tomasz Pilecki")!;

      const reported = setMemberPartSchema.safeParse({ groupId: String(id), memberId: String(tomasz.id), version: "1", part: "reported" });
      expect(reported.success).toBe(false);
      const first = await setMemberPart(
        tx,
        investigator,
        setMemberPartSchema.parse({
          groupId: String(id),
          memberId: String(tomasz.id),
          version: "1",
          part: "reported",
          reportedOn: "2021-03-05",
          reportedTo: "PSD",
        }),
      );
      expect(first.version).toBe(2);
      await expect(
        setMemberPart(tx, investigator, setMemberPartSchema.parse({ groupId: String(id), memberId: String(tomasz.id), version: "1", part: "silent" })),
      ).rejects.toThrow(/Someone else changed Tomasz Pilecki/);
      // Another part takes the reporting details away with it.
      await setMemberPart(
        tx,
        investigator,
        setMemberPartSchema.parse({
          groupId: String(id),
          memberId: String(tomasz.id),
          version: "2",
          part: "challenged",
          reportedOn: "2021-03-05",
          reportedTo: "PSD",
        }),
      );
      const [row] = await tx.select().from(chatGroupMembers).where(eq(chatGroupMembers.id, tomasz.id));
      expect(row).toMatchObject({ part: "challenged", reportedOn: null, reportedTo: null, version: 3 });
      // The database holds the rule whatever writes to it.
      await expect(
        tx.transaction(async (inner) => inner.update(chatGroupMembers).set({ part: "reported" }).where(eq(chatGroupMembers.id, tomasz.id))),
      ).rejects.toThrow();

      // Matching a second member to a person already in the group is refused.
      const [first0, second0] = members;
      await setMemberPerson(tx, investigator, {
        groupId: id,
        memberId: first0!.id,
        version: first0!.version,
        match: { kind: "person", personId: a!.personId },
      });
      await expect(
        setMemberPerson(tx, investigator, { groupId: id, memberId: second0!.id, version: second0!.version, match: { kind: "person", personId: a!.personId } }),
      ).rejects.toThrow(/already matched to/);

      const trail = await tx
        .select({ action: auditEvents.action, detail: auditEvents.detail })
        .from(auditEvents)
        .where(aboutCase(ref, inArray(auditEvents.action, ["chat_group.member_part_set", "chat_group.member_matched"])))
        .orderBy(asc(auditEvents.id));
      expect(trail.map((t) => [t.action, (t.detail as Record<string, unknown>).to ?? (t.detail as Record<string, unknown>).toPersonId])).toEqual([
        ["chat_group.member_part_set", "reported"],
        ["chat_group.member_part_set", "challenged"],
        ["chat_group.member_matched", a!.personId],
      ]);
      expect(trail[1]!.detail).toMatchObject({ from: "reported", fromReportedOn: "2021-03-05", fromReportedTo: "PSD" });
    });
  });

  it("counts subject officers by their part in a group of their case, without moving any published figure (dimension group_part)", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { ref, officers } = await teamOneCase(tx);
      const [a, b, c] = officers;
      const byPart = (result: Awaited<ReturnType<typeof countSubjects>>) =>
        Object.fromEntries(result.rows.map((r) => [(r as Record<string, unknown>).group_part, r.count]));
      const before = await countSubjects(tx, { dimensions: ["group_part"] });
      // The demo's group of 14: its nine subject officers wrote or endorsed the content; the other members are no subjects.
      expect(byPart(before)).toEqual({ author: 3, endorsed: 6, not_in_group: before.total - 9 });

      const upload = await uploadExport(tx, "investigator@demo.police.uk", ref, exportText(a!.name, b!.name, c!.name));
      const { investigator } = upload;
      const matches = new Map([
        [a!.name, a!],
        [b!.name, b!],
        [c!.name, c!],
      ]);
      const fields = await groupForm(tx, upload, ref, (name) => (matches.has(name) ? `person:${matches.get(name)!.personId}` : "unknown"));
      const { id } = await createChatGroupFromExport(tx, investigator, createChatGroupSchema.parse(fields));
      const members = (await getChatGroup(tx, investigator, id))!.members;
      const memberOf = (personId: number) => members.find((m) => m.personId === personId)!;
      for (const [person, part] of [
        [a!, "author"],
        [c!, "silent"],
      ] as const) {
        const m = memberOf(person.personId);
        await setMemberPart(tx, investigator, setMemberPartSchema.parse({ groupId: String(id), memberId: String(m.id), version: String(m.version), part }));
      }

      const after = await countSubjects(tx, { dimensions: ["group_part"] });
      expect(after.total).toBe(before.total);
      expect(byPart(after)).toEqual({ author: 4, endorsed: 6, silent: 1, part_not_recorded: 1, not_in_group: before.total - 12 });
      // Members of the group who are not subjects are not counted: the counting unit is the subject officer.
      const published = { from: publishedFigures.from, to: publishedFigures.to };
      for (const dimension of ["year", "rank_group", "finding"] as const) {
        const result = await countSubjects(tx, { dimensions: [dimension], ...published });
        expect(Object.fromEntries(result.rows.map((r) => [(r as Record<string, unknown>)[dimension], r.count])), dimension).toEqual(
          publishedFigures[dimension],
        );
      }
      const crossed = await countSubjects(tx, { dimensions: ["year", "group_part"], ...published, totals: true });
      expect(crossed.totals!.grand).toBe(publishedFigures.total);
    });
  });
});
