import { devices, platforms, rankGroups } from "@/lib/vocabulary";
import type { DashboardFilter } from "@/lib/dashboard/filters";

function Choice({ name, label, options, value }: { name: string; label: string; options: { keys: readonly string[]; labels: Record<string, string> }; value?: string[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value?.[0] ?? ""}>
        <option value="">All</option>
        {options.keys.map((key) => (
          <option key={key} value={key}>
            {options.labels[key]}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <Choice name="platform" label="Platform" options={platforms} value={filter.platform} />
      <Choice name="rank_group" label="Rank group" options={rankGroups} value={filter.rank_group} />
      <Choice name="device" label="Device" options={devices} value={filter.device} />
      <div className="field">
        <button type="submit" className="button">
          Apply filters
        </button>
      </div>
    </form>
  );
}
