import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { Section } from "@/components/ui/section";
import { bystanderDecisions, groupParts, platforms } from "@/lib/vocabulary";
import type { CaseView } from "../_lib/case-view";
import { BystanderForm } from "./bystander-form";

/**
 * The group chats linked to the case, and the bystander decisions they call for (issue 18):
 * each member present and silent, or who challenged only inside the group, is decided on
 * against the Standard "Challenging and reporting improper conduct".
 */
export function CaseChatGroups({
  caseRef,
  groups,
  bystanders,
  canWork,
}: {
  caseRef: string;
  groups: CaseView["chatGroups"];
  bystanders: CaseView["bystanders"];
  canWork: boolean;
}) {
  if (groups.length === 0 && !canWork) return null;
  const waiting = bystanders.filter((b) => b.decision === null);
  return (
    <Section title="Group chats" id="groups-title">
      {groups.length === 0 ? (
        <p className="govuk-body">No group chat is recorded for this case.</p>
      ) : (
        <ul className="govuk-list">
          {groups.map((g) => (
            <li key={g.id}>
              <Link href={`/chat-groups/${g.id}`} className="govuk-link">
                {g.name}
              </Link>{" "}
              ({platforms.labels[g.platform]}, {g.members} members
              {Object.entries(g.parts)
                .filter(([part]) => part !== "none")
                .map(([part, n]) => `; ${groupParts.labels[part as keyof typeof groupParts.labels].toLowerCase()}: ${n}`)
                .join("")}
              )
            </li>
          ))}
        </ul>
      )}
      {canWork ? (
        <p className="govuk-body">
          <Link href={`/chat-groups/new?case=${encodeURIComponent(caseRef)}`} className="govuk-link">
            Record a group from a WhatsApp chat export
          </Link>
        </p>
      ) : null}
      {bystanders.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Bystander decisions ({waiting.length} waiting)</h3>
          <p className="govuk-body">
            Each member who was present and silent, or challenged only inside the group, may have broken the Standard "Challenging and reporting improper
            conduct".
          </p>
          <ul className="govuk-list">
            {bystanders.map((b) => {
              const name = b.personName ?? b.displayName;
              return (
                <li key={b.memberId} className="app-card">
                  <strong>{name}</strong> in {b.groupName}: {groupParts.labels[b.part!].toLowerCase()}.{" "}
                  {b.decision ? (
                    <span>
                      {bystanderDecisions.labels[b.decision]} ({b.decidedOn ? formatDate(b.decidedOn) : ""}). Reason: {b.reason}
                    </span>
                  ) : canWork ? (
                    b.personId === null ? (
                      <span>Match them to a person on the group's page before deciding to add them as a subject, or record no action.</span>
                    ) : null
                  ) : (
                    <span>Not decided yet.</span>
                  )}
                  {!b.decision && canWork ? <BystanderForm caseRef={caseRef} memberId={b.memberId} version={b.version} name={name} /> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
