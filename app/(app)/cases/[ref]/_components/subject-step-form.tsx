"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { FieldError, FormStatus, invalidProps, type FormState } from "@/components/ui/form-status";
import type { ActionKind } from "@/lib/cases/workflow";
import { outcomes, proceedings, severities, standards, type Outcome } from "@/lib/vocabulary";
import { subjectStepAction } from "../../actions";

interface Props {
  caseRef: string;
  subjectId: number;
  version: number;
  name: string;
  actions: ActionKind[];
  lawfulOutcomes: Outcome[];
  forums: (typeof proceedings.keys)[number][];
}

const titles: Record<ActionKind, string> = {
  start_assessment: "Start the severity assessment",
  assess: "Record the severity assessment",
  complete_investigation: "Complete the investigation",
  decide: "Record the appropriate authority's decision",
  refer: "Choose the proceedings",
  record_outcome: "Record the outcome",
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

/** One workflow step on one subject; the version refuses the step if someone else moved the subject first. */
function StepForm({ kind, props }: { kind: ActionKind; props: Props }) {
  const { state, pending, formProps } = useKeptFormAction(subjectStepAction);
  const prefix = `s${props.subjectId}-${kind}-`;
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
        return <Choice prefix={prefix} name="proceedings" label="Proceedings" options={props.forums.map((k) => [k, proceedings.labels[k]])} state={state} />;
      case "record_outcome":
        return <Choice prefix={prefix} name="outcome" label="Outcome (only those open to this forum and regime)" options={props.lawfulOutcomes.map((k) => [k, outcomes.labels[k]])} state={state} />;
      case "withdraw":
        return <Reason prefix={prefix} name="reason" label="Reason for withdrawing" state={state} />;
      case "reopen":
        return <Reason prefix={prefix} name="reason" label="Reason for reopening" state={state} />;
      default:
        return null;
    }
  })();
  return (
    <form {...formProps} noValidate aria-label={`${titles[kind]}: ${props.name}`} className="finding-form">
      <FormStatus state={state} idPrefix={prefix} />
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

/** The next step for a subject, with withdrawing or reopening kept one click away so it is not pressed by mistake. */
export function SubjectStepForms(props: Props & { waiting: string | null }) {
  const primary = props.actions.find((kind) => kind !== "withdraw" && kind !== "reopen");
  const secondary = props.actions.filter((kind) => kind === "withdraw" || kind === "reopen");
  return (
    <div>
      {primary ? <StepForm kind={primary} props={props} /> : props.waiting ? <p>{props.waiting}</p> : null}
      {secondary.map((kind) => (
        <details key={kind}>
          <summary>
            {titles[kind]} {props.name}&apos;s allegation
          </summary>
          <StepForm kind={kind} props={props} />
        </details>
      ))}
    </div>
  );
}
