"use client";

import { optionsOf, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { ranks } from "@/lib/vocabulary";
import type { Errors, Rank, SubjectDraft } from "../_lib/intake-draft";

/**
 * The subject officers added so far, each with the fields the intake needs. Their ids are
 * the schema's paths (`subjects.0.rank`), so the error summary links to them.
 */
export function SubjectDrafts({
  subjects,
  errors,
  onChange,
  onRemove,
}: {
  subjects: SubjectDraft[];
  errors: Errors;
  onChange: (key: number, change: Partial<SubjectDraft>) => void;
  onRemove: (key: number) => void;
}) {
  return (
    <ol className="app-subject-drafts">
      {subjects.map((s, index) => {
        const p = `subjects.${index}.`;
        const error = (field: string) => errors[`${p}${field}`]?.join(" ");
        // A text answer of the draft: its id and name are the schema's path, its problem beside it.
        const typed = (field: "serviceNumber" | "name" | "allegation") => ({
          name: `${p}${field}`,
          value: s[field],
          onChange: (e: { target: { value: string } }) => onChange(s.key, { [field]: e.target.value }),
          error: error(field),
        });
        return (
          <li key={s.key} className="app-card">
            <h3 className="govuk-heading-s">{s.known ? `${s.known.name} (${s.known.serviceNumber})` : `New person ${index + 1}`}</h3>
            {!s.known ? (
              <div className="app-field-row">
                <TextField {...typed("serviceNumber")} label="Service number" width="10" />
                <TextField {...typed("name")} label="Full name" width="20" />
              </div>
            ) : error("personId") ? (
              <p className="govuk-error-message">{error("personId")}</p>
            ) : null}
            <SelectField
              name={`${p}rank`}
              label="Rank at the time"
              value={s.rank}
              onChange={(e) => onChange(s.key, { rank: e.target.value as Rank })}
              error={error("rank")}
              placeholder="Choose"
              options={optionsOf(ranks)}
            />
            <TextareaField {...typed("allegation")} label="Allegation against this officer (optional)" rows={2} />
            <button type="button" className="app-link-button" onClick={() => onRemove(s.key)}>
              Remove {s.known?.name ?? `new person ${index + 1}`}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
