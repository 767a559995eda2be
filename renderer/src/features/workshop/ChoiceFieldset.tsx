/** A question answered by picking one of a few options, as radio buttons. */
export function ChoiceFieldset<T extends string>({
  legend,
  name,
  options,
  picked,
  label,
  onPick,
}: {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  options: readonly T[];
  picked: T | null;
  label: (option: T) => string;
  onPick: (option: T) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="inline">
          <input
            type="radio"
            name={name}
            value={option}
            checked={picked === option}
            onChange={() => onPick(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
