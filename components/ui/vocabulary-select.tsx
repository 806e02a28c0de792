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
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value}>
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
