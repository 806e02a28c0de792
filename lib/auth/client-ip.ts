import { getEnv } from "@/lib/env";

/**
 * The address a request came from. `next start` fills x-forwarded-for from the socket
 * when no proxy did; behind a load balancer, TRUSTED_PROXY_HOPS says how many entries at
 * the right of the list the proxies wrote (so a client cannot choose its own address).
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>, trustedHops = getEnv().TRUSTED_PROXY_HOPS): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const list = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (list.length === 0) return "unknown";
  const index = Math.max(0, list.length - 1 - trustedHops);
  return list[index]!.slice(0, 64);
}
