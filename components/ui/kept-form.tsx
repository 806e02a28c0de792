"use client";

import type { ReactNode } from "react";
import type { ActionResult, ActionState } from "@/server/actions/validated-action";
import { FormStatus, type FormState } from "./form-status";
import { type KeptFormOptions, useKeptFormAction } from "./use-kept-form-action";

/**
 * A page's form for one server action, sent through `useKeptFormAction` (so a refusal keeps
 * every answer): the error summary first, the fields, and one primary button. Where success
 * leads elsewhere (`onSuccess` opens what was made) or the page shows it, no success banner
 * is drawn (`confirm={false}`).
 */
export function KeptForm<T>({
  action,
  options,
  confirm = true,
  button,
  pendingButton,
  children,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  options?: KeptFormOptions<T>;
  confirm?: boolean;
  button: ReactNode;
  /** The button's words while the form is being sent, where they should change. */
  pendingButton?: ReactNode;
  children: (state: FormState) => ReactNode;
}) {
  const { state, pending, formProps } = useKeptFormAction(action, options);
  return (
    <form {...formProps} noValidate>
      <FormStatus state={confirm || !state?.ok ? state : null} />
      {children(state)}
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending && pendingButton ? pendingButton : button}
      </button>
    </form>
  );
}
