import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import type { CaseView } from "../_lib/case-view";

type AuditRow = CaseView["trail"][number];
const column = createColumnHelper<AuditRow>();
const columns = [
  column.accessor("occurredAt", { header: "When", cell: (info) => formatDateTime(info.getValue()) }),
  column.accessor("actorEmail", { header: "Who", cell: (info) => info.getValue() ?? "System" }),
  column.accessor("action", { header: "What" }),
];

export function AuditTrail({ trail }: { trail: AuditRow[] }) {
  return (
    <Section title="Audit trail" id="audit-title">
      <DataTable caption="Who viewed or changed this case, newest first" captionHidden columns={columns} rows={trail} rowKey={(row) => String(row.id)} />
    </Section>
  );
}
