"use client";

import { CheckBeforeSending, useCheckAnswers } from "@/components/ui/check-answers";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { roles, type Role } from "@/lib/vocabulary";
import { changeRoleAction, endSessionsAction, resetPasswordAction, setDisabledAction } from "../../actions";
import { SelectField, TextField, optionsOf } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

export function AccountActions({ userId, email, role, disabled, isSelf }: { userId: number; email: string; role: Role; disabled: boolean; isSelf: boolean }) {
  // The role form edits in place: after a change it keeps showing the role saved.
  const { state: roleState, pending: rolePending, formProps: roleForm } = useKeptFormAction(changeRoleAction, { resetOnSuccess: false });
  const { state: disableState, pending: disablePending, formProps: disableForm } = useKeptFormAction(setDisabledAction);
  // Disabling ends the person's sessions at once: checked first (issue 17, item 4). Re-enabling is not.
  const checkDisable = useCheckAnswers(disableState, disableForm.onSubmit, [
    { question: "Account", answer: email },
    { question: "What happens", answer: "Signed out everywhere at once; cannot sign in until an administrator re-enables the account" },
  ]);
  const { state: passwordState, pending: passwordPending, formProps: passwordForm } = useKeptFormAction(resetPasswordAction);
  const { state: sessionsState, pending: sessionsPending, formProps: sessionsForm } = useKeptFormAction(endSessionsAction);

  return (
    <>
      <Section title="Role" id="role-title">
        <FormStatus state={roleState} />
        <form {...roleForm} className="app-inline-form">
          <input type="hidden" name="userId" value={userId} />
          <SelectField name="role" label="Role" state={roleState} defaultValue={role} disabled={isSelf} options={optionsOf(roles)} />
          <button type="submit" className="govuk-button" disabled={rolePending || isSelf}>
            Change role
          </button>
        </form>
        <p className="govuk-hint">Changing the role ends the person&apos;s open sessions: they sign in again with the new role.</p>
      </Section>

      <Section title={disabled ? "Re-enable the account" : "Disable the account"} id="status-title">
        <FormStatus state={disableState} />
        <form {...disableForm} onSubmit={disabled ? disableForm.onSubmit : checkDisable.onSubmit}>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
          <CheckBeforeSending
            check={checkDisable}
            title="disable this account"
            warning="Their work stays assigned to them until a supervisor reassigns it."
            confirmLabel="Confirm and disable the account"
            pending={disablePending}
            fields={null}
            button={
              <button type="submit" className={disabled ? "govuk-button" : "govuk-button govuk-button--secondary"} disabled={disablePending || isSelf}>
                {disabled ? "Re-enable account" : "Disable account"}
              </button>
            }
          />
        </form>
      </Section>

      <Section title="Reset the password" id="password-title">
        <FormStatus state={passwordState} />
        <form {...passwordForm} noValidate>
          <input type="hidden" name="userId" value={userId} />
          <TextField name="password" label="New password" state={passwordState} type="password" autoComplete="new-password" />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={passwordPending}>
            Reset password
          </button>
        </form>
      </Section>

      <Section title="Sessions" id="sessions-title">
        <FormStatus state={sessionsState} />
        <form {...sessionsForm}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={sessionsPending}>
            End all sessions
          </button>
        </form>
      </Section>
    </>
  );
}
