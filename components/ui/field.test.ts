import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Checkbox, Choices, TextField } from "./field";
import { ErrorSummary, type FormState } from "./form-status";

const refused: FormState = {
  ok: false,
  error: "Check the highlighted fields.",
  fieldErrors: { findingOn: ["Enter the date of the decision."], outcome: ["Choose an outcome."] },
};

describe("Field and the error summary (GOV.UK pattern, WCAG 2.2 SC 3.3.1 and 1.3.1)", () => {
  it("names the control by its label and describes it by its hint and its error", () => {
    const html = renderToStaticMarkup(
      h(TextField, { name: "findingOn", idPrefix: "s7-", label: "Date of decision", hint: "As on the decision letter", state: refused, type: "date" }),
    );
    expect(html).toContain('<label class="govuk-label" for="s7-findingOn">Date of decision</label>');
    expect(html).toMatch(/<input[^>]*id="s7-findingOn"[^>]*>/);
    expect(html).toMatch(/<input[^>]*aria-describedby="s7-findingOn-hint s7-findingOn-error"/);
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(html).toContain('id="s7-findingOn-error"');
    expect(html).toContain("govuk-form-group--error");
    // A date shows dd/mm/yyyy and a picker: the width class makes room for the year.
    expect(html).toMatch(/class="govuk-input govuk-input--error govuk-input--width-10 app-input--date"/);
  });

  it("shows no error and no invalid state when the form was accepted", () => {
    const html = renderToStaticMarkup(h(TextField, { name: "findingOn", label: "Date of decision", state: { ok: true } }));
    expect(html).not.toContain("govuk-error-message");
    expect(html).not.toContain("aria-invalid");
  });

  it("links each problem in the summary to the field's control, radios included", () => {
    const summary = renderToStaticMarkup(
      h(ErrorSummary, { message: "Check the highlighted fields.", fieldErrors: refused.ok === false ? refused.fieldErrors : {}, idPrefix: "s7-" }),
    );
    const field = renderToStaticMarkup(h(TextField, { name: "findingOn", idPrefix: "s7-", label: "Date", state: refused }));
    const radios = renderToStaticMarkup(
      h(Choices, {
        type: "radio",
        name: "outcome",
        idPrefix: "s7-",
        legend: "Outcome",
        state: refused,
        options: [
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ],
      }),
    );
    for (const target of [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])) {
      expect(`${field}${radios}`, target).toContain(`id="${target}"`);
    }
    expect(radios).toMatch(/<fieldset class="govuk-fieldset" aria-describedby="s7-outcome-error">/);
  });

  it("keeps the answers given when the form is shown again", () => {
    const html = renderToStaticMarkup(
      h(Choices, {
        type: "checkbox",
        name: "standards",
        legend: "Standards",
        defaultValue: ["b"],
        options: [
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ],
      }),
    );
    const box = (value: string) => html.match(new RegExp(`<input[^>]*value="${value}"[^>]*>`))![0];
    expect(box("b")).toContain('checked=""');
    expect(box("a")).not.toContain("checked");
  });

  it("shows a lone checkbox's problem above it and describes the box by it", () => {
    const state: FormState = { ok: false, error: "Check the highlighted fields.", fieldErrors: { confidential: ["Tick the box or leave it empty"] } };
    const html = renderToStaticMarkup(h(Checkbox, { name: "confidential", label: "Keep my identity confidential", state }));
    expect(html).toContain("govuk-form-group--error");
    expect(html).toContain('<p class="govuk-error-message" id="confidential-error">');
    expect(html).toMatch(/<input[^>]*id="confidential"[^>]*aria-describedby="confidential-error"/);
    expect(renderToStaticMarkup(h(Checkbox, { name: "confidential", label: "Keep", state: null }))).not.toContain("govuk-error-message");
  });
});
