/** A select of a fixed list of choices (an enum's values), each shown by its label; no empty choice. */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  labelOf,
  onChange,
  label,
}: {
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChange: (choice: T) => void;
  label: string;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => onChange((event.target as HTMLSelectElement).value as T)}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
