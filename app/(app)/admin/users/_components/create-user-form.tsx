"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { roles } from "@/lib/vocabulary";
import { createUserAction } from "../actions";
import { SelectField, TextField, optionsOf } from "@/components/ui/field";

export function CreateUserForm() {
  // A refusal keeps every answer, the role among them: reset, it would fall back to "staff" unseen.
  return (
    <KeptForm action={createUserAction} button="Create account" pendingButton="Creating…">
      {(state) => (
        <>
          <TextField name="email" label="Email address" state={state} type="email" autoComplete="off" required />
          <TextField name="name" label="Full name" state={state} autoComplete="off" required />
          <SelectField name="role" label="Role" state={state} defaultValue="staff" options={optionsOf(roles)} />
          <TextField name="team" label="Team (optional)" hint="Investigators see the cases of their team, for example PSD Team 1." state={state} />
          <TextField
            name="password"
            label="Initial password"
            hint="At least 12 characters; a phrase is best. Common passwords are refused."
            state={state}
            type="password"
            autoComplete="new-password"
            required
          />
        </>
      )}
    </KeptForm>
  );
}
