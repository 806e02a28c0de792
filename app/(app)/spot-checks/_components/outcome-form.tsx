"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { channels, platforms, spotCheckOutcomes } from "@/lib/vocabulary";
import { recordSpotCheckOutcomeAction } from "../actions";

export function OutcomeForm({ checkRef, today }: { checkRef: string; today: string }) {
  const [state, action, pending] = useActionState(recordSpotCheckOutcomeAction, null);
  // On success the page is revalidated and shows the recorded outcome instead of this form.
  return (
    <form action={action} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <input type="hidden" name="ref" value={checkRef} />
      <fieldset className="field">
        <legend>Outcome</legend>
        <FieldError state={state} name="outcome" />
        {spotCheckOutcomes.keys.map((key) => (
          <label key={key} className="checkbox">
            <input type="radio" name="outcome" value={key} /> {spotCheckOutcomes.labels[key]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="findings">Findings</label>
        <p className="hint">For a referral these open the case, as its summary and the allegation.</p>
        <FieldError state={state} name="findings" />
        <textarea id="findings" name="findings" rows={4} {...invalidProps(state, "findings")} />
      </div>
      <div className="field">
        <label htmlFor="checkedOn">Date of the check</label>
        <FieldError state={state} name="checkedOn" />
        <input id="checkedOn" name="checkedOn" type="date" defaultValue={today} {...invalidProps(state, "checkedOn")} />
      </div>
      <fieldset className="field">
        <legend>For a referral</legend>
        <div className="field">
          <label htmlFor="platform">Platform</label>
          <FieldError state={state} name="platform" />
          <select id="platform" name="platform" defaultValue="" {...invalidProps(state, "platform")}>
            <option value="">Not known</option>
            {platforms.keys.map((key) => (
              <option key={key} value={key}>
                {platforms.labels[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="channel">How it was shared</label>
          <FieldError state={state} name="channel" />
          <select id="channel" name="channel" defaultValue="" {...invalidProps(state, "channel")}>
            <option value="">Choose</option>
            {channels.keys.map((key) => (
              <option key={key} value={key}>
                {channels.labels[key]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        Record the outcome
      </button>
    </form>
  );
}
