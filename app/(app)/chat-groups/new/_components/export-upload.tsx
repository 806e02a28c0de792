"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FileField } from "@/components/ui/field";
import { FormStatus, type FormState } from "@/components/ui/form-status";
import { checkNameAndSize, extensionOf } from "@/lib/evidence/file-types";

const FILE_FIELD = "exportFile";

function refused(message: string): FormState {
  return { ok: false, error: "The export was not uploaded.", fieldErrors: { [FILE_FIELD]: [message] } };
}

/**
 * Uploads a chat export to the case's evidence register (the register's own route, with
 * its checks of the bytes and its audit entry), then opens it to be read.
 */
export function ExportUpload({ caseRef }: { caseRef: string }) {
  const router = useRouter();
  const [state, setState] = useState<FormState>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") return setState(refused("Choose the export's .txt file."));
    if (extensionOf(file.name) !== "txt")
      return setState(refused("Choose the .txt file WhatsApp's “Export chat” made (without media, or the .txt inside the .zip)."));
    const local = checkNameAndSize(file.name, file.size);
    if (!local.ok) return setState(refused(local.error));
    data.set("description", "WhatsApp chat export, read into a group chat record");
    setPending(true);
    setState(null);
    try {
      const response = await fetch(`/api/cases/${encodeURIComponent(caseRef)}/evidence`, { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as { item?: { id: number }; error?: string };
      if (!response.ok || !body.item) {
        setState(refused(body.error ?? "The export could not be uploaded. Try again in a minute."));
        return;
      }
      router.push(`/chat-groups/new?case=${encodeURIComponent(caseRef)}&evidence=${body.item.id}`);
    } catch {
      setState(refused("The upload did not reach the server. Check your connection and try again."));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={upload} noValidate aria-label="Upload a chat export">
      <FormStatus state={state} />
      <FileField
        name="file"
        id={FILE_FIELD}
        label="The export (.txt)"
        hint="In WhatsApp: the group, More, Export chat. Up to 10 MB."
        state={state}
        accept=".txt,text/plain"
      />
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? "Uploading…" : "Upload and read the export"}
      </button>
    </form>
  );
}
