import { VocabularySelect } from "@/components/ui/vocabulary-select";
import { devices, platforms, rankGroups } from "@/lib/vocabulary";
import type { DashboardFilter } from "@/lib/dashboard/filters";

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export function FilterBar({ filter }: { filter: DashboardFilter }) {
  return (
    <form method="get" className="filter-bar no-print" aria-label="Filters">
      <div className="field">
        <label htmlFor="from">From year</label>
        <input id="from" name="from" inputMode="numeric" defaultValue={filter.from} />
      </div>
      <div className="field">
        <label htmlFor="to">To year</label>
        <input id="to" name="to" inputMode="numeric" defaultValue={filter.to} />
      </div>
      <VocabularySelect name="platform" label="Platform" options={platforms} value={filter.platform?.[0] ?? ""} />
      <VocabularySelect name="rank_group" label="Rank group" options={rankGroups} value={filter.rank_group?.[0] ?? ""} />
      <VocabularySelect name="device" label="Device" options={devices} value={filter.device?.[0] ?? ""} />
      <div className="field">
        <button type="submit" className="button">
          Apply filters
        </button>
      </div>
    </form>
  );
}
