"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult, ActionState } from "@/server/actions/validated-action";

/**
 * A server action for a form that keeps what the person typed when the action refuses
 * it (React resets a form after every action otherwise), and clears the form only
 * after a success. Without JavaScript the form still posts to the action.
 */
export function useKeptFormAction<T>(action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, formProps: { action: dispatch, onSubmit, ref: formRef } };
}
