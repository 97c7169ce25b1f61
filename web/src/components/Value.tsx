import { enumLabel, fieldLabel } from '../labels.ts';

const ENUMISH = /^[A-Z][A-Z0-9_]+$/;

/** Any released value, shown plainly: lists as lists, objects as label/value pairs. */
export function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="none">Not recorded</span>;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  if (typeof value === 'number') return <>{value}</>;
  if (typeof value === 'string') return <>{ENUMISH.test(value) ? enumLabel(value) : value}</>;
  if (Array.isArray(value)) {
    if (!value.length) return <span className="none">None recorded</span>;
    return (
      <ul className="value-list">
        {value.map((item, i) => (
          <li key={(item as { id?: string })?.id ?? i}>
            <Value value={item} />
          </li>
        ))}
      </ul>
    );
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'id' && k !== 'personId');
  return (
    <dl className="value-object">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{fieldLabel(k)}</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
