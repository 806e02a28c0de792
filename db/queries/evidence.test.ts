import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccounts } from "@/tests/demo-records";
import { auditEvents, cases } from "../schema";
import { aboutCase } from "./audit";
import { addEvidence, getEvidenceForDownload, listCaseEvidence } from "./evidence";
import { inRolledBackTransaction } from "@/tests/rollback";

describe.each(databaseKinds)("evidence register on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("keeps the bytes with their SHA-256, and gives them only to those who may see the case, auditing each", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const [teamOne] = await tx
        .select({ ref: cases.ref })
        .from(cases)
        .where(and(eq(cases.team, "PSD Team 1"), eq(cases.restricted, false)))
        .orderBy(asc(cases.id))
        .limit(1);
      const ref = teamOne!.ref;
      const { investigator, investigator2: otherTeam, supervisor, admin } = await demoAccounts(tx, "investigator", "investigator2", "supervisor", "admin");
      const content = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x10, 0x80]);

      const item = await addEvidence(tx, investigator, ref, {
        fileName: "statement.pdf",
        mediaType: "application/pdf",
        description: "Witness statement",
        content,
      });
      expect(item).toMatchObject({
        fileName: "statement.pdf",
        sizeBytes: content.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        uploadedByEmail: "investigator@demo.police.uk",
        description: "Witness statement",
      });

      const listed = await listCaseEvidence(tx, investigator, ref);
      expect(listed).toEqual([item]);
      expect(listed![0]).not.toHaveProperty("content");
      expect(await listCaseEvidence(tx, otherTeam, ref)).toBeNull();

      for (const viewer of [investigator, supervisor]) {
        const downloaded = await getEvidenceForDownload(tx, viewer, ref, item!.id);
        expect(Array.from(downloaded!.content)).toEqual(Array.from(content));
        expect(downloaded!.sha256).toBe(item!.sha256);
      }
      expect(await getEvidenceForDownload(tx, otherTeam, ref, item!.id)).toBeNull();
      expect(await getEvidenceForDownload(tx, admin, ref, item!.id)).toBeNull();
      // The file exists, but not under another case's reference.
      expect(await getEvidenceForDownload(tx, supervisor, "PSD-1999-0001", item!.id)).toBeNull();
      expect(await addEvidence(tx, otherTeam, ref, { fileName: "x.txt", mediaType: "text/plain", description: null, content })).toBeNull();

      const trail = await tx
        .select({ action: auditEvents.action, actorId: auditEvents.actorId })
        .from(auditEvents)
        .where(aboutCase(ref))
        .orderBy(asc(auditEvents.id));
      expect(trail).toEqual([
        { action: "evidence.uploaded", actorId: investigator.id },
        { action: "evidence.downloaded", actorId: investigator.id },
        { action: "evidence.downloaded", actorId: supervisor.id },
        { action: "evidence.download_refused", actorId: otherTeam.id },
        { action: "evidence.download_refused", actorId: admin.id },
      ]);
    });
  });
});
