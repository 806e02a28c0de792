"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { jobRoles, rankGroups } from "@/lib/vocabulary";
import { drawSampleAction } from "../actions";
import { SafeguardFields } from "./safeguard-fields";

function AnySelect({ name, label, options }: { name: string; label: string; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue="">
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DrawForm({ units }: { units: string[] }) {
  const [state, action, pending] = useActionState(drawSampleAction, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/spot-checks/draws/${(state.data as { ref: string }).ref}`);
  }, [state, router]);
  return (
    <form action={action} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <fieldset className="field">
        <legend>Population: serving officers and staff</legend>
        <AnySelect name="unit" label="Unit" options={units.map((u) => ({ value: u, label: u }))} />
        <AnySelect name="rankGroup" label="Rank group" options={rankGroups.keys.map((k) => ({ value: k, label: rankGroups.labels[k] }))} />
        <AnySelect name="jobRole" label="Role" options={jobRoles.keys.map((k) => ({ value: k, label: jobRoles.labels[k] }))} />
      </fieldset>
      <div className="field">
        <label htmlFor="sampleSize">Sample size</label>
        <FieldError state={state} name="sampleSize" />
        <input id="sampleSize" name="sampleSize" inputMode="numeric" defaultValue="10" {...invalidProps(state, "sampleSize")} />
      </div>
      <div className="field">
        <label htmlFor="excludeMonths">Leave out people checked in the last (months)</label>
        <p className="hint">0 leaves out nobody. A check counts from the day it was done, or drawn if not done yet.</p>
        <FieldError state={state} name="excludeMonths" />
        <input id="excludeMonths" name="excludeMonths" inputMode="numeric" defaultValue="12" {...invalidProps(state, "excludeMonths")} />
      </div>
      <div className="field">
        <label htmlFor="seed">Seed (optional)</label>
        <p className="hint">Leave empty and the system chooses one at random. Either way it is recorded, so the draw can be repeated.</p>
        <FieldError state={state} name="seed" />
        <input id="seed" name="seed" {...invalidProps(state, "seed")} />
      </div>
      <SafeguardFields state={state} />
      <button type="submit" className="button" disabled={pending}>
        Draw the sample
      </button>
    </form>
  );
}
