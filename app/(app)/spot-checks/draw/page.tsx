import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { getDb } from "@/db";
import { listUnits } from "@/db/queries/spot-checks";
import { requirePagePermission } from "@/server/auth/session";
import { DrawForm } from "../_components/draw-form";

export const metadata: Metadata = { title: "Draw a random sample" };

export default async function DrawPage() {
  await requirePagePermission("spot-checks:manage");
  const units = await listUnits(await getDb());
  return (
    <>
      <PageHeading
        back={{ href: "/spot-checks", text: "Spot-checks" }}
        title="Draw a random sample"
        lede="The people who match are listed by id, sorted, and fingerprinted with SHA-256; the sample is drawn from that list with the seed. Seed and list are kept, so anyone can repeat the draw and get the same people."
      />
      <DrawForm units={units} />
    </>
  );
}
