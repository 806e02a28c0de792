"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { roles, type Role } from "@/lib/vocabulary";
import { changeRoleAction, endSessionsAction, resetPasswordAction, setDisabledAction } from "../../actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

export function AccountActions({ userId, role, disabled, isSelf }: { userId: number; role: Role; disabled: boolean; isSelf: boolean }) {
  const [roleState, changeRole, rolePending] = useActionState(changeRoleAction, null);
  const [disableState, setDisabled, disablePending] = useActionState(setDisabledAction, null);
  const [passwordState, resetPassword, passwordPending] = useActionState(resetPasswordAction, null);
  const [sessionsState, endSessions, sessionsPending] = useActionState(endSessionsAction, null);

  return (
    <>
      <Section title="Role" id="role-title">
        <FormStatus state={roleState} />
        <form action={changeRole} className="app-inline-form">
          <input type="hidden" name="userId" value={userId} />
          <SelectField name="role" label="Role" defaultValue={role} disabled={isSelf}>
            {roles.keys.map((key) => (
              <option key={key} value={key}>
                {roles.labels[key]}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="govuk-button" disabled={rolePending || isSelf}>
            Change role
          </button>
        </form>
        <p className="govuk-hint">Changing the role ends the person&apos;s open sessions: they sign in again with the new role.</p>
      </Section>

      <Section title={disabled ? "Re-enable the account" : "Disable the account"} id="status-title">
        <FormStatus state={disableState} />
        <form action={setDisabled}>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
          <button type="submit" className={disabled ? "govuk-button" : "govuk-button govuk-button--secondary"} disabled={disablePending || isSelf}>
            {disabled ? "Re-enable account" : "Disable account"}
          </button>
        </form>
      </Section>

      <Section title="Reset the password" id="password-title">
        <FormStatus state={passwordState} />
        <form action={resetPassword} noValidate>
          <input type="hidden" name="userId" value={userId} />
          <TextField name="password" label="New password" state={passwordState} type="password" autoComplete="new-password" />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={passwordPending}>
            Reset password
          </button>
        </form>
      </Section>

      <Section title="Sessions" id="sessions-title">
        <FormStatus state={sessionsState} />
        <form action={endSessions}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={sessionsPending}>
            End all sessions
          </button>
        </form>
      </Section>
    </>
  );
}
