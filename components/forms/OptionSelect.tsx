/** A select of named options (platforms, channels…), with a first "none" option whose words the caller gives. */
export interface NamedOption {
  id: string;
  name: string;
}

export function OptionSelect({
  value,
  options,
  onChange,
  label,
  emptyLabel,
  testId,
}: {
  value: string;
  options: readonly NamedOption[];
  onChange: (id: string) => void;
  label: string;
  /** the words of the empty choice ("choose a platform…", "no platform") */
  emptyLabel: string;
  testId?: string;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
