import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Spot-checks" };

export default async function SpotChecksPage() {
  await requirePagePermission("spot-checks:manage");
  return (
    <>
      <h1>Spot-checks</h1>
      <EmptyState title="No spot-checks recorded">
        <p>Random and with-cause reviews of personal phones and social-media accounts will be drawn, recorded and reported here.</p>
      </EmptyState>
    </>
  );
}
