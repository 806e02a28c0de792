import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without viewport prefetching. Every page here is rendered on the server for
 * the person signed in, so Next's default prefetch renders each link in view in the
 * background: signing in and opening two pages sent about 50 prefetches and doubled the
 * server's CPU time (3.1 s → 6.1 s for five rounds, 2 December 2026), work nobody asked
 * for that competes with real requests under load. A link opts back in with `prefetch`.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
