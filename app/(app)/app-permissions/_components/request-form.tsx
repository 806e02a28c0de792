"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { messagingApps } from "@/lib/vocabulary";
import { requestAppPermissionAction } from "../actions";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";

export function RequestForm({ today }: { today: string }) {
  const { state, pending, formProps } = useKeptFormAction(requestAppPermissionAction);
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state} />
      <SelectField name="app" label="App" state={state} defaultValue="whatsapp">
        {messagingApps.keys.map((key) => (
          <option key={key} value={key}>
            {messagingApps.labels[key]}
          </option>
        ))}
      </SelectField>
      <TextField name="otherApp" label="If another app, which one" state={state} />
      <TextareaField
        name="purpose"
        label="Business purpose"
        hint={<>Why you need it for your work, and why the force&apos;s own tools will not do.</>}
        state={state}
        rows={4}
      />
      <TextField name="device" label="Force phone" hint="Its asset tag or number." state={state} />
      <div className="app-field-row">
        <TextField name="startsOn" label="From" state={state} type="date" defaultValue={today} />
        <TextField name="requestedUntil" label="Until" state={state} type="date" />
      </div>
      <button type="submit" className="govuk-button" disabled={pending}>
        Ask for permission
      </button>
    </form>
  );
}
