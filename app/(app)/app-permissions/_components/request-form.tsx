"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { messagingApps } from "@/lib/vocabulary";
import { requestAppPermissionAction } from "../actions";
import { SelectField, TextField, TextareaField, optionsOf } from "@/components/ui/field";

export function RequestForm({ today }: { today: string }) {
  return (
    <KeptForm action={requestAppPermissionAction} button="Ask for permission">
      {(state) => (
        <>
          <SelectField name="app" label="App" state={state} defaultValue="whatsapp" options={optionsOf(messagingApps)} />
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
        </>
      )}
    </KeptForm>
  );
}
