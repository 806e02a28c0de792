"use client";

import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { roles, type Role } from "@/lib/vocabulary";
import { changeRoleAction, endSessionsAction, resetPasswordAction, setDisabledAction } from "../../actions";

export function AccountActions({ userId, role, disabled, isSelf }: { userId: number; role: Role; disabled: boolean; isSelf: boolean }) {
  const [roleState, changeRole, rolePending] = useActionState(changeRoleAction, null);
  const [disableState, setDisabled, disablePending] = useActionState(setDisabledAction, null);
  const [passwordState, resetPassword, passwordPending] = useActionState(resetPasswordAction, null);
  const [sessionsState, endSessions, sessionsPending] = useActionState(endSessionsAction, null);

  return (
    <>
      <section className="section" aria-labelledby="role-title">
        <h2 className="govuk-heading-m" id="role-title">Role</h2>
        <FormStatus state={roleState} />
        <form action={changeRole} className="inline-form">
          <input type="hidden" name="userId" value={userId} />
          <div className="field">
            <label htmlFor="role">Role</label>
            <select id="role" name="role" defaultValue={role} disabled={isSelf}>
              {roles.keys.map((key) => (
                <option key={key} value={key}>
                  {roles.labels[key]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={rolePending || isSelf}>
            Change role
          </button>
        </form>
        <p className="hint">Changing the role ends the person&apos;s open sessions: they sign in again with the new role.</p>
      </section>

      <section className="section" aria-labelledby="status-title">
        <h2 className="govuk-heading-m" id="status-title">{disabled ? "Re-enable the account" : "Disable the account"}</h2>
        <FormStatus state={disableState} />
        <form action={setDisabled}>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
          <button type="submit" className={disabled ? "button" : "button button--secondary"} disabled={disablePending || isSelf}>
            {disabled ? "Re-enable account" : "Disable account"}
          </button>
        </form>
      </section>

      <section className="section" aria-labelledby="password-title">
        <h2 className="govuk-heading-m" id="password-title">Reset the password</h2>
        <FormStatus state={passwordState} />
        <form action={resetPassword} noValidate>
          <input type="hidden" name="userId" value={userId} />
          <div className="field">
            <label htmlFor="password">New password</label>
            <FieldError state={passwordState} name="password" />
            <input id="password" name="password" type="password" autoComplete="new-password" {...invalidProps(passwordState, "password")} />
          </div>
          <button type="submit" className="button button--secondary" disabled={passwordPending}>
            Reset password
          </button>
        </form>
      </section>

      <section className="section" aria-labelledby="sessions-title">
        <h2 className="govuk-heading-m" id="sessions-title">Sessions</h2>
        <FormStatus state={sessionsState} />
        <form action={endSessions}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className="button button--secondary" disabled={sessionsPending}>
            End all sessions
          </button>
        </form>
      </section>
    </>
  );
}
