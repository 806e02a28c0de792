import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/server/auth/session";
import { todayIso } from "@/lib/dates";
import { IntakeForm } from "./_components/intake-form";

export const metadata: Metadata = { title: "Record a new case" };

export default async function NewCasePage() {
  await requirePagePermission("cases:create");
  return (
    <>
      <PageHeading
        back={{ href: "/cases", text: "Back to cases" }}
        title="Record a new case"
        lede="One incident is one case: a group chat with several officers in it is one case with a subject officer for each. The case is assigned to you until a supervisor assigns it."
      />
      <IntakeForm today={todayIso()} />
    </>
  );
}
