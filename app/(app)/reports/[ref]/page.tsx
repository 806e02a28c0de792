import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { getDb } from "@/db";
import { getOwnReport } from "@/db/queries/reports";
import { requirePagePermission } from "@/server/auth/session";
import { receiptText } from "@/lib/reports/receipt";
import { reportStatusLabels } from "@/lib/validation/reports";
import { isReference } from "@/lib/references";

export const metadata: Metadata = { title: "Report receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ ref: string }> }) {
  const user = await requirePagePermission("reports:create");
  const ref = (await params).ref;
  const report = isReference("report", ref) ? await getOwnReport(await getDb(), user.id, ref) : null;
  if (!report) notFound();
  return (
    <>
      <p className="no-print">
        <Link href="/reports">Your reports</Link>
      </p>
      <h1>Your report {report.ref}</h1>
      <p className="notice notice--success" role="status">
        Thank you. Your report has been received. Status: {reportStatusLabels[report.status]}.
      </p>
      <pre className="receipt">{receiptText(report)}</pre>
      <p className="no-print export-links">
        <a className="button" href={`/api/reports/${report.ref}/receipt`} download>
          Download receipt
        </a>{" "}
        <PrintButton label="Print receipt" />
      </p>
    </>
  );
}
