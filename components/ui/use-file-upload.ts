"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import type { FormState } from "@/components/ui/form-status";
import { checkNameAndSize } from "@/lib/evidence/file-types";

/** The file field's id, so that a refusal points at it (the description field goes by its name). */
export const FILE_FIELD = "evidenceFile";

function refused(message: string, field = FILE_FIELD): FormState {
  return { ok: false, error: "The file was not uploaded.", fieldErrors: { [field]: [message] } };
}

/**
 * Sends a form's `file` and `description` to an upload route handler. The name and
 * size are checked here first so that a person learns at once; the server checks
 * again, and checks the bytes. Files added are kept until the page's data catches up.
 */
export function useFileUpload<T extends { id: number; fileName: string; sha256: string }>(url: string) {
  const router = useRouter();
  const [added, setAdded] = useState<T[]>([]);
  const [state, setState] = useState<FormState>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") return setState(refused("Choose a file to upload."));
    const local = checkNameAndSize(file.name, file.size);
    if (!local.ok) return setState(refused(local.error));
    setPending(true);
    setState(null);
    try {
      const response = await fetch(url, { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as { item?: T; error?: string; field?: string };
      if (!response.ok || !body.item) {
        const message = body.error ?? "The file could not be uploaded. Try again in a minute.";
        setState(refused(message, body.field === "description" ? "description" : FILE_FIELD));
        return;
      }
      const item = body.item;
      setAdded((previous) => [...previous, item]);
      setState({ ok: true, message: `Uploaded ${item.fileName}. Its SHA-256 is ${item.sha256}.` });
      form.current?.reset();
      router.refresh();
    } catch {
      setState(refused("The upload did not reach the server. Check your connection and try again."));
    } finally {
      setPending(false);
    }
  }

  /** What the page lists: its own items, then any just added that it does not show yet. */
  const withAdded = (items: readonly T[]) => [...items, ...added.filter((a) => !items.some((i) => i.id === a.id))];
  return { state, pending, form, upload, withAdded };
}
