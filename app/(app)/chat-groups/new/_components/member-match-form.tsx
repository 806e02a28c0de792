"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Choices, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { ExportReading } from "@/lib/chats/export-reading";
import { chatClockTime, chatDate } from "@/lib/chats/group-members";
import { ranks, type Rank } from "@/lib/vocabulary";
import { createChatGroupAction } from "../../actions";

type Member = ExportReading["members"][number];

/** What the export says of a member, in words. */
function memberFacts(m: Member): string {
  const parts = [
    m.messages === 0 ? "No messages" : `${m.messages} message${m.messages === 1 ? "" : "s"}, ${chatClockTime(m.firstAt!)} to ${chatClockTime(m.lastAt!)}`,
    m.joinedOn ? `joined ${chatDate(m.joinedOn)}${m.addedBy ? `, added by ${m.addedBy}` : ""}` : null,
    m.leftOn ? `left ${chatDate(m.leftOn)}` : null,
    m.removedOn ? `removed ${chatDate(m.removedOn)}` : null,
  ];
  return `${parts.filter(Boolean).join("; ")}.`;
}

/**
 * Who each member of the export is: a suggested person on record, another by service
 * number, someone outside the force, or not identified. Nothing is chosen for the
 * investigator: the suggestions come from names alone.
 */
export function MemberMatchForm({ caseRef, reading }: { caseRef: string; reading: ExportReading }) {
  const router = useRouter();
  const { state, pending, formProps } = useKeptFormAction(createChatGroupAction);
  useEffect(() => {
    if (state?.ok) router.push(`/chat-groups/${(state.data as { id: number }).id}`);
  }, [state, router]);

  return (
    <form {...formProps} noValidate aria-label="Members of the group">
      <FormStatus state={state} />
      <input type="hidden" name="caseRef" value={caseRef} />
      <input type="hidden" name="evidenceId" value={reading.file.id} />
      <input type="hidden" name="sha256" value={reading.file.sha256} />
      <TextField name="name" label="Group name" hint="As the chat shows it." state={state} defaultValue={reading.suggestedName} width="two-thirds" />
      <TextField
        name="createdOn"
        label="Date the group was created (optional)"
        hint={reading.createdOn ? "From the export." : "The export does not say."}
        type="date"
        state={state}
        defaultValue={reading.createdOn ?? ""}
      />
      <h2 className="govuk-heading-m">Members ({reading.members.length})</h2>
      <p className="govuk-body">
        Suggestions come from names alone and may be wrong: check each one. A member is recorded without being made a subject officer.
      </p>
      {reading.members.map((m, i) => (
        <div key={m.name} className="app-section">
          <input type="hidden" name={`members.${i}.name`} value={m.name} />
          <Choices
            type="radio"
            name={`members.${i}.match`}
            legend={m.name}
            legendClassName="govuk-fieldset__legend--s"
            hint={memberFacts(m)}
            state={state}
            options={[
              ...m.suggestions.map((p) => ({
                value: `person:${p.id}`,
                label: `${p.name} (${p.serviceNumber}, ${ranks.labels[p.rank as Rank] ?? p.rank}${p.unit ? `, ${p.unit}` : ""})`,
                hint: `Suggested: ${p.reason.toLowerCase()}`,
              })),
              { value: "service_number", label: m.suggestions.length > 0 ? "Another person on record" : "A person on record" },
              { value: "outside", label: "Someone outside the force" },
              { value: "unknown", label: "Not on record, or not identified yet" },
            ]}
          />
          <div className="app-field-row">
            <TextField name={`members.${i}.serviceNumber`} label={`Service number of ${m.name}, if on record`} state={state} width="10" autoComplete="off" />
            <TextField name={`members.${i}.outside`} label={`Who ${m.name} is, if outside the force`} state={state} width="20" />
          </div>
        </div>
      ))}
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? "Recording…" : "Record the group"}
      </button>
    </form>
  );
}
