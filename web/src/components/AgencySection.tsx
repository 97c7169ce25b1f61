import type { GraphQLErrorShape } from '../api/client.ts';
import { denialAt } from '../api/denials.ts';
import { fieldLabel } from '../labels.ts';
import { Hidden, Unavailable } from './Hidden.tsx';
import { Value } from './Value.tsx';

interface Props {
  title: string;
  /** The agency's field under youth: childWelfare, health, ... */
  field: string;
  record: Record<string, unknown> | null | undefined;
  errors: GraphQLErrorShape[];
  unavailable: boolean;
}

/** One agency's part of the summary: each field released, hidden with its reason, or not recorded. */
export function AgencySection({ title, field, record, errors, unavailable }: Props) {
  const id = `agency-${field}`;
  return (
    <section className="agency" aria-labelledby={id} data-agency={field}>
      <h2 id={id}>{title}</h2>
      {unavailable ? (
        <Unavailable agency={title} />
      ) : !record ? (
        (() => {
          const denial = denialAt(errors, ['youth', field]);
          return denial ? <Hidden denial={denial} /> : <p className="none">{title} holds no record of this youth.</p>;
        })()
      ) : (
        <dl className="fields">
          {Object.entries(record)
            .filter(([key]) => key !== 'timeline')
            .map(([key, value]) => {
              const denial = value === null ? denialAt(errors, ['youth', field, key]) : undefined;
              return (
                <div key={key} className="field" data-field={key}>
                  <dt>{fieldLabel(key)}</dt>
                  <dd>{denial ? <Hidden denial={denial} /> : <Value value={value} />}</dd>
                </div>
              );
            })}
        </dl>
      )}
    </section>
  );
}
