import { Checkbox, ErrorMessage, Fieldset, FormGroup } from '@trussworks/react-uswds';

interface Props {
  legend: string;
  name: string;
  options: readonly string[];
  labels: Record<string, string>;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A fieldset of USWDS checkboxes with a legend and its error, announced with the group. */
export function CheckGroup({ legend, name, options, labels, value, onChange, error, hint }: Props) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={!!error}>
      <Fieldset legend={legend} aria-describedby={described} aria-invalid={!!error} className="app-checks">
        {hint && (
          <span id={hintId} className="usa-hint">
            {hint}
          </span>
        )}
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="app-checks__options">
          {options.map((option) => (
            <Checkbox
              key={option}
              id={`${name}-${option}`}
              name={name}
              value={option}
              label={labels[option] ?? option}
              checked={value.includes(option)}
              onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
            />
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
