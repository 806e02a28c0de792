"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { roles } from "@/lib/vocabulary";
import { createUserAction } from "../actions";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <div className="field">
        <label htmlFor="email">Email address</label>
        <FieldError state={state} name="email" />
        <input id="email" name="email" type="email" autoComplete="off" required {...invalidProps(state, "email")} />
      </div>
      <div className="field">
        <label htmlFor="name">Full name</label>
        <FieldError state={state} name="name" />
        <input id="name" name="name" autoComplete="off" required {...invalidProps(state, "name")} />
      </div>
      <div className="field">
        <label htmlFor="role">Role</label>
        <FieldError state={state} name="role" />
        <select id="role" name="role" defaultValue="staff" {...invalidProps(state, "role")}>
          {roles.keys.map((key) => (
            <option key={key} value={key}>
              {roles.labels[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="team">Team (optional)</label>
        <p className="hint" id="team-hint">Investigators see the cases of their team, for example PSD Team 1.</p>
        <FieldError state={state} name="team" />
        <input id="team" name="team" {...invalidProps(state, "team")} aria-describedby="team-hint" />
      </div>
      <div className="field">
        <label htmlFor="password">Initial password</label>
        <p className="hint">At least 12 characters; a phrase is best. Common passwords are refused.</p>
        <FieldError state={state} name="password" />
        <input id="password" name="password" type="password" autoComplete="new-password" required {...invalidProps(state, "password")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
