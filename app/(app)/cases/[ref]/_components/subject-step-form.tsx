"use client";

import { useState, type FormEvent } from "react";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { CheckboxList, Choices, Fieldset, optionsOf, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { CheckAnswers, useCheckAnswers } from "@/components/ui/check-answers";
import { Details } from "@/components/ui/details";
import { FormStatus, type FormState } from "@/components/ui/form-status";
import type { ActionKind } from "@/lib/cases/workflow";
import { type ConductForum, lawfulOutcomes, type LawfulOutcomesInput, type ProceedingsFinding } from "@/lib/conduct/rules";
import { assessmentRouteLabels, assessmentRoutesOpen, type Severity } from "@/lib/conduct/routes";
import { staffOutcomesOpen, staffRoutesOpen } from "@/lib/conduct/staff-policy";
import {
  outcomes,
  panelChairs,
  proceedings,
  proceedingsFindings,
  severities,
  standards,
  withdrawalKinds,
  type Outcome,
  type Proceedings,
} from "@/lib/vocabulary";
import { subjectStepAction } from "../../actions";

interface Props {
  caseRef: string;
  subjectId: number;
  version: number;
  name: string;
  actions: ActionKind[];
  /** Forums open to this officer under this regime (lib/conduct/decisions.ts). */
  forums: Proceedings[];
  /** The proceedings referred to, if any; without them only these outcomes are open. */
  forum: Proceedings | null;
  outcomesWithoutProceedings: Outcome[];
  /** The facts the outcome rules read, recorded at referral or shown by the officer's record. */
  facts: Omit<LawfulOutcomesInput, "forum" | "proceedingsFinding">;
  /** Warnings in force at the severity assessment according to the officer's own record. */
  onRecord: { writtenWarning: boolean; finalWrittenWarning: boolean };
  /** Police staff and PCSOs follow the force's staff disciplinary policy (lib/conduct/staff-policy.ts). */
  employee: "officer" | "staff";
}

const titles: Record<ActionKind, string> = {
  start_assessment: "Start the severity assessment",
  assess: "Record the severity assessment",
  complete_investigation: "Complete the investigation",
  decide: "Record the appropriate authority's decision",
  refer: "Choose the proceedings",
  record_outcome: "Record the outcome",
  record_leaving: "Record that the officer left",
  withdraw: "Withdraw",
  reopen: "Reopen",
  complete_rprp: "Record the reflective practice review completed",
  record_notice: "Record the written notice (reg 17)",
};

/**
 * Steps a person cannot take back themself: each is checked before it is sent (issue 17,
 * item 4). A supervisor can still reopen or correct them, which the warning says.
 */
const checkedSteps: Partial<Record<ActionKind, { confirm: string; warning: string }>> = {
  decide: {
    confirm: "Confirm and record the decision",
    warning: "The decision is recorded in the officer's record and the audit trail; only a supervisor can correct the finding afterwards.",
  },
  record_outcome: {
    confirm: "Confirm and record the outcome",
    warning: "The outcome finalises this officer's matter; a barred-list report may fall due at once.",
  },
  withdraw: {
    confirm: "Confirm and withdraw",
    warning: "The allegation stops here; only a supervisor can reopen it.",
  },
};

/** The date a decision was made, when it is recorded on a later day (issue 17, item 4). */
function DecisionDate({ prefix, name, label, state }: { prefix: string; name: string; label: string; state: FormState }) {
  return <TextField name={name} label={label} hint="Leave empty if it was made today." type="date" state={state} idPrefix={prefix} />;
}

function Choice({ prefix, name, label, options, state }: { prefix: string; name: string; label: string; options: [string, string][]; state: FormState }) {
  return (
    <SelectField
      name={name}
      label={label}
      state={state}
      idPrefix={prefix}
      defaultValue=""
      placeholder="Choose"
      options={options.map(([value, text]) => ({ value, label: text }))}
    />
  );
}

function Reason({ prefix, name, label, hint, state }: { prefix: string; name: string; label: string; hint?: string; state: FormState }) {
  return <TextareaField name={name} label={label} hint={hint} state={state} idPrefix={prefix} rows={3} />;
}

/**
 * The outcome of proceedings: first what the meeting or hearing found, then only the
 * outcomes the regulations allow on that finding (2020 reg 42; 2012 regs 35 and 55); the
 * server checks the same rules again.
 */
function OutcomeFields({ prefix, props, state }: { prefix: string; props: Props; state: FormState }) {
  const [finding, setFinding] = useState<ProceedingsFinding | "">("");
  const staff = props.employee === "staff";
  if (!props.forum) {
    const open: Outcome[] = staff
      ? staffOutcomesOpen({ proceedingsFinding: null, finalWrittenWarningInForce: props.facts.finalWrittenWarningInForce })
      : props.outcomesWithoutProceedings;
    return (
      <Choice
        prefix={prefix}
        name="outcome"
        label={staff ? "Outcome (no disciplinary hearing)" : "Outcome (no misconduct proceedings)"}
        options={open.map((k) => [k, outcomes.labels[k]])}
        state={state}
      />
    );
  }
  const forum = props.forum;
  const open: Outcome[] = !finding
    ? []
    : staff
      ? staffOutcomesOpen({ proceedingsFinding: finding, finalWrittenWarningInForce: props.facts.finalWrittenWarningInForce })
      : (lawfulOutcomes({ ...props.facts, forum: forum as ConductForum, proceedingsFinding: finding }) as Outcome[]);
  return (
    <>
      <SelectField
        name="proceedingsFinding"
        label={`What the ${proceedings.labels[forum].toLowerCase()} found`}
        state={state}
        idPrefix={prefix}
        value={finding}
        onChange={(event) => setFinding(event.target.value as ProceedingsFinding | "")}
        placeholder="Choose"
        options={optionsOf(proceedingsFindings)}
      />
      <SelectField
        key={finding}
        name="outcome"
        label="Outcome (only those the regulations allow on this finding)"
        hint={
          finding
            ? staff
              ? `${open.length} open under the staff disciplinary policy.`
              : `${open.length} lawful for ${props.facts.officer === "former" ? "a former officer" : "a serving officer"} under the ${props.facts.regime} regulations.`
            : "Choose the finding first."
        }
        state={state}
        idPrefix={prefix}
        defaultValue=""
        disabled={!finding}
        placeholder="Choose"
        options={open.map((key) => ({ value: key, label: outcomes.labels[key] }))}
      />
      <TextField
        name="heldOn"
        label={`Date of the ${proceedings.labels[forum].toLowerCase()}`}
        hint="The outcome is dated by it."
        type="date"
        state={state}
        idPrefix={prefix}
      />
      {!staff && (forum === "misconduct_hearing" || forum === "accelerated_misconduct_hearing") ? (
        <SelectField
          name="panelChair"
          label="Who chaired the hearing"
          hint="Needed for a hearing held from 7 May 2024: the chief officer or their delegate (SI 2024/521)."
          state={state}
          idPrefix={prefix}
          defaultValue=""
          placeholder="Choose"
          options={optionsOf(panelChairs)}
        />
      ) : null}
    </>
  );
}

/**
 * The severity assessment and where it sends the matter: only the routes the regulations
 * open for that severity, this officer and this regime are offered (2020 reg 14; Sch 1).
 */
function AssessFields({ prefix, props, state }: { prefix: string; props: Props; state: FormState }) {
  const [severity, setSeverity] = useState<Severity | "">("");
  const staff = props.employee === "staff";
  const open = !severity ? [] : staff ? staffRoutesOpen(severity) : assessmentRoutesOpen(props.facts.regime, props.facts.officer, severity);
  return (
    <>
      <SelectField
        name="severity"
        label="Severity: what the conduct would be, if proved"
        state={state}
        idPrefix={prefix}
        value={severity}
        onChange={(event) => setSeverity(event.target.value as Severity | "")}
        placeholder="Choose"
        hint={staff ? "Police staff: the force's staff disciplinary policy applies, not the Police (Conduct) Regulations." : undefined}
        options={optionsOf(severities).filter((option) => !staff || option.value !== "practice_requiring_improvement")}
      />
      <SelectField
        key={severity}
        name="route"
        label="Where the matter goes next"
        hint={severity ? "Only the routes the regulations allow after this assessment." : "Choose the severity first."}
        state={state}
        idPrefix={prefix}
        defaultValue={open.length === 1 ? open[0] : ""}
        disabled={!severity}
        placeholder="Choose"
        options={open.map((route) => ({ value: route, label: assessmentRouteLabels[route] }))}
      />
      <Choices
        type="checkbox"
        name="standards"
        idPrefix={prefix}
        legend="Standards of Professional Behaviour the allegation would breach"
        state={state}
        options={optionsOf(standards)}
        small
      />
    </>
  );
}

interface Shared {
  state: FormState;
  pending: boolean;
  submit: (event: FormEvent<HTMLFormElement>) => void;
  action: (formData: FormData) => void;
}

/** One workflow step on one subject; the version refuses the step if someone else moved the subject first. */
function StepForm({ kind, props, shared: { state, pending, submit, action } }: { kind: ActionKind; props: Props; shared: Shared }) {
  const prefix = `s${props.subjectId}-`;
  const fields = (() => {
    switch (kind) {
      case "assess":
        return <AssessFields prefix={prefix} props={props} state={state} />;
      case "complete_investigation":
        return (
          <Choice
            prefix={prefix}
            name="recommendation"
            label="Investigator's recommendation"
            options={[
              ["case_to_answer", "Case to answer"],
              ["no_case_to_answer", "No case to answer"],
            ]}
            state={state}
          />
        );
      case "decide":
        return (
          <>
            <Choices
              type="radio"
              name="caseToAnswer"
              idPrefix={prefix}
              legend="Is there a case to answer? (2020 reg 23(1)(a))"
              state={state}
              small
              options={[
                { value: "misconduct", label: "Case to answer for misconduct" },
                { value: "gross_misconduct", label: "Case to answer for gross misconduct" },
                { value: "none", label: "No case to answer" },
              ]}
            />
            <CheckboxList
              idPrefix={prefix}
              small
              items={[{ name: "referToProceedings", label: "Bring misconduct proceedings (2020 reg 23(1)(b)); the proceedings are chosen next" }]}
            />
            <Reason
              prefix={prefix}
              name="rationale"
              label="Rationale"
              hint="Required for every decision, including a decision not to bring proceedings. Without proceedings the matter ends or goes to the reflective practice review process."
              state={state}
            />
            <DecisionDate prefix={prefix} name="decidedOn" label="Date the decision was made" state={state} />
          </>
        );
      case "refer":
        return (
          <>
            <Choice prefix={prefix} name="proceedings" label="Proceedings" options={props.forums.map((k) => [k, proceedings.labels[k]])} state={state} />
            {props.employee === "officer" ? (
              <TextField
                name="documentsSuppliedOn"
                label="Date the notice of referral and the documents were given to the officer (reg 30)"
                hint="The officer's 15 working days to respond begin the next working day (2020 reg 31(1)); a task with the due date is added to the case."
                type="date"
                state={state}
                idPrefix={prefix}
              />
            ) : null}
            <Fieldset
              legend={props.employee === "staff" ? "Warnings live under the staff policy" : "Facts the outcome rules need (2020 reg 42(5)-(7))"}
              id={`${prefix}facts`}
              hint="Ticked where the officer's own record shows it; check against the personnel file."
            >
              <CheckboxList
                idPrefix={prefix}
                small
                items={[
                  {
                    name: "finalWrittenWarningInForce",
                    label: "A final written warning was in force on the date of the severity assessment",
                    defaultChecked: props.onRecord.finalWrittenWarning,
                  },
                  {
                    name: "writtenWarningInForce",
                    label: "A written warning was in force on the date of the severity assessment",
                    defaultChecked: props.onRecord.writtenWarning,
                  },
                  { name: "severalUnconnectedIncidents", label: "The misconduct arises from more than one incident, not closely factually connected" },
                ].filter((item) => props.employee === "officer" || item.name === "finalWrittenWarningInForce")}
              />
            </Fieldset>
          </>
        );
      case "record_outcome":
        return <OutcomeFields prefix={prefix} props={props} state={state} />;
      case "record_leaving":
        return (
          <>
            <Choice
              prefix={prefix}
              name="how"
              label="How the officer left"
              options={[
                ["resigned", "Resigned"],
                ["retired", "Retired"],
              ]}
              state={state}
            />
            <TextField name="leftOn" label="Date the officer left" type="date" state={state} idPrefix={prefix} />
          </>
        );
      case "withdraw":
        return (
          <>
            <Choice
              prefix={prefix}
              name="withdrawalKind"
              label="What is withdrawn"
              options={withdrawalKinds.keys.map((k) => [k, withdrawalKinds.labels[k]])}
              state={state}
            />
            <Reason prefix={prefix} name="reason" label="Reason for withdrawing" state={state} />
            <DecisionDate prefix={prefix} name="withdrawnOn" label="Date it was withdrawn" state={state} />
          </>
        );
      case "reopen":
        return <Reason prefix={prefix} name="reason" label="Reason for reopening" state={state} />;
      case "record_notice":
        return (
          <TextField
            name="servedOn"
            label="Date the written notice of the investigation was given to the officer"
            hint="The notice tells the officer of the investigation, its severity assessment and their rights (2020 reg 17)."
            type="date"
            state={state}
            idPrefix={prefix}
          />
        );
      case "complete_rprp":
        return (
          <>
            <TextField name="discussedOn" label="Date of the reflective practice discussion" type="date" state={state} idPrefix={prefix} />
            <Reason
              prefix={prefix}
              name="actions"
              label="Actions agreed"
              hint="The key actions in the reflective review development report (2020 reg 70(2)(c))."
              state={state}
            />
            <TextField name="completedOn" label="Date the process was completed" type="date" state={state} idPrefix={prefix} />
          </>
        );
      default:
        return null;
    }
  })();
  const checked = checkedSteps[kind];
  const check = useCheckAnswers(state, submit);
  const reviewing = checked && check.answers;
  return (
    <form action={action} onSubmit={checked ? check.onSubmit : submit} noValidate aria-label={`${titles[kind]}: ${props.name}`} className="app-step-form">
      <input type="hidden" name="ref" value={props.caseRef} />
      <input type="hidden" name="subjectId" value={props.subjectId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="kind" value={kind} />
      <div hidden={Boolean(reviewing)}>{fields}</div>
      {reviewing ? (
        <CheckAnswers
          title={`${titles[kind]} for ${props.name}`}
          answers={check.answers ?? []}
          warning={checked.warning}
          confirmLabel={checked.confirm}
          pending={pending}
          onChange={check.change}
        />
      ) : (
        <button type="submit" className={kind === "withdraw" ? "govuk-button govuk-button--secondary" : "govuk-button"} disabled={pending}>
          {titles[kind]}
        </button>
      )}
    </form>
  );
}

/**
 * The next step for a subject, with withdrawing or reopening kept one click away so it
 * is not pressed by mistake. The result shows above the forms and stays when the page
 * refreshes to the subject's new stage; what was typed stays after a refusal.
 */
export function SubjectStepForms(props: Props & { waiting: string | null }) {
  // One result for the subject's several forms; the form in use is remounted when the subject moves on.
  const { state, pending, formProps } = useKeptFormAction(subjectStepAction, { resetOnSuccess: false });
  const shared = { state, pending, submit: formProps.onSubmit, action: formProps.action };
  const isSecondary = (kind: ActionKind) => kind === "withdraw" || kind === "reopen" || kind === "record_leaving" || kind === "record_notice";
  const primary = props.actions.find((kind) => !isSecondary(kind));
  const secondary = props.actions.filter(isSecondary);
  return (
    <div>
      <FormStatus state={state} idPrefix={`s${props.subjectId}-`} />
      {primary ? <StepForm key={`${primary}-${props.version}`} kind={primary} props={props} shared={shared} /> : props.waiting ? <p>{props.waiting}</p> : null}
      {secondary.map((kind) => (
        <Details
          key={kind}
          summary={
            kind === "record_leaving"
              ? `Record that ${props.name} resigned or retired`
              : kind === "record_notice"
                ? `Record the written notice given to ${props.name} (reg 17)`
                : `${titles[kind]} ${props.name}'s allegation`
          }
        >
          <StepForm kind={kind} props={props} shared={shared} />
        </Details>
      ))}
    </div>
  );
}
