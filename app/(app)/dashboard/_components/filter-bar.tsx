import { VocabularySelect } from "@/components/ui/vocabulary-select";
import { devices, platforms, rankGroups } from "@/lib/vocabulary";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { TextField } from "@/components/ui/field";

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export function FilterBar({ filter }: { filter: DashboardFilter }) {
  return (
    <form method="get" className="app-filter-bar no-print" aria-label="Filters">
      <TextField name="from" label="From year" inputMode="numeric" defaultValue={filter.from} />
      <TextField name="to" label="To year" inputMode="numeric" defaultValue={filter.to} />
      <VocabularySelect name="platform" label="Platform" options={platforms} value={filter.platform?.[0] ?? ""} />
      <VocabularySelect name="rank_group" label="Rank group" options={rankGroups} value={filter.rank_group?.[0] ?? ""} />
      <VocabularySelect name="device" label="Device" options={devices} value={filter.device?.[0] ?? ""} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
      </div>
    </form>
  );
}
