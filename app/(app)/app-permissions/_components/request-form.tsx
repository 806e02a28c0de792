"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { messagingApps } from "@/lib/vocabulary";
import { requestAppPermissionAction } from "../actions";

export function RequestForm({ today }: { today: string }) {
  const [state, action, pending] = useActionState(requestAppPermissionAction, null);
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <div className="field">
        <label htmlFor="app">App</label>
        <FieldError state={state} name="app" />
        <select id="app" name="app" defaultValue="whatsapp" {...invalidProps(state, "app")}>
          {messagingApps.keys.map((key) => (
            <option key={key} value={key}>
              {messagingApps.labels[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="otherApp">If another app, which one</label>
        <FieldError state={state} name="otherApp" />
        <input id="otherApp" name="otherApp" {...invalidProps(state, "otherApp")} />
      </div>
      <div className="field">
        <label htmlFor="purpose">Business purpose</label>
        <p className="hint" id="purpose-hint">
          Why you need it for your work, and why the force&apos;s own tools will not do.
        </p>
        <FieldError state={state} name="purpose" />
        <textarea id="purpose" name="purpose" rows={4} {...invalidProps(state, "purpose")} />
      </div>
      <div className="field">
        <label htmlFor="device">Force phone</label>
        <p className="hint">Its asset tag or number.</p>
        <FieldError state={state} name="device" />
        <input id="device" name="device" {...invalidProps(state, "device")} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="startsOn">From</label>
          <FieldError state={state} name="startsOn" />
          <input id="startsOn" name="startsOn" type="date" defaultValue={today} {...invalidProps(state, "startsOn")} />
        </div>
        <div className="field">
          <label htmlFor="requestedUntil">Until</label>
          <FieldError state={state} name="requestedUntil" />
          <input id="requestedUntil" name="requestedUntil" type="date" {...invalidProps(state, "requestedUntil")} />
        </div>
      </div>
      <button type="submit" className="button" disabled={pending}>
        Ask for permission
      </button>
    </form>
  );
}
