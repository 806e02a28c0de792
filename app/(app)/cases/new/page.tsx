import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/server/auth/session";
import { todayIso } from "@/lib/dates";
import { IntakeForm } from "./_components/intake-form";

export const metadata: Metadata = { title: "Record a new case" };

export default async function NewCasePage() {
  await requirePagePermission("cases:create");
  return (
    <>
      <p>
        <Link href="/cases">Back to cases</Link>
      </p>
      <h1 className="govuk-heading-l">Record a new case</h1>
      <p className="govuk-body-l">
        One incident is one case: a group chat with several officers in it is one case with a subject officer for each. The case is assigned to you until a
        supervisor assigns it.
      </p>
      <IntakeForm today={todayIso()} />
    </>
  );
}
