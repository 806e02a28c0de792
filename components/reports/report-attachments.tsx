"use client";

import { columnsOf, DataTable } from "@/components/data-table/data-table";
import { FileField, TextareaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { FILE_FIELD, useFileUpload } from "@/components/ui/use-file-upload";
import { acceptAttribute, acceptedTypesText, formatFileSize } from "@/lib/evidence/file-types";
import type { ReportAttachmentItem } from "@/lib/reports/attachment";
import { formatDateTime } from "@/lib/format";

/**
 * A report's files with their SHA-256 (issue 17, item 2), each a download; while the
 * report is open its reporter adds more here (`canAdd`).
 */
export function ReportAttachments({ reportRef, items, canAdd }: { reportRef: string; items: ReportAttachmentItem[]; canAdd: boolean }) {
  const base = `/api/reports/${encodeURIComponent(reportRef)}/attachments`;
  const { state, pending, form, upload, withAdded } = useFileUpload<ReportAttachmentItem>(base);
  const shown = withAdded(items);
  return (
    <>
      {shown.length === 0 ? (
        <p>No files attached.</p>
      ) : (
        <DataTable
          caption={<>Files attached to {reportRef}, oldest first</>}
          captionHidden
          columns={columnsOf<ReportAttachmentItem>([
            {
              header: "File",
              rowHeader: true,
              cell: (item) => (
                <>
                  <a href={`${base}/${item.id}`} download={item.fileName}>
                    {item.fileName}
                  </a>
                  {item.description ? <span className="govuk-hint"> {item.description}</span> : null}
                </>
              ),
            },
            { header: "Size", cell: (item) => formatFileSize(item.sizeBytes) },
            { header: "SHA-256", cell: (item) => <code className="app-hash">{item.sha256}</code> },
            { header: "Attached", cell: (item) => formatDateTime(new Date(item.attachedAt)) },
          ])}
          rows={shown}
          rowKey={(item) => String(item.id)}
        />
      )}
      {canAdd ? (
        <form ref={form} onSubmit={upload} noValidate>
          <FormStatus state={state} />
          <FileField
            name="file"
            id={FILE_FIELD}
            label="Attach a screenshot or file"
            hint={`Up to 10 MB each, at most 10 files: ${acceptedTypesText}. The fingerprint (SHA-256) of each is recorded.`}
            state={state}
            accept={acceptAttribute}
          />
          <TextareaField name="description" label="What it shows (optional)" state={state} rows={2} />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
            {pending ? "Uploading…" : "Attach file"}
          </button>
        </form>
      ) : null}
    </>
  );
}
