"use client";

import { startTransition, useActionState, useEffect, useEffectEvent, useRef, type FormEvent } from "react";
import type { ActionResult, ActionState } from "@/server/actions/validated-action";

export interface KeptFormOptions<T> {
  /** Runs once after each accepted submission, with the action's data (to open what it made, say). */
  onSuccess?: (data: T) => void;
  /**
   * Clears the form after an accepted submission (the default: a form that makes something
   * new starts empty again). A form that edits something in place keeps the values it saved,
   * which are then the current ones: a reset would show a select's first value again.
   */
  resetOnSuccess?: boolean;
  /**
   * Checks or reshapes what is sent, in the browser, before the action sees it: returns
   * what to send, or null to send nothing (the form has shown its own problems).
   */
  prepare?: (formData: FormData) => FormData | null;
}

/**
 * The one way a form here sends its server action. React resets a `<form action>` after
 * every action, so a refusal would wipe what the person typed, ticked and chose (a
 * reporter's "keep my identity confidential" among it). Here the form is sent from
 * `onSubmit` instead, which React leaves alone: after a refusal every control, files
 * included, still holds what was sent. Without JavaScript the form still posts to the action.
 */
export function useKeptFormAction<T>(
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>,
  { onSuccess, resetOnSuccess = true, prepare }: KeptFormOptions<T> = {},
) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  // The latest callback, without running the effect again when only the callback changed.
  const accepted = useEffectEvent((data: T) => onSuccess?.(data));
  useEffect(() => {
    if (!state?.ok) return;
    if (resetOnSuccess) formRef.current?.reset();
    accepted(state.data);
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed is part of what was sent, where it has a name (React's own path does the same).
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const sent = prepare ? prepare(formData) : formData;
    if (sent) startTransition(() => dispatch(sent));
  };
  return { state, pending, formProps: { action: dispatch, onSubmit, ref: formRef } };
}
