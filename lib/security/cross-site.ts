/**
 * Cross-site request forgery: a page on another site can make a signed-in person's
 * browser POST here with their cookie (SameSite=Lax stops some of that, not all, and not
 * from a sibling subdomain). Browsers say where a request came from in `Sec-Fetch-Site`
 * and `Origin`; a state-changing request that a browser sent from anywhere but this
 * site is refused. A request with neither header comes from no browser, so it carries
 * no victim's cookie: it is left to the session and permission checks.
 */
export interface RequestOrigin {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  /** The Host header. */
  host: string | null;
  /** X-Forwarded-Host, as received; believed only when proxies are trusted. */
  forwardedHost: string | null;
}

export interface OriginPolicy {
  /** NEXTAUTH_URL: the site's public address, when configured. */
  publicUrl?: string;
  /** TRUSTED_PROXY_HOPS: with none, no forwarded header is believed. */
  trustedProxyHops: number;
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins this site answers as: its public URL, and the host the request was sent to. */
export function siteOrigins(request: Pick<RequestOrigin, "host" | "forwardedHost">, policy: OriginPolicy): Set<string> {
  const origins = new Set<string>();
  if (policy.publicUrl) origins.add(new URL(policy.publicUrl).origin);
  const host = policy.trustedProxyHops > 0 && request.forwardedHost ? request.forwardedHost.split(",")[0]!.trim() : request.host;
  if (host) for (const scheme of ["http", "https"]) origins.add(`${scheme}://${host.toLowerCase()}`);
  return origins;
}

/** Why a request must be refused as cross-site, or null when it may go on. */
export function crossSiteRefusal(request: RequestOrigin, policy: OriginPolicy): string | null {
  if (safeMethods.has(request.method.toUpperCase())) return null;
  const site = request.secFetchSite?.toLowerCase() ?? null;
  if (site !== null && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site is ${site.slice(0, 20)}`;
  if (request.origin === null) return null;
  if (request.origin === "null") return "Origin is null";
  let origin: string;
  try {
    origin = new URL(request.origin).origin;
  } catch {
    return "Origin is not a URL";
  }
  return siteOrigins(request, policy).has(origin) ? null : `Origin ${origin.slice(0, 100)} is not this site`;
}
