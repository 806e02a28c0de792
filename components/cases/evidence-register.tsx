"use client";

import { FormStatus } from "@/components/ui/form-status";
import { acceptAttribute, acceptedTypesText, formatFileSize } from "@/lib/evidence/file-types";
import type { EvidenceItem } from "@/lib/evidence/item";
import { formatDateTime } from "@/lib/format";
import { FileField, TextareaField } from "@/components/ui/field";
import { FILE_FIELD, useFileUpload } from "@/components/ui/use-file-upload";
import { columnsOf, DataTable } from "@/components/data-table/data-table";

/** A case's evidence register: the files with their SHA-256, and a form to add one. */
export function EvidenceRegister({ caseRef, items }: { caseRef: string; items: EvidenceItem[] }) {
  const { state, pending, form, upload, withAdded } = useFileUpload<EvidenceItem>(`/api/cases/${encodeURIComponent(caseRef)}/evidence`);
  const shown = withAdded(items);

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
            { header: "Size", cell: (item) => formatFileSize(item.sizeBytes) },
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
