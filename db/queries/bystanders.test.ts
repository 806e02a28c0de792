import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createChatGroupSchema, setMemberPartSchema } from "@/lib/validation/chat-groups";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { caseIntake, demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { auditEvents, cases, chatGroupMembers, people, subjects } from "../schema";
import { decideBystander, listBystanders } from "./bystanders";
import { createCase } from "./case-intake";
import { createChatGroupFromExport, setMemberPart } from "./chat-groups";
import { addEvidence } from "./evidence";

const today = "2026-11-22";

describe.each(databaseKinds)("bystander decisions on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("issue 18: a silent member on record becomes a subject with the Standard; another gets no action; both audited", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const actor = await demoAccount(tx, "investigator@demo.police.uk");
      const { ref } = await createCase(tx, actor, caseIntake([{ serviceNumber: "BYS001", name: "Author Officer" }], { groupSize: 4 }), today);
      const [silentPerson] = await tx
        .insert(people)
        .values({ serviceNumber: "BYS002", name: "Silent Officer", rank: "constable" })
        .returning({ id: people.id });
      const text = [
        '01/03/2021, 20:00 - Author Officer created group "Late turn"',
        "01/03/2021, 20:01 - Author Officer added Silent Officer and Other Person",
        "02/03/2021, 21:15 - Author Officer: <Media omitted>",
      ].join("\n");
      const item = (await addEvidence(tx, actor, ref, {
        fileName: "WhatsApp Chat with Late turn.txt",
        mediaType: "text/plain; charset=utf-8",
        description: null,
        content: new TextEncoder().encode(text),
      }))!;
      const fields: Record<string, string> = {
        caseRef: ref,
        evidenceId: String(item.id),
        sha256: item.sha256,
        name: "Late turn",
        "members.0.name": "Author Officer",
        "members.0.match": "unknown",
        "members.1.name": "Silent Officer",
        "members.1.match": `person:${silentPerson!.id}`,
        "members.2.name": "Other Person",
        "members.2.match": "unknown",
      };
      const { id: groupId } = await createChatGroupFromExport(tx, actor, createChatGroupSchema.parse(fields));
      const members = await tx
        .select({ id: chatGroupMembers.id, name: chatGroupMembers.displayName })
        .from(chatGroupMembers)
        .where(eq(chatGroupMembers.groupId, groupId));
      for (const name of ["Silent Officer", "Other Person"]) {
        const member = members.find((m) => m.name === name)!;
        await setMemberPart(
          tx,
          actor,
          setMemberPartSchema.parse({
            groupId: String(groupId),
            memberId: String(member.id),
            version: "1",
            part: name === "Silent Officer" ? "silent" : "challenged",
          }),
        );
      }

      const waiting = await listBystanders(tx, actor, ref);
      expect(waiting.map((b) => [b.displayName, b.part, b.decision])).toEqual([
        ["Other Person", "challenged", null],
        ["Silent Officer", "silent", null],
      ]);
      const silent = waiting.find((b) => b.displayName === "Silent Officer")!;
      const other = waiting.find((b) => b.displayName === "Other Person")!;
      // Each decision is made on the form as it was listed, at the version it was listed at.
      const decide = (member: typeof silent, decision: "subject" | "no_action", reason: string) =>
        decideBystander(tx, actor, { ref, memberId: member.memberId, version: member.version, decision, reason }, today);
      await expect(decide(other, "subject", "Challenged but never reported it.")).rejects.toThrow(/Match the member/);
      await decide(other, "no_action", "Not a member of the force; nothing to decide.");
      await decide(silent, "subject", "Present all week and reported nothing.");
      await expect(decide(silent, "no_action", "A second try with an old form.")).rejects.toThrow(/changed after you opened it/);

      const [made] = await tx
        .select({ stage: subjects.stage, standards: subjects.standards, allegation: subjects.allegation })
        .from(subjects)
        .innerJoin(cases, eq(cases.id, subjects.caseId))
        .where(and(eq(cases.ref, ref), eq(subjects.personId, silentPerson!.id)));
      expect(made).toEqual({
        stage: "recorded",
        standards: ["challenging_and_reporting_improper_conduct"],
        allegation: expect.stringMatching(/neither challenged nor reported/),
      });
      const decided = await listBystanders(tx, actor, ref);
      expect(decided.map((b) => [b.displayName, b.decision, b.isSubject])).toEqual([
        ["Other Person", "no_action", false],
        ["Silent Officer", "subject", true],
      ]);
      const trail = await tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, ref), eq(auditEvents.action, "case.bystander_decided")));
      expect(trail).toHaveLength(2);
    });
  });
});
