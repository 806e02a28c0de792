import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import type { CaseView } from "../_lib/case-view";
import { NoteForm } from "./case-work-forms";

export function CaseNotes({ caseRef, notes, canWork }: { caseRef: string; notes: CaseView["notes"]; canWork: boolean }) {
  return (
    <Section title="Notes" id="notes-title">
      {notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol className="app-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="govuk-hint">
                {note.authorName}, {formatDateTime(note.createdAt)}
              </p>
              <p className="app-note-body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWork ? <NoteForm caseRef={caseRef} /> : null}
    </Section>
  );
}
