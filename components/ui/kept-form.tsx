"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import type { ActionResult, ActionState } from "@/server/actions/validated-action";
import { FormStatus, type FormState } from "./form-status";
import { type KeptFormOptions, useKeptFormAction } from "./use-kept-form-action";

/**
 * A page's form for one server action, sent through `useKeptFormAction` (so a refusal keeps
 * every answer): the error summary first, the fields, and one primary button. Where success
 * opens what was made (`opens` gives its address) or the page shows it (`confirm={false}`),
 * no success banner is drawn.
 */
export function KeptForm<T>({
  action,
  options,
  opens,
  confirm = !opens,
  button,
  pendingButton,
  children,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  options?: KeptFormOptions<T>;
  /** The address of what an accepted form made, opened at once. */
  opens?: (data: T) => string;
  confirm?: boolean;
  button: ReactNode;
  /** The button's words while the form is being sent, where they should change. */
  pendingButton?: ReactNode;
  children: (state: FormState) => ReactNode;
}) {
  const router = useRouter();
  const { state, pending, formProps } = useKeptFormAction(action, opens ? { ...options, onSuccess: (data) => router.push(opens(data)) } : options);
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
