import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { getDb } from "@/db";
import { getOwnReport } from "@/db/queries/reports";
import { listReportAttachments } from "@/db/queries/report-attachments";
import { ReportAttachments } from "@/components/reports/report-attachments";
import { Section } from "@/components/ui/section";
import { requirePagePermission } from "@/server/auth/session";
import { receiptText } from "@/lib/reports/receipt";
import { isOpenForTriage, reporterView } from "@/lib/reports/triage";
import { AnswerSection } from "./_components/answer-form";
import { isReference } from "@/lib/references";

export const metadata: Metadata = { title: "Report receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("reports:create");
  const ref = (await params).ref;
  const db = await getDb();
  const report = isReference("report", ref) ? await getOwnReport(db, user.id, ref) : null;
  if (!report) notFound();
  const attachments = await listReportAttachments(db, report.id);
  const view = reporterView(report);
  return (
    <>
      <Link href="/reports" className="govuk-back-link no-print">
        Your reports
      </Link>
      {/* GOV.UK's confirmation panel: the reference is what the reporter keeps. */}
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Your report {report.ref}</h1>
        <p className="govuk-panel__body" role="status">
          Thank you. Your report has been received. Status: {view.status}.
        </p>
      </div>
      {view.outcome && report.status !== "information_requested" ? (
        <>
          <h2 className="govuk-heading-m">Outcome</h2>
          <p className="govuk-body-l" data-testid="report-outcome">
            {view.outcome}
          </p>
        </>
      ) : null}
      {report.question ? <AnswerSection reportRef={report.ref} question={report.question} waiting={report.status === "information_requested"} /> : null}
      <Section
        title={`Files attached (${attachments.length})`}
        description={isOpenForTriage(report.status) ? "Screenshots help most: attach what you saw, as you saw it." : undefined}
      >
        <ReportAttachments reportRef={report.ref} items={attachments} canAdd={isOpenForTriage(report.status)} />
      </Section>
      <pre className="app-receipt">{receiptText({ ...report, attachments })}</pre>
      <p className="no-print govuk-button-group">
        <a className="govuk-button" href={`/api/reports/${report.ref}/receipt`} download>
          Download receipt
        </a>{" "}
        <PrintButton label="Print receipt" />
      </p>
    </>
  );
}
