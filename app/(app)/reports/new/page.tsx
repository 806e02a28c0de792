import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/server/auth/session";
import { ReportForm } from "./_components/report-form";

export const metadata: Metadata = { title: "Report content" };

export default async function NewReportPage() {
  await requirePagePermission("reports:create");
  return (
    <>
      <PageHeading
        back={{ href: "/reports", text: "Your reports" }}
        title="Report inappropriate content"
        lede="The Code of Ethics asks you to report improper messages or posts by colleagues. You get a reference and a timestamped receipt at once, to keep as proof that you reported."
      />
      <ReportForm />
    </>
  );
}
