/** Any origin that cannot be ours: a path resolved against it must stay on it. */
const PROBE_ORIGIN = "http://callback.invalid";

/**
 * The path to go to after sign-in, when `value` is a path on this site; "/" otherwise.
 * Resolved with the URL parser as a browser would, then compared by origin: a prefix
 * test lets `/\evil.example` and `/<tab>/evil.example` through, which browsers read as
 * `//evil.example`, another site.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself begins with two slashes would be read as another host when followed.
  return path.startsWith("//") ? "/" : path;
}
