"use client";

import { usePathname } from "next/navigation";
import { isForPublication, protectiveMarking } from "@/lib/service";

/** The marking at the top or bottom of the page; print CSS repeats it on every sheet. */
export function ProtectiveMarking({ position }: { position: "top" | "bottom" }) {
  const pathname = usePathname();
  if (isForPublication(pathname)) return null;
  return <p className={`app-marking app-marking--${position}`}>{protectiveMarking}</p>;
}
