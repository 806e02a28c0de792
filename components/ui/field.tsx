import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { fieldErrorOf, type FormState } from "./form-status";

/** What a control needs from its field: its id, its name and what describes it. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldOwnProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The form's last result: its problem with this field is shown beside the label. */
  state?: FormState;
  /** Keeps ids unique where a page repeats a form. */
  idPrefix?: string;
  /** A message of the field's own, where the problem is not the form action's (a filter form's). */
  error?: string;
  labelClassName?: string;
}

/** The problem with a field: its own message, or the form action's for its name. */
function messageOf(name: string, state: FormState | undefined, error: string | undefined) {
  return error ?? (state ? fieldErrorOf(state, name) : undefined);
}

/** The ids of the hint and the error that describe a control, as `aria-describedby` wants them. */
function describedByOf(id: string, hint: ReactNode, message: string | undefined) {
  return [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** GOV.UK's form group, marked in error when the field has a problem. */
function FormGroup({ message, children }: { message: string | undefined; children: ReactNode }) {
  return <div className={`govuk-form-group${message ? " govuk-form-group--error" : ""}`}>{children}</div>;
}

/** GOV.UK's error message, its "Error:" said to screen readers only. */
function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error: </span>
      {message}
    </p>
  ) : null;
}

/** The hint (where there is one) and the error message under a label or a legend. */
function HintAndError({ id, hint, message }: { id: string; hint: ReactNode; message: string | undefined }) {
  return (
    <>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={id} message={message} />
    </>
  );
}

/** Splits a field's own props from those of its control. */
function fieldProps<P extends FieldOwnProps>({ name, label, hint, state, idPrefix, error, labelClassName, ...control }: P) {
  return [{ name, label, hint, state, idPrefix, error, labelClassName }, control] as const;
}

/**
 * GOV.UK form group: label, hint, error message and the control, wired together by
 * ids (the error summary links to `${idPrefix}${name}`). Every control here is
 * uncontrolled: `defaultValue` is where it starts, and after a refusal it still holds
 * what the person sent, because the form sends through `useKeptFormAction`, which React
 * does not reset (a plain `<form action>` would be).
 */
export function Field({
  name,
  label,
  hint,
  state,
  idPrefix = "",
  error,
  labelClassName,
  children,
}: FieldOwnProps & { children: (control: ControlProps) => ReactNode }) {
  const id = `${idPrefix}${name}`;
  const message = messageOf(name, state, error);
  return (
    <FormGroup message={message}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ""}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} message={message} />
      {children({ id, name, "aria-describedby": describedByOf(id, hint, message), "aria-invalid": message ? true : undefined })}
    </FormGroup>
  );
}

/** GOV.UK width classes: fixed widths by characters, fluid by fractions of the column. */
export type InputWidth = "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third";

function widthClass(width: InputWidth | undefined) {
  if (!width) return "";
  return /^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`;
}

type Own = FieldOwnProps & { width?: InputWidth };

export function TextField({ width, type = "text", className, ...props }: Own & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const [field, input] = fieldProps(props);
  // A date shows dd/mm/yyyy and a picker button: 10 characters are too few for both.
  // Numbers here are years, counts and days: five characters fit them and say so.
  const w = width ?? (type === "date" ? "10" : type === "number" || input.inputMode === "numeric" ? "5" : undefined);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...input}
          {...control}
          type={type}
          className={`govuk-input${control["aria-invalid"] ? " govuk-input--error" : ""}${widthClass(w)}${type === "date" ? " app-input--date" : ""}${className ? ` ${className}` : ""}`}
        />
      )}
    </Field>
  );
}

export function TextareaField({ rows = 5, ...props }: FieldOwnProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const [field, textarea] = fieldProps(props);
  return (
    <Field {...field}>
      {(control) => <textarea {...textarea} {...control} rows={rows} className={`govuk-textarea${control["aria-invalid"] ? " govuk-textarea--error" : ""}`} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  options = [],
  placeholder,
  children,
  ...props
}: FieldOwnProps & { options?: readonly Option[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  const [field, select] = fieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <select {...select} {...control} className={`govuk-select${control["aria-invalid"] ? " govuk-select--error" : ""}`}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {/* Options written out by the caller, where they are grouped or computed. */}
          {children}
        </select>
      )}
    </Field>
  );
}

/** A vocabulary (`lib/vocabulary.ts`) as options, in its own order. */
export function optionsOf(vocabulary: { keys: readonly string[]; labels: Record<string, string> }): Option[] {
  return vocabulary.keys.map((key) => ({ value: key, label: vocabulary.labels[key]! }));
}

interface ChoiceOption extends Option {
  hint?: ReactNode;
}

/**
 * GOV.UK checkboxes or radios in a fieldset: the legend names the question, each box
 * its answer. `defaultValue` is the answer (radios) or answers (checkboxes) kept.
 */
export function Choices({
  type,
  name,
  legend,
  hint,
  state,
  idPrefix = "",
  error,
  options,
  defaultValue,
  inline,
  small,
  legendClassName,
  required,
}: {
  type: "checkbox" | "radio";
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  state?: FormState;
  idPrefix?: string;
  error?: string;
  options: readonly ChoiceOption[];
  defaultValue?: string | readonly string[];
  inline?: boolean;
  small?: boolean;
  legendClassName?: string;
  required?: boolean;
}) {
  const id = `${idPrefix}${name}`;
  const message = messageOf(name, state, error);
  const kept = new Set(typeof defaultValue === "string" ? [defaultValue] : (defaultValue ?? []));
  const block = type === "checkbox" ? "govuk-checkboxes" : "govuk-radios";
  return (
    <FormGroup message={message}>
      <fieldset className="govuk-fieldset" aria-describedby={describedByOf(id, hint, message)}>
        <legend className={`govuk-fieldset__legend ${legendClassName ?? "govuk-fieldset__legend--s"}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} message={message} />
        <div className={`${block}${inline ? ` ${block}--inline` : ""}${small ? ` ${block}--small` : ""}`}>
          {options.map((option, i) => {
            // The first box takes the field's own id, so that the error summary's link lands on it.
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div key={option.value} className={`${block}__item`}>
                <input
                  className={`${block}__input`}
                  id={optionId}
                  name={name}
                  type={type}
                  value={option.value}
                  defaultChecked={kept.has(option.value)}
                  required={required && type === "radio" ? true : undefined}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className={`govuk-label ${block}__label`} htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className={`govuk-hint ${block}__hint`} id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/** A GOV.UK checkbox and its label (and hint), inside a `govuk-checkboxes` list. */
function CheckboxItem({
  id,
  label,
  hint,
  value = "on",
  ...input
}: { id: string; label: ReactNode; hint?: ReactNode; value?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "value" | "className">) {
  return (
    <div className="govuk-checkboxes__item">
      <input className="govuk-checkboxes__input" id={id} {...input} type="checkbox" value={value} />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** One checkbox on its own (a confirmation, a switch), drawn as GOV.UK's, with the form's problem with it above. */
export function Checkbox({
  name,
  label,
  hint,
  value = "on",
  defaultChecked,
  id,
  small,
  state,
  ...input
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value?: string;
  defaultChecked?: boolean;
  id?: string;
  small?: boolean;
  state?: FormState;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  const inputId = id ?? name;
  const message = messageOf(name, state, undefined);
  return (
    <FormGroup message={message}>
      <ErrorMessage id={inputId} message={message} />
      <div className={`govuk-checkboxes${small ? " govuk-checkboxes--small" : ""}`}>
        <CheckboxItem
          {...input}
          id={inputId}
          name={name}
          label={label}
          hint={hint}
          value={value}
          defaultChecked={defaultChecked}
          aria-describedby={describedByOf(inputId, hint, message)}
        />
      </div>
    </FormGroup>
  );
}

/** GOV.UK fieldset: fields that answer one question together, named by the legend. */
export function Fieldset({
  legend,
  hint,
  id,
  legendClassName,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  id?: string;
  legendClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" id={id} aria-describedby={hint && id ? `${id}-hint` : undefined}>
        <legend className={`govuk-fieldset__legend ${legendClassName ?? "govuk-fieldset__legend--s"}`}>{legend}</legend>
        {hint ? (
          <div className="govuk-hint" id={id ? `${id}-hint` : undefined}>
            {hint}
          </div>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}

/** GOV.UK file upload: the browser's own file picker with the field's label, hint and error. */
export function FileField({ id, ...props }: FieldOwnProps & { id?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  const [{ name, ...field }, input] = fieldProps(props);
  return (
    <Field {...field} name={id ?? name}>
      {(control) => (
        <input {...input} {...control} name={name} type="file" className={`govuk-file-upload${control["aria-invalid"] ? " govuk-file-upload--error" : ""}`} />
      )}
    </Field>
  );
}

/** GOV.UK checkboxes that are separate yes/no answers, each under its own name, in one list. */
export function CheckboxList({
  items,
  idPrefix = "",
  small,
}: {
  items: { name: string; label: ReactNode; value?: string; defaultChecked?: boolean }[];
  idPrefix?: string;
  small?: boolean;
}) {
  return (
    <div className={`govuk-checkboxes${small ? " govuk-checkboxes--small" : ""}`}>
      {items.map((item) => (
        <CheckboxItem key={item.name} id={`${idPrefix}${item.name}`} {...item} />
      ))}
    </div>
  );
}
