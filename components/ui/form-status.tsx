"use client";

import { useEffect, useRef } from "react";

export type FormState = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * The result of a form's action: an error summary that takes focus, or a success
 * message. `idPrefix` keeps field ids unique where a page has several forms alike.
 */
export function FormStatus({ state, idPrefix = "" }: { state: FormState; idPrefix?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  if (state.ok) {
    return (
      <div className="notice notice--success" role="status" tabIndex={-1} ref={ref}>
        {state.message ?? "Saved."}
      </div>
    );
  }
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>There is a problem</h2>
      <p className="error-text">{state.error}</p>
      {state.fieldErrors ? (
        <ul>
          {Object.entries(state.fieldErrors).map(([field, messages]) => (
            <li key={field}>
              <a href={`#${idPrefix}${field}`}>{messages.join(" ")}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FieldError({ state, name, idPrefix = "" }: { state: FormState; name: string; idPrefix?: string }) {
  const messages = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  if (!messages) return null;
  return (
    <p className="error-text" id={`${idPrefix}${name}-error`}>
      <span className="visually-hidden">Error: </span>
      {messages.join(" ")}
    </p>
  );
}

export function invalidProps(state: FormState, name: string, idPrefix = "") {
  const invalid = !!(state && !state.ok && state.fieldErrors?.[name]);
  return { "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${idPrefix}${name}-error` : undefined };
}
