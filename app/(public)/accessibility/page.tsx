import type { Metadata } from "next";
import { helpContact, serviceName } from "@/lib/service";

export const metadata: Metadata = { title: "Accessibility statement" };

// Public, like the sign-in page: someone who cannot sign in must still be able to read it.
export default function AccessibilityStatementPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for {serviceName}</h1>
        <p className="govuk-body-l">
          This statement covers {serviceName}, the case management system of the professional standards department. It is used by police officers and staff in
          the course of their duties.
        </p>
        <h2 className="govuk-heading-m">Using this service</h2>
        <p>We want as many people as possible to be able to use this service. You should be able to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use every page and form with a keyboard alone</li>
          <li>use the service with a screen reader or speech recognition software</li>
          <li>read every chart as a table of the same figures</li>
        </ul>
        <p>The pages are built with GOV.UK Frontend, whose components are tested with assistive technologies.</p>

        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p>
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked for each role with automated tests on
          every change, and the colours of charts are checked against the contrast minimum (WCAG 2.2, success criterion 1.4.3) directly. Automated tests find
          only some problems.
        </p>
        <p>We know of these limits:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>charts are images to a screen reader: use the table that each chart opens instead</li>
          <li>printed pages and exported spreadsheets have not been tested with assistive technologies</li>
        </ul>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p>
          If you find a problem, or need information in another format, contact the {helpContact.team} at{" "}
          <a href={`mailto:${helpContact.email}`}>{helpContact.email}</a> ({helpContact.hours}). Say which page you were on and what you were trying to do; do
          not include case details.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p>
          The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 cover services used by the public; this internal
          service follows the same standard. If you are not happy with how we respond, raise it through your force&apos;s reasonable adjustments or grievance
          procedure.
        </p>

        <h2 className="govuk-heading-m">Preparation of this statement</h2>
        <p>This statement was prepared on 1 December 2026, after the pages moved to GOV.UK Frontend.</p>
      </div>
    </div>
  );
}
