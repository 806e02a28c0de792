"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { exemptionLabels, foiStatusLabels } from "@/lib/validation/foi";
import { createFoiRequestAction, updateFoiRequestAction } from "../../actions";

export function NewRequestForm({ today }: { today: string }) {
  const [state, action, pending] = useActionState(createFoiRequestAction, null);
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <div className="field">
        <label htmlFor="receivedOn">Date received</label>
        <FieldError state={state} name="receivedOn" />
        <input id="receivedOn" name="receivedOn" type="date" defaultValue={today} {...invalidProps(state, "receivedOn")} />
      </div>
      <div className="field">
        <label htmlFor="subject">What was asked</label>
        <FieldError state={state} name="subject" />
        <input id="subject" name="subject" {...invalidProps(state, "subject")} />
      </div>
      <fieldset className="field">
        <legend>Exemptions applied</legend>
        {Object.entries(exemptionLabels).map(([key, label]) => (
          <label key={key} className="checkbox">
            <input type="checkbox" name={key} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="costEstimateHours">Time estimate in hours (for s.12)</label>
        <FieldError state={state} name="costEstimateHours" />
        <input id="costEstimateHours" name="costEstimateHours" inputMode="numeric" {...invalidProps(state, "costEstimateHours")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Log request
      </button>
    </form>
  );
}

export function UpdateRequestForm({ refId, status, respondedOn }: { refId: string; status: string; respondedOn: string | null }) {
  const [state, action, pending] = useActionState(updateFoiRequestAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="ref" value={refId} />
      <div className="field">
        <label htmlFor={`status-${refId}`}>Status</label>
        <select id={`status-${refId}`} name="status" defaultValue={status}>
          {Object.entries(foiStatusLabels).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`respondedOn-${refId}`}>Responded on</label>
        <input id={`respondedOn-${refId}`} name="respondedOn" type="date" defaultValue={respondedOn ?? ""} />
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        Update<span className="visually-hidden"> {refId}</span>
      </button>
      {state ? <span role="status">{state.ok ? state.message : state.error}</span> : null}
    </form>
  );
}
