"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { FormStatus, type FormState } from "@/components/ui/form-status";
import { acceptAttribute, acceptedTypesText, checkNameAndSize, formatMegabytes } from "@/lib/evidence/file-types";
import type { EvidenceItem } from "@/lib/evidence/item";
import { formatDateTime } from "@/lib/format";
import { FileField, TextareaField } from "@/components/ui/field";
import { columnsOf, DataTable } from "@/components/data-table/data-table";

const FILE_FIELD = "evidenceFile";
const DESCRIPTION_FIELD = "evidenceDescription";

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : formatMegabytes(bytes);
}

function refused(message: string, field = FILE_FIELD): FormState {
  return { ok: false, error: "The file was not uploaded.", fieldErrors: { [field]: [message] } };
}

/**
 * A case's evidence register: the files with their SHA-256, and a form to add one.
 * The size and name are checked here first so that a person learns at once; the
 * server checks again, and checks the bytes.
 */
export function EvidenceRegister({ caseRef, items }: { caseRef: string; items: EvidenceItem[] }) {
  const router = useRouter();
  const [added, setAdded] = useState<EvidenceItem[]>([]);
  const [state, setState] = useState<FormState>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const shown = [...items, ...added.filter((a) => !items.some((i) => i.id === a.id))];

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
      const response = await fetch(`/api/cases/${encodeURIComponent(caseRef)}/evidence`, { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as { item?: EvidenceItem; error?: string; field?: string };
      if (!response.ok || !body.item) {
        const message = body.error ?? "The file could not be uploaded. Try again in a minute.";
        setState(refused(message, body.field === "description" ? DESCRIPTION_FIELD : FILE_FIELD));
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

  return (
    <>
      {shown.length === 0 ? (
        <p>No files yet.</p>
      ) : (
        <DataTable
          caption={<>Files of case {caseRef}, oldest first</>}
          captionHidden
          columns={columnsOf<(typeof shown)[number]>([
            {
              header: "File",
              rowHeader: true,
              cell: (item) => (
                <>
                  <a href={`/api/cases/${encodeURIComponent(caseRef)}/evidence/${item.id}`} download={item.fileName}>
                    {item.fileName}
                  </a>
                  {item.description ? <span className="govuk-hint"> {item.description}</span> : null}
                </>
              ),
            },
            { header: "Size", cell: (item) => sizeText(item.sizeBytes) },
            {
              header: "SHA-256",
              cell: (item) => (
                <>
                  <code className="app-hash">{item.sha256}</code>
                </>
              ),
            },
            { header: "Uploaded by", cell: (item) => item.uploadedByName },
            { header: "When", cell: (item) => formatDateTime(new Date(item.uploadedAt)) },
          ])}
          rows={shown}
          rowKey={(item) => String(item.id)}
        />
      )}

      <form ref={form} onSubmit={upload} noValidate>
        <FormStatus state={state} />
        <FileField name="file" id={FILE_FIELD} label="Add a file" hint={`Up to 10 MB: ${acceptedTypesText}.`} state={state} accept={acceptAttribute} />
        <TextareaField name="description" label="What it is (optional)" state={state} rows={2} />
        <button type="submit" className="govuk-button" disabled={pending}>
          {pending ? "Uploading…" : "Upload file"}
        </button>
      </form>
    </>
  );
}
