"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FieldError, FormStatus, invalidProps, type FormState } from "@/components/ui/form-status";
import type { ActionKind } from "@/lib/cases/workflow";
import { lawfulOutcomes, type LawfulOutcomesInput, type ProceedingsFinding } from "@/lib/conduct/rules";
import { outcomes, proceedings, proceedingsFindings, severities, standards, withdrawalKinds, type Outcome, type Proceedings } from "@/lib/vocabulary";
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
};

function Choice({ prefix, name, label, options, state }: { prefix: string; name: string; label: string; options: [string, string][]; state: FormState }) {
  return (
    <div className="field">
      <label htmlFor={`${prefix}${name}`}>{label}</label>
      <FieldError state={state} name={name} idPrefix={prefix} />
      <select id={`${prefix}${name}`} name={name} defaultValue="" {...invalidProps(state, name, prefix)}>
        <option value="">Choose</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Reason({ prefix, name, label, hint, state }: { prefix: string; name: string; label: string; hint?: string; state: FormState }) {
  return (
    <div className="field">
      <label htmlFor={`${prefix}${name}`}>{label}</label>
      {hint ? <p className="hint" id={`${prefix}${name}-hint`}>{hint}</p> : null}
      <FieldError state={state} name={name} idPrefix={prefix} />
      <textarea id={`${prefix}${name}`} name={name} rows={3} {...invalidProps(state, name, prefix)} />
    </div>
  );
}

/**
 * The outcome of proceedings: first what the meeting or hearing found, then only the
 * outcomes the regulations allow on that finding (2020 reg 42; 2012 regs 35 and 55); the
 * server checks the same rules again.
 */
function OutcomeFields({ prefix, props, state }: { prefix: string; props: Props; state: FormState }) {
  const [finding, setFinding] = useState<ProceedingsFinding | "">("");
  if (!props.forum) {
    return <Choice prefix={prefix} name="outcome" label="Outcome (no misconduct proceedings)" options={props.outcomesWithoutProceedings.map((k) => [k, outcomes.labels[k]])} state={state} />;
  }
  const forum = props.forum;
  const open = finding ? (lawfulOutcomes({ ...props.facts, forum, proceedingsFinding: finding }) as Outcome[]) : [];
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}proceedingsFinding`}>What the {proceedings.labels[forum].toLowerCase()} found</label>
        <FieldError state={state} name="proceedingsFinding" idPrefix={prefix} />
        <select
          id={`${prefix}proceedingsFinding`}
          name="proceedingsFinding"
          value={finding}
          onChange={(event) => setFinding(event.target.value as ProceedingsFinding | "")}
          {...invalidProps(state, "proceedingsFinding", prefix)}
        >
          <option value="">Choose</option>
          {proceedingsFindings.keys.map((key) => (
            <option key={key} value={key}>
              {proceedingsFindings.labels[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}outcome`}>Outcome (only those the regulations allow on this finding)</label>
        <p className="hint" id={`${prefix}outcome-hint`}>
          {finding ? `${open.length} lawful for ${props.facts.officer === "former" ? "a former officer" : "a serving officer"} under the ${props.facts.regime} regulations.` : "Choose the finding first."}
        </p>
        <FieldError state={state} name="outcome" idPrefix={prefix} />
        <select key={finding} id={`${prefix}outcome`} name="outcome" defaultValue="" disabled={!finding} {...invalidProps(state, "outcome", prefix)}>
          <option value="">Choose</option>
          {open.map((key) => (
            <option key={key} value={key}>
              {outcomes.labels[key]}
            </option>
          ))}
        </select>
      </div>
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
        return (
          <>
            <Choice prefix={prefix} name="severity" label="Severity" options={severities.keys.map((k) => [k, severities.labels[k]])} state={state} />
            <fieldset className="field" id={`${prefix}standards`}>
              <legend>Standards of Professional Behaviour the allegation would breach</legend>
              <FieldError state={state} name="standards" idPrefix={prefix} />
              {standards.keys.map((key) => (
                <label key={key} className="checkbox">
                  <input type="checkbox" name="standards" value={key} /> {standards.labels[key]}
                </label>
              ))}
            </fieldset>
          </>
        );
      case "complete_investigation":
        return (
          <Choice
            prefix={prefix}
            name="recommendation"
            label="Investigator's recommendation"
            options={[["case_to_answer", "Case to answer"], ["no_case_to_answer", "No case to answer"]]}
            state={state}
          />
        );
      case "decide":
        return (
          <>
            <Choice prefix={prefix} name="finding" label="Decision" options={[["case_to_answer", "Case to answer"], ["no_case_to_answer", "No case to answer"]]} state={state} />
            <Reason prefix={prefix} name="rationale" label="Rationale" hint="Required for every decision, including a decision not to act." state={state} />
          </>
        );
      case "refer":
        return (
          <>
            <Choice prefix={prefix} name="proceedings" label="Proceedings" options={props.forums.map((k) => [k, proceedings.labels[k]])} state={state} />
            <fieldset className="field">
              <legend>Facts the outcome rules need (2020 reg 42(5)-(7))</legend>
              <p className="hint">Ticked where the officer&apos;s own record shows it; check against the personnel file.</p>
              <label className="checkbox">
                <input type="checkbox" name="finalWrittenWarningInForce" defaultChecked={props.onRecord.finalWrittenWarning} /> A final written warning was in force on the date of the severity assessment
              </label>
              <label className="checkbox">
                <input type="checkbox" name="writtenWarningInForce" defaultChecked={props.onRecord.writtenWarning} /> A written warning was in force on the date of the severity assessment
              </label>
              <label className="checkbox">
                <input type="checkbox" name="severalUnconnectedIncidents" /> The misconduct arises from more than one incident, not closely factually connected
              </label>
            </fieldset>
          </>
        );
      case "record_outcome":
        return <OutcomeFields prefix={prefix} props={props} state={state} />;
      case "record_leaving":
        return (
          <>
            <Choice prefix={prefix} name="how" label="How the officer left" options={[["resigned", "Resigned"], ["retired", "Retired"]]} state={state} />
            <div className="field">
              <label htmlFor={`${prefix}leftOn`}>Date the officer left</label>
              <FieldError state={state} name="leftOn" idPrefix={prefix} />
              <input id={`${prefix}leftOn`} name="leftOn" type="date" {...invalidProps(state, "leftOn", prefix)} />
            </div>
          </>
        );
      case "withdraw":
        return (
          <>
            <Choice prefix={prefix} name="withdrawalKind" label="What is withdrawn" options={withdrawalKinds.keys.map((k) => [k, withdrawalKinds.labels[k]])} state={state} />
            <Reason prefix={prefix} name="reason" label="Reason for withdrawing" state={state} />
          </>
        );
      case "reopen":
        return <Reason prefix={prefix} name="reason" label="Reason for reopening" state={state} />;
      default:
        return null;
    }
  })();
  return (
    <form action={action} onSubmit={submit} noValidate aria-label={`${titles[kind]}: ${props.name}`} className="finding-form">
      <input type="hidden" name="ref" value={props.caseRef} />
      <input type="hidden" name="subjectId" value={props.subjectId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="kind" value={kind} />
      {fields}
      <button type="submit" className={kind === "withdraw" ? "button button--secondary" : "button"} disabled={pending}>
        {titles[kind]}
      </button>
    </form>
  );
}

/**
 * The next step for a subject, with withdrawing or reopening kept one click away so it
 * is not pressed by mistake. The result shows above the forms and stays when the page
 * refreshes to the subject's new stage; what was typed stays after a refusal.
 */
export function SubjectStepForms(props: Props & { waiting: string | null }) {
  const [state, dispatch, pending] = useActionState(subjectStepAction, null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const shared = { state, pending, submit, action: dispatch };
  const isSecondary = (kind: ActionKind) => kind === "withdraw" || kind === "reopen" || kind === "record_leaving";
  const primary = props.actions.find((kind) => !isSecondary(kind));
  const secondary = props.actions.filter(isSecondary);
  return (
    <div>
      <FormStatus state={state} idPrefix={`s${props.subjectId}-`} />
      {primary ? <StepForm key={`${primary}-${props.version}`} kind={primary} props={props} shared={shared} /> : props.waiting ? <p>{props.waiting}</p> : null}
      {secondary.map((kind) => (
        <details key={kind}>
          <summary>
            {kind === "record_leaving" ? `Record that ${props.name} resigned or retired` : <>{titles[kind]} {props.name}&apos;s allegation</>}
          </summary>
          <StepForm kind={kind} props={props} shared={shared} />
        </details>
      ))}
    </div>
  );
}
