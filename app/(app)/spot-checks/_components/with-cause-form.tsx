"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { openWithCauseCheckAction } from "../actions";
import { SafeguardFields } from "./safeguard-fields";

export function WithCauseForm() {
  const [state, action, pending] = useActionState(openWithCauseCheckAction, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/spot-checks/${(state.data as { ref: string }).ref}`);
  }, [state, router]);
  return (
    <form action={action} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <div className="field">
        <label htmlFor="serviceNumber">Service number of the person to check</label>
        <FieldError state={state} name="serviceNumber" />
        <input id="serviceNumber" name="serviceNumber" {...invalidProps(state, "serviceNumber")} />
      </div>
      <fieldset className="field">
        <legend>What justifies the check (one or both)</legend>
        <div className="field">
          <label htmlFor="causeIntelligence">Intelligence</label>
          <FieldError state={state} name="causeIntelligence" />
          <textarea id="causeIntelligence" name="causeIntelligence" rows={3} {...invalidProps(state, "causeIntelligence")} />
        </div>
        <div className="field">
          <label htmlFor="causeCaseRef">Case reference</label>
          <FieldError state={state} name="causeCaseRef" />
          <input id="causeCaseRef" name="causeCaseRef" placeholder="PSD-2026-0001" {...invalidProps(state, "causeCaseRef")} />
        </div>
      </fieldset>
      <SafeguardFields state={state} />
      <button type="submit" className="button" disabled={pending}>
        Open the check
      </button>
    </form>
  );
}
