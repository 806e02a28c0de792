import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { getDb } from "@/db";
import { getOwnReport } from "@/db/queries/reports";
import { requirePagePermission } from "@/server/auth/session";
import { receiptText } from "@/lib/reports/receipt";
import { reportStatuses } from "@/lib/vocabulary";
import { isReference } from "@/lib/references";

export const metadata: Metadata = { title: "Report receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("reports:create");
  const ref = (await params).ref;
  const report = isReference("report", ref) ? await getOwnReport(await getDb(), user.id, ref) : null;
  if (!report) notFound();
  return (
    <>
      <Link href="/reports" className="govuk-back-link no-print">
        Your reports
      </Link>
      {/* GOV.UK's confirmation panel: the reference is what the reporter keeps. */}
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Your report {report.ref}</h1>
        <p className="govuk-panel__body" role="status">
          Thank you. Your report has been received. Status: {reportStatuses.labels[report.status]}.
        </p>
      </div>
      <pre className="app-receipt">{receiptText(report)}</pre>
      <p className="no-print govuk-button-group">
        <a className="govuk-button" href={`/api/reports/${report.ref}/receipt`} download>
          Download receipt
        </a>{" "}
        <PrintButton label="Print receipt" />
      </p>
    </>
  );
}
