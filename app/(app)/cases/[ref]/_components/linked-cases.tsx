import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import { stages } from "@/lib/vocabulary";
import type { CaseView } from "../_lib/case-view";
import { LinkCaseForm } from "./case-work-forms";

export function LinkedCases({ caseRef, links, countUnseen, canWork }: { caseRef: string; links: CaseView["links"]; countUnseen: boolean; canWork: boolean }) {
  return (
    <Section title="Linked cases" id="links-title">
      {links.visible.length === 0 ? (
        <p>No linked cases that you can see.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {links.visible.map((link) => (
            <li key={link.id}>
              <Link href={`/cases/${link.ref}`}>{link.ref}</Link> ({stages.labels[link.status]}): {link.reason}
            </li>
          ))}
        </ul>
      )}
      {countUnseen && links.unseen > 0 ? (
        <p>
          {links.unseen} more linked {links.unseen === 1 ? "case" : "cases"} you may not see.
        </p>
      ) : null}
      {canWork ? <LinkCaseForm caseRef={caseRef} /> : null}
    </Section>
  );
}
