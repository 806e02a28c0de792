/**
 * The one log line of a request: its id, who it was for, where it went and how it
 * ended. The query string is left out (it can hold a name searched for), and so is
 * every body: a case reference in the path is the most it says about a case.
 */
export interface RequestLogEntry {
  request: string;
  user: number | null;
  method: string;
  path: string;
  status: number;
  outcome: "ok" | "redirected" | "refused" | "failed" | "client_gone";
  ms: number;
  /** A router prefetch renders no more than a loading state, and reads no session: its user is null. */
  prefetch?: true;
}

export function requestLogEntry(input: {
  id: string;
  userId: number | undefined;
  method: string | undefined;
  url: string | undefined;
  status: number;
  finished: boolean;
  prefetch: boolean;
  startedAt: number;
  now: number;
}): RequestLogEntry {
  const { status } = input;
  const outcome = !input.finished ? "client_gone" : status >= 500 ? "failed" : status >= 400 ? "refused" : status >= 300 ? "redirected" : "ok";
  return {
    request: input.id,
    user: input.userId ?? null,
    method: input.method ?? "GET",
    path: (input.url ?? "/").split("?")[0]!.slice(0, 200),
    status,
    outcome,
    ms: Math.round(input.now - input.startedAt),
    ...(input.prefetch ? { prefetch: true as const } : {}),
  };
}

/** Build assets are logged only at debug: they say nothing about who did what. */
export function isAssetPath(url: string | undefined): boolean {
  return (url ?? "").startsWith("/_next/static/") || url === "/favicon.ico";
}
