interface Props {
  legend: string;
  name: string;
  options: string[];
  labels: Record<string, string>;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** A fieldset of checkboxes with a legend and its error, announced with the group. */
export function CheckGroup({ legend, name, options, labels, value, onChange, error }: Props) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="check-group" aria-describedby={error ? errorId : undefined} aria-invalid={!!error}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={value.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
          />
          {labels[option] ?? option}
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
