import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import type { Database } from "../index";
import { auditEvents, cases, contentReports, evidence } from "../schema";
import { closeWithNoFurtherAction, linkReportToCase } from "./report-triage";
import { attachToOwnReport, getReportAttachmentForDownload, listReportAttachments, MAX_REPORT_ATTACHMENTS } from "./report-attachments";
import { convertReportToCase, submitReport } from "./reports";

const png = (label: string) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode(label)]);
const shot = (label: string, description: string | null = null) => ({ fileName: `${label}.png`, mediaType: "image/png", description, content: png(label) });
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function accounts(db: Database) {
  const [staff, supervisor, investigator, foi] = await Promise.all(
    ["staff@demo.police.uk", "supervisor@demo.police.uk", "investigator@demo.police.uk", "foi@demo.police.uk"].map((email) => demoAccount(db, email)),
  );
  return { staff: staff!, supervisor: supervisor!, investigator: investigator!, foi: foi! };
}

async function report(db: Database, reporter: { id: number; role: "staff" }) {
  const { ref } = await submitReport(db, reporter, {
    description: "Screenshots of a racist meme in the relief group",
    platform: "whatsapp",
    groupName: "Relief A",
    seenOn: "2026-11-28",
    peopleInvolved: null,
    confidential: true,
  });
  const [row] = await db.select({ id: contentReports.id }).from(contentReports).where(eq(contentReports.ref, ref));
  return { ref, id: row!.id };
}

describe.each(databaseKinds)("report attachments on %s (issue 17, item 2)", (kind) => {
  const handle = useSeededDatabase(kind);

  it("the reporter attaches files; only they and those who triage may download them, each download audited", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor, investigator, foi } = await accounts(db);
      const { ref, id } = await report(db, staff as { id: number; role: "staff" });
      const first = await attachToOwnReport(db, staff, ref, shot("first", "The meme as posted"));
      expect(first).toMatchObject({ fileName: "first.png", sizeBytes: png("first").length, sha256: sha(png("first")), description: "The meme as posted" });
      // Someone else's report is not found, as if it did not exist.
      expect(await attachToOwnReport(db, foi, ref, shot("other"))).toBeNull();
      expect((await listReportAttachments(db, id)).map((a) => a.fileName)).toEqual(["first.png"]);

      for (const viewer of [staff, supervisor, investigator]) {
        const file = await getReportAttachmentForDownload(db, viewer, ref, first!.id);
        expect(Buffer.from(file!.content).equals(Buffer.from(png("first")))).toBe(true);
      }
      expect(await getReportAttachmentForDownload(db, foi, ref, first!.id)).toBeNull();
      expect(await getReportAttachmentForDownload(db, staff, "RPT-1999-00001", first!.id)).toBeNull();
      const trail = await db.select({ action: auditEvents.action, actor: auditEvents.actorId }).from(auditEvents).where(eq(auditEvents.entityId, ref));
      expect(trail.filter((e) => e.action === "report.attachment_downloaded")).toHaveLength(3);
      expect(trail).toContainEqual({ action: "report.attachment_download_refused", actor: foi.id });
      expect(trail).toContainEqual({ action: "report.attachment_added", actor: staff.id });
    });
  });

  it("opening a case copies the files into its evidence register with the same SHA-256, naming the report and not the reporter", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await accounts(db);
      const { ref, id } = await report(db, staff as { id: number; role: "staff" });
      await attachToOwnReport(db, staff, ref, shot("one", "Before it was deleted"));
      await attachToOwnReport(db, staff, ref, shot("two"));
      const caseRef = await convertReportToCase(db, supervisor, ref, todayIso());
      const [opened] = await db.select({ id: cases.id }).from(cases).where(eq(cases.ref, caseRef));
      const register = await db
        .select({ fileName: evidence.fileName, sha256: evidence.sha256, description: evidence.description, uploadedBy: evidence.uploadedBy })
        .from(evidence)
        .where(eq(evidence.caseId, opened!.id))
        .orderBy(evidence.id);
      expect(register).toEqual([
        { fileName: "one.png", sha256: sha(png("one")), description: `From report ${ref}: Before it was deleted`, uploadedBy: supervisor.id },
        { fileName: "two.png", sha256: sha(png("two")), description: `From report ${ref}`, uploadedBy: supervisor.id },
      ]);
      // The report keeps its own record of what was sent.
      expect(await listReportAttachments(db, id)).toHaveLength(2);
      const [copied] = await db
        .select({ detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "evidence.from_report"), eq(auditEvents.entityId, caseRef)));
      expect(copied!.detail).toMatchObject({ report: ref });
      expect(JSON.stringify(copied!.detail)).not.toContain(String(staff.email));
      // Once dealt with, the report takes no more files.
      await expect(attachToOwnReport(db, staff, ref, shot("late"))).rejects.toThrow("has already been dealt with");
    });
  });

  it("adding a report to an existing case copies its files there too; a closed report and an eleventh file are refused", async () => {
    await inRolledBackTransaction(handle.db, async (db) => {
      const { staff, supervisor } = await accounts(db);
      const [existing] = await db.select({ id: cases.id, ref: cases.ref }).from(cases).where(eq(cases.restricted, false)).limit(1);
      const before = await db.select({ id: evidence.id }).from(evidence).where(eq(evidence.caseId, existing!.id));
      const linked = await report(db, staff as { id: number; role: "staff" });
      await attachToOwnReport(db, staff, linked.ref, shot("linked"));
      await linkReportToCase(db, supervisor, { ref: linked.ref, version: 1, caseRef: existing!.ref });
      const after = await db.select({ sha256: evidence.sha256 }).from(evidence).where(eq(evidence.caseId, existing!.id));
      expect(after).toHaveLength(before.length + 1);
      expect(after.map((e) => e.sha256)).toContain(sha(png("linked")));

      const closed = await report(db, staff as { id: number; role: "staff" });
      await closeWithNoFurtherAction(db, supervisor, { ref: closed.ref, version: 1, reason: "Nothing in it breaks a Standard." });
      await expect(attachToOwnReport(db, staff, closed.ref, shot("late"))).rejects.toThrow("has already been dealt with");

      const full = await report(db, staff as { id: number; role: "staff" });
      for (let i = 0; i < MAX_REPORT_ATTACHMENTS; i++) await attachToOwnReport(db, staff, full.ref, shot(`n${i}`));
      await expect(attachToOwnReport(db, staff, full.ref, shot("eleventh"))).rejects.toThrow(`already has ${MAX_REPORT_ATTACHMENTS} files`);
    });
  });
});
