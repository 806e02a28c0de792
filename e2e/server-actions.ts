import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect } from "@playwright/test";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

/** Every server action in the production build, with the page that serves it. */
export function serverActions(): { id: string; name: string; page: string; filename: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    filename: entry.filename,
    page: Object.keys(entry.workers)[0]!,
  }));
}

/** The URL path of a page worker such as "app/(app)/admin/users/[id]/page". */
export function pagePath(worker: string, params: Record<string, string>): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? `missing-${name}`);
  return route === "" ? "/" : route;
}

/**
 * POSTs to a server action directly, as an attacker without the UI would: React's
 * reply encoding of (previous state, form data). Returns the action's result, or the
 * HTTP status when the request never reached the action.
 */
export async function callAction(
  api: APIRequestContext,
  action: { id: string; page: string },
  fields: Record<string, string>,
  params: Record<string, string> = {},
): Promise<{ status: number; result: { ok: boolean; error?: string; message?: string; data?: unknown } | null }> {
  // As React's encodeReply writes it: the form's fields under the prefix "_1_", then the
  // root "0", last, whose "$K1" refers to that form.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify([null, "$K1"]));
  const response = await api.post(pagePath(action.page, params), {
    headers: { "Next-Action": action.id, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  const text = await response.text();
  const line = text.split("\n").find((l) => l.startsWith("1:"));
  return { status: response.status(), result: line ? JSON.parse(line.slice(2)) : null };
}

/** Calls a server action by name as an API client would, expects it to succeed, and returns its data. */
export async function act<T>(api: APIRequestContext, name: string, fields: Record<string, string>): Promise<T> {
  const { result } = await callAction(api, serverActions().find((a) => a.name === name)!, fields);
  expect(result?.ok, `${name}: ${result?.error}`).toBe(true);
  return result!.data as T;
}
