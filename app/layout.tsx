import type { Metadata } from "next";
import type { ReactNode } from "react";
import { serviceName } from "@/lib/service";
import "./styles.scss";

export const metadata: Metadata = {
  title: { default: serviceName, template: `%s · ${serviceName}` },
  description: "Case management for police professional-standards departments",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <a className="govuk-skip-link" href="#main">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
