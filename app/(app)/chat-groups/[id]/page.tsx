import type { Metadata } from "next";
import { formatFileSize } from "@/lib/evidence/file-types";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { viewChatGroup } from "@/db/queries/chat-groups";
import { Details } from "@/components/ui/details";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePagePermission } from "@/server/auth/session";
import { clientGone, noteAuditedView } from "@/server/request-context";
import { chatClockTime, chatDate } from "@/lib/chats/group-members";
import { can } from "@/lib/permissions";
import { parseRowId } from "@/lib/validation/text";
import { groupParts, platforms, ranks } from "@/lib/vocabulary";
import { LinkGroupToCaseForm } from "./_components/link-case-form";
import { LinkEvidenceForm } from "./_components/link-evidence-form";
import { listGroupEvidence } from "@/db/queries/evidence-chat-links";
import { MemberPartForm } from "./_components/member-part-form";
import { MemberPersonForm } from "./_components/member-person-form";

export const metadata: Metadata = { title: "Group chat" };

/** A group chat: its members over time, who each is, and each one's part; read through a case the viewer may see. */
export default async function ChatGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("cases:read");
  const id = parseRowId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  // Audited (on each of its cases the viewer may see) before anything of the group is sent.
  if (clientGone()) notFound();
  const group = await viewChatGroup(db, user, id, (ref) => noteAuditedView("case", ref));
  if (!group) notFound();
  const canWork = can(user.role, "cases:work");
  const shown = await listGroupEvidence(
    db,
    group.id,
    group.cases.map((c) => c.id),
  );
  const countUnseen = can(user.role, "cases:count-unseen");

  return (
    <>
      <p>
        {group.cases.map((c) => (
          <Link key={c.ref} className="app-case-link" href={`/cases/${c.ref}`}>
            Back to case {c.ref}
          </Link>
        ))}
      </p>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{platforms.labels[group.platform]} group chat</span>
        {group.name}
      </h1>
      <SummaryList
        rows={[
          { key: "Created", value: group.createdOn ? chatDate(group.createdOn) : "The export does not say" },
          {
            key: "Cases",
            value: (
              <>
                {group.cases.map((c) => (
                  <Link key={c.ref} className="app-case-link" href={`/cases/${c.ref}`}>
                    {c.ref}
                  </Link>
                ))}
                {countUnseen && group.unseenCases > 0 ? ` and ${group.unseenCases} other case${group.unseenCases === 1 ? "" : "s"} you may not see` : null}
              </>
            ),
          },
          group.exportFileName
            ? {
                key: "Export",
                value: (
                  <>
                    {group.exportCaseRef ? (
                      <a href={`/api/cases/${encodeURIComponent(group.exportCaseRef)}/evidence/${group.exportEvidenceId}`} download={group.exportFileName}>
                        {group.exportFileName}
                      </a>
                    ) : (
                      group.exportFileName
                    )}
                    {group.exportSizeBytes ? ` (${formatFileSize(group.exportSizeBytes)})` : null}
                    <br />
                    SHA-256 <code className="app-hash">{group.exportSha256}</code>
                  </>
                ),
              }
            : null,
          { key: "Recorded by", value: group.createdByName },
        ]}
      />

      {canWork ? <LinkGroupToCaseForm groupId={group.id} /> : null}

      <Section title={`Members (${group.members.length})`} id="members-title" description="In the order they joined; times are the export's clock times.">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Members of {group.name} and their parts</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name in the chat
              </th>
              <th scope="col" className="govuk-table__header">
                Who they are
              </th>
              <th scope="col" className="govuk-table__header">
                Membership
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Messages
              </th>
              <th scope="col" className="govuk-table__header">
                Part
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {group.members.map((m) => (
              <tr key={m.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {m.displayName}
                </th>
                <td className="govuk-table__cell">
                  {m.personName
                    ? `${m.personName} (${m.serviceNumber}, ${ranks.labels[m.rank!]})`
                    : m.outsideForce
                      ? `Outside the force: ${m.outsideDescription}`
                      : "Not identified"}
                </td>
                <td className="govuk-table__cell">
                  {m.joinedOn ? `Joined ${chatDate(m.joinedOn)}` : "Joined before the export begins"}
                  {m.addedBy ? `, added by ${m.addedBy}` : ""}
                  {m.leftOn ? `; left ${chatDate(m.leftOn)}` : ""}
                  {m.removedOn ? `; removed ${chatDate(m.removedOn)}` : ""}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {m.messageCount}
                  {m.firstMessageAt && m.lastMessageAt ? (
                    <span className="govuk-hint app-count">
                      {" "}
                      {chatClockTime(m.firstMessageAt)} to {chatClockTime(m.lastMessageAt)}
                    </span>
                  ) : null}
                </td>
                <td className="govuk-table__cell">
                  {m.part ? groupParts.labels[m.part] : "Not recorded yet"}
                  {m.part === "reported" && m.reportedOn ? ` on ${chatDate(m.reportedOn)} to ${m.reportedTo}` : ""}
                  {m.note ? <span className="app-rationale">{m.note}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section
        title={`What the evidence shows (${shown.links.length})`}
        id="evidence-links-title"
        description="Each file of the case's evidence register that shows a message of this group, whose it is and when it was sent."
      >
        {shown.links.length === 0 ? (
          <p>No file is linked to a message yet.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {shown.links.map((link) => (
              <li key={link.id}>
                <a href={`/api/cases/${encodeURIComponent(link.caseRef)}/evidence/${link.evidenceId}`} download={link.fileName}>
                  {link.fileName}
                </a>{" "}
                shows a message by <strong>{link.displayName}</strong>
                {link.messageAt ? `, sent ${chatClockTime(link.messageAt)}` : ""}
                {link.note ? <span className="app-rationale">{link.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {canWork ? <LinkEvidenceForm groupId={group.id} files={shown.files} members={group.members} /> : null}
      </Section>

      {canWork ? (
        <Section title="Record parts and who members are" id="parts-title">
          {group.members.map((m) => (
            <Details key={m.id} summary={`${m.displayName}: ${m.part ? groupParts.labels[m.part].toLowerCase() : "part not recorded"}`}>
              <MemberPartForm groupId={group.id} member={m} />
              <MemberPersonForm groupId={group.id} member={m} />
            </Details>
          ))}
        </Section>
      ) : null}
    </>
  );
}
