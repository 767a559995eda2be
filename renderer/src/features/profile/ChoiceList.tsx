/** A row of checkboxes whose order follows `options`, whatever order they were ticked in. */
export function ChoiceList<T extends string>({
  name,
  options,
  selected,
  label,
  onChange,
}: {
  name: string;
  options: readonly T[];
  selected: readonly T[];
  label: (option: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <div className="choice-list">
      {options.map((o) => (
        <label key={o} className="inline">
          <input
            type="checkbox"
            name={name}
            value={o}
            checked={selected.includes(o)}
            onChange={(e) =>
              onChange(options.filter((x) => (x === o ? e.target.checked : selected.includes(x))))
            }
          />
          {label(o)}
        </label>
      ))}
    </div>
  );
}
