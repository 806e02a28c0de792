import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/server/auth/session";
import { ReportForm } from "./_components/report-form";

export const metadata: Metadata = { title: "Report content" };

export default async function NewReportPage() {
  await requirePagePermission("reports:create");
  return (
    <>
      <p>
        <Link href="/reports">Your reports</Link>
      </p>
      <h1 className="govuk-heading-l">Report inappropriate content</h1>
      <p className="govuk-body-l">
        The Code of Ethics asks you to report improper messages or posts by colleagues. You get a reference and a timestamped receipt at once, to keep as proof
        that you reported.
      </p>
      <ReportForm />
    </>
  );
}
