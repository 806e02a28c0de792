"use client";

import { useEffect, useRef, useState } from "react";
import { formatDate } from "@/lib/format";
import type { FormState } from "./form-status";
import { SummaryList } from "./summary-list";

export interface Answer {
  question: string;
  answer: string;
}

const notAnswered = "Not answered";

function questionOf(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  const label = element.labels?.[0]?.textContent?.trim();
  return label || element.name;
}

/**
 * What a form holds, as GOV.UK's "check your answers" lists it: each question by its
 * label (a group of radios by its legend), each answer as the person sees it (a choice's
 * words, a date in words, a box ticked as yes or no). Hidden inputs are the form's own.
 */
export function readAnswers(form: HTMLFormElement): Answer[] {
  const answers: Answer[] = [];
  const radiosDone = new Set<string>();
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    if (!element.name || element.disabled || element.type === "hidden" || element.type === "submit") continue;
    if (element instanceof HTMLInputElement && element.type === "radio") {
      if (radiosDone.has(element.name)) continue;
      radiosDone.add(element.name);
      const legend = element.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? element.name;
      const checked = form.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]:checked`);
      answers.push({ question: legend, answer: checked ? questionOf(checked) : notAnswered });
    } else if (element instanceof HTMLInputElement && element.type === "checkbox") {
      answers.push({ question: questionOf(element), answer: element.checked ? "Yes" : "No" });
    } else if (element instanceof HTMLSelectElement) {
      answers.push({ question: questionOf(element), answer: element.value ? (element.selectedOptions[0]?.textContent?.trim() ?? element.value) : notAnswered });
    } else {
      const value = element.value.trim();
      const shown = element.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
      answers.push({ question: questionOf(element), answer: shown || notAnswered });
    }
  }
  return answers;
}

/**
 * A check-your-answers step for a form whose action cannot be undone by the person who
 * sends it: the first press shows the answers, a second confirms. A refusal from the
 * server goes back to the questions, where its messages are.
 */
export function useCheckAnswers(state: FormState, send: (event: React.FormEvent<HTMLFormElement>) => void) {
  const [answers, setAnswers] = useState<Answer[] | null>(null);
  useEffect(() => {
    if (state && !state.ok) setAnswers(null);
  }, [state]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (answers) {
      send(event);
      return;
    }
    event.preventDefault();
    setAnswers(readAnswers(event.currentTarget));
  };
  return { answers, onSubmit, change: () => setAnswers(null) };
}

/** The answers to check, what confirming does, and the two ways on. */
export function CheckAnswers({
  title,
  answers,
  warning,
  confirmLabel,
  pending,
  onChange,
}: {
  title: string;
  answers: Answer[];
  warning: string;
  confirmLabel: string;
  pending: boolean;
  onChange: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="app-check-answers">
      <h4 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        Check your answers: {title}
      </h4>
      <SummaryList rows={answers.map((a) => ({ key: a.question, value: a.answer }))} />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {warning}
        </strong>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={pending}>
          {confirmLabel}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onChange}>
          Change your answers
        </button>
      </div>
    </div>
  );
}
