import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/server/auth/session";
import { WithCauseForm } from "../_components/with-cause-form";

export const metadata: Metadata = { title: "Open a check with cause" };

export default async function WithCausePage() {
  await requirePagePermission("spot-checks:manage");
  return (
    <>
      <p>
        <Link href="/spot-checks">Spot-checks</Link>
      </p>
      <h1 className="govuk-heading-l">Open a check with cause</h1>
      <p className="govuk-body-l">A check of one person, justified by intelligence or by a case.</p>
      <WithCauseForm />
    </>
  );
}
