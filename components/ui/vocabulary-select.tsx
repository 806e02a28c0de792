import { optionsOf, SelectField } from "./field";

/** A select of one vocabulary's values with an "All" choice, for filter forms that submit by GET. */
export function VocabularySelect({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: { keys: readonly string[]; labels: Record<string, string> };
  value: string;
}) {
  return <SelectField name={name} label={label} options={optionsOf(options)} placeholder="All" defaultValue={value} />;
}
