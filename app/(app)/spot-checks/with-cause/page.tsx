import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/server/auth/session";
import { WithCauseForm } from "../_components/with-cause-form";

export const metadata: Metadata = { title: "Open a check with cause" };

export default async function WithCausePage() {
  await requirePagePermission("spot-checks:manage");
  return (
    <>
      <PageHeading
        back={{ href: "/spot-checks", text: "Spot-checks" }}
        title="Open a check with cause"
        lede="A check of one person, justified by intelligence or by a case."
      />
      <WithCauseForm />
    </>
  );
}
