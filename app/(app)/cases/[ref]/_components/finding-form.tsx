"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { findings, type Finding } from "@/lib/vocabulary";
import { recordFindingAction } from "../../actions";

/** The appropriate authority's decision on one subject; the version guards against overwriting someone else's change. */
export function FindingForm({ subjectId, version, name, current, today }: { subjectId: number; version: number; name: string; current: Finding | null; today: string }) {
  const [state, action, pending] = useActionState(recordFindingAction, null);
  const id = (field: string) => `${field}-${subjectId}`;
  return (
    <form action={action} noValidate aria-label={`Finding for ${name}`} className="finding-form">
      <FormStatus state={state} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <input type="hidden" name="version" value={state?.ok ? (state.data as { version: number }).version : version} />
      <div className="field">
        <label htmlFor={id("finding")}>Finding for {name}</label>
        <FieldError state={state} name="finding" />
        <select id={id("finding")} name="finding" defaultValue={current ?? ""} {...invalidProps(state, "finding")}>
          <option value="">Choose</option>
          {findings.keys.map((key) => (
            <option key={key} value={key}>
              {findings.labels[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("findingOn")}>Date of decision</label>
        <FieldError state={state} name="findingOn" />
        <input id={id("findingOn")} name="findingOn" type="date" defaultValue={today} {...invalidProps(state, "findingOn")} />
      </div>
      <div className="field">
        <label htmlFor={id("rationale")}>Rationale</label>
        <FieldError state={state} name="rationale" />
        <textarea id={id("rationale")} name="rationale" rows={3} {...invalidProps(state, "rationale")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Record finding
      </button>
    </form>
  );
}
