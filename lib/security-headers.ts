/**
 * The Content-Security-Policy of every page: scripts only from this site with the
 * request's nonce (Next.js adds it to its own scripts), no framing, forms only back to
 * this site. Styles allow inline attributes, which the charting library draws with.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; ssoOrigin?: string }): string {
  const formTargets = ["'self'", options.ssoOrigin].filter(Boolean).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Route handlers answer data and downloads, never pages: nothing in them may run, load
 * or be framed. The evidence download depends on this (a file must never act as a
 * page of this site), and proxy.ts gives it to every /api/ answer so that the page
 * policy never replaces it.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
