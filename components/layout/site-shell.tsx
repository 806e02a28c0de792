import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { helpContact, serviceName } from "@/lib/service";
import { ProtectiveMarking } from "./protective-marking";

/**
 * GOV.UK Frontend's page template without the GOV.UK parts (crown, logotype, licence):
 * marking, header, phase banner, main and footer. `navigation` sits under the header
 * and `user` at its right, for signed-in pages.
 */
export function SiteShell({ user, navigation, children }: { user?: ReactNode; navigation?: ReactNode; children: ReactNode }) {
  return (
    <>
      <ProtectiveMarking position="top" />
      <header className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container app-header__container">
          <div className="govuk-generic-header__logo">
            <Link href="/" className="govuk-generic-header__homepage-link">
              {serviceName}
            </Link>
          </div>
          {user ? <div className="app-header__user">{user}</div> : null}
        </div>
      </header>
      {navigation}
      <div className="app-page">
        <div className="govuk-width-container">
          <div className="govuk-phase-banner">
            <p className="govuk-phase-banner__content">
              <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
              <span className="govuk-phase-banner__text">
                This is a new service. Tell the {helpContact.team} what would make it better: <a href={`mailto:${helpContact.email}`}>{helpContact.email}</a>.
              </span>
            </p>
          </div>
          <main className="govuk-main-wrapper" id="main">
            {children}
          </main>
        </div>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/accessibility">
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={`mailto:${helpContact.email}`}>
                    Help: {helpContact.team}
                  </a>
                </li>
              </ul>
              <div className="govuk-footer__meta-custom">
                Help with the system: {helpContact.email}, {helpContact.hours}.
              </div>
            </div>
          </div>
        </div>
      </footer>
      <ProtectiveMarking position="bottom" />
    </>
  );
}
