import { optionsOf, SelectField } from "./field";

/** A select of one vocabulary's values with an "All" choice, for filter forms that submit by GET. */
export function VocabularySelect({
  name,
  label,
  options,
  value,
  error,
}: {
  name: string;
  label: string;
  options: { keys: readonly string[]; labels: Record<string, string> };
  value: string;
  /** The filter's problem with this value, shown beside it. */
  error?: string;
}) {
  return <SelectField name={name} label={label} options={optionsOf(options)} placeholder="All" defaultValue={value} error={error} />;
}
