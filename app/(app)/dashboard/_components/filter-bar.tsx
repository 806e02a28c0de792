import { SubmitGroup } from "@/components/ui/submit-group";
import { VocabularySelect } from "@/components/ui/vocabulary-select";
import { devices, platforms, rankGroups } from "@/lib/vocabulary";
import type { DashboardFilterValues } from "@/lib/dashboard/filters";
import { TextField } from "@/components/ui/field";

/**
 * A plain GET form: the filters live in the URL, so a view can be bookmarked and shared.
 * Refused filters come back as they were written, each problem beside its field.
 */
export function FilterBar({ values, problems = {} }: { values: DashboardFilterValues; problems?: Partial<Record<keyof DashboardFilterValues, string>> }) {
  return (
    <form method="get" className="app-filter-bar no-print" aria-label="Filters">
      <TextField name="from" label="From year" inputMode="numeric" defaultValue={values.from} error={problems.from} />
      <TextField name="to" label="To year" inputMode="numeric" defaultValue={values.to} error={problems.to} />
      <VocabularySelect name="platform" label="Platform" options={platforms} value={values.platform} error={problems.platform} />
      <VocabularySelect name="rank_group" label="Rank group" options={rankGroups} value={values.rank_group} error={problems.rank_group} />
      <VocabularySelect name="device" label="Device" options={devices} value={values.device} error={problems.device} />
      {/* The early-intervention threshold is set below the charts; a refused one is corrected here. */}
      {problems.ei ? (
        <TextField name="ei" label="Early-intervention threshold" inputMode="numeric" defaultValue={values.ei} error={problems.ei} />
      ) : values.ei ? (
        <input type="hidden" name="ei" value={values.ei} />
      ) : null}
      <SubmitGroup label="Apply filters" />
    </form>
  );
}
