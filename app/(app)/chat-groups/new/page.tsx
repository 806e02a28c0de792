import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { readExportForCase } from "@/db/queries/chat-groups";
import { listCaseEvidence } from "@/db/queries/evidence";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePagePermission } from "@/server/auth/session";
import { clientGone, noteAuditedView } from "@/server/request-context";
import { isCaseRef } from "@/lib/cases/case-ref";
import { forAuditLog, parseRowId } from "@/lib/validation/text";
import { ExportUpload } from "./_components/export-upload";
import { MemberMatchForm } from "./_components/member-match-form";

export const metadata: Metadata = { title: "Record a group chat from its export" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A group chat read from its WhatsApp export, for one case: first the export (uploaded to
 * the case's evidence register, or one already there), then who each member is.
 */
export default async function NewChatGroupPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("cases:work");
  const params = await searchParams;
  const ref = typeof params.case === "string" ? params.case : "";
  const evidenceParam = typeof params.evidence === "string" ? params.evidence : null;
  const db = await getDb();
  const files = isCaseRef(ref) ? await listCaseEvidence(db, user, ref) : null;
  if (!files) {
    await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "case.view_refused", entityType: "case", entityId: forAuditLog(ref) });
    notFound();
  }
  const evidenceId = evidenceParam === null ? null : parseRowId(evidenceParam);
  if (evidenceParam !== null && evidenceId === null) notFound();

  if (evidenceId === null) {
    if (clientGone()) notFound();
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "case.viewed",
      entityType: "case",
      entityId: ref,
      detail: { view: "chat_group_new", request: noteAuditedView("case", ref) ?? null },
    });
    const exports = files.filter((f) => f.mediaType.startsWith("text/plain"));
    return (
      <>
        <PageHeading back={{ href: `/cases/${ref}`, text: <>Back to case {ref}</> }} title="Record a group chat from its export" />
        <p className="govuk-body">
          Upload the text file WhatsApp's “Export chat” made. It is kept in the evidence register of {ref} with its SHA-256, read on this server, and sent
          nowhere. You then say who each member is.
        </p>
        <ExportUpload caseRef={ref} />
        {exports.length > 0 ? (
          <Section title="Or read an export already in the register" id="existing-title">
            <ul className="govuk-list">
              {exports.map((f) => (
                <li key={f.id}>
                  <Link href={`/chat-groups/new?case=${encodeURIComponent(ref)}&evidence=${f.id}`}>Read {f.fileName}</Link>
                  <span className="govuk-hint"> SHA-256 {f.sha256.slice(0, 12)}…</span>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </>
    );
  }

  const reading = await readExportForCase(db, user, ref, evidenceId);
  if (!reading) notFound();
  return (
    <>
      <PageHeading back={{ href: `/chat-groups/new?case=${encodeURIComponent(ref)}`, text: "Choose another export" }} title="Who is in the group?" />
      <SummaryList
        rows={[
          { key: "Case", value: <Link href={`/cases/${ref}`}>{ref}</Link> },
          { key: "Export", value: reading.file.fileName },
          { key: "SHA-256", value: <code className="app-hash">{reading.file.sha256}</code> },
          { key: "Messages", value: reading.messages.toLocaleString("en-GB") },
          { key: "Members", value: reading.members.length.toLocaleString("en-GB") },
        ]}
      />
      {reading.existingGroupId !== null ? (
        <div className="govuk-inset-text">
          A group was already recorded from this export: <Link href={`/chat-groups/${reading.existingGroupId}`}>open it</Link>.
        </div>
      ) : reading.members.length === 0 ? (
        <div className="govuk-inset-text">
          This file shows no messages and no members: it may not be a WhatsApp export.{" "}
          <Link href={`/chat-groups/new?case=${encodeURIComponent(ref)}`}>Choose another</Link>.
        </div>
      ) : (
        <MemberMatchForm caseRef={ref} reading={reading} />
      )}
    </>
  );
}
