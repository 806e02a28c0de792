"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { jobRoles, rankGroups } from "@/lib/vocabulary";
import { drawSampleAction } from "../actions";
import { SafeguardFields } from "./safeguard-fields";
import { Fieldset, SelectField, TextField } from "@/components/ui/field";

function AnySelect({ name, label, options }: { name: string; label: string; options: { value: string; label: string }[] }) {
  return (
    <SelectField name={name} label={label} defaultValue="">
      <option value="">Any</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

export function DrawForm({ units }: { units: string[] }) {
  return (
    <KeptForm action={drawSampleAction} opens={({ ref }) => `/spot-checks/draws/${ref}`} button="Draw the sample">
      {(state) => (
        <>
          <Fieldset legend="Population: serving officers and staff">
            <AnySelect name="unit" label="Unit" options={units.map((u) => ({ value: u, label: u }))} />
            <AnySelect name="rankGroup" label="Rank group" options={rankGroups.keys.map((k) => ({ value: k, label: rankGroups.labels[k] }))} />
            <AnySelect name="jobRole" label="Role" options={jobRoles.keys.map((k) => ({ value: k, label: jobRoles.labels[k] }))} />
          </Fieldset>
          <TextField name="sampleSize" label="Sample size" state={state} inputMode="numeric" defaultValue="10" />
          <TextField
            name="excludeMonths"
            label="Leave out people checked in the last (months)"
            hint="0 leaves out nobody. A check counts from the day it was done, or drawn if not done yet."
            state={state}
            inputMode="numeric"
            defaultValue="12"
          />
          <TextField
            name="seed"
            label="Seed (optional)"
            hint="Leave empty and the system chooses one at random. Either way it is recorded, so the draw can be repeated."
            state={state}
          />
          <SafeguardFields state={state} />
        </>
      )}
    </KeptForm>
  );
}
