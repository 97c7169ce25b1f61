import type { GraphQLErrorShape } from '../api/graphql.ts';
import { denialAt } from '../api/denials.ts';
import type { HiddenField } from '../api/hidden.ts';
import { fieldLabel } from '../format/values.ts';
import { inSentence, listWords } from '../labels.ts';
import { HiddenNotice } from './HiddenNotice.tsx';
import { RecordValue } from './RecordValue.tsx';
import { Unavailable } from './Status.tsx';

interface Props {
  title: string;
  /** The agency's field under youth: childWelfare, health, ... */
  field: string;
  record: Record<string, unknown> | null | undefined;
  errors: GraphQLErrorShape[];
  unavailable: boolean;
  youthId: string;
  /** Fields shown elsewhere on the page (the safety plan is under Plans). */
  omit?: readonly string[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * One agency's part of the summary: what it released, one notice for what it withheld, and one
 * line for what it has not recorded (empty is not hidden, and hidden is not empty).
 */
export function AgencySection({ title, field, record, errors, unavailable, youthId, omit = [] }: Props) {
  const id = `agency-${field}`;
  let body;
  if (unavailable) body = <Unavailable agency={title} />;
  else if (!record) {
    const denial = denialAt(errors, ['youth', field]);
    body = denial ? (
      <HiddenNotice hidden={[{ field, denial }]} all youthId={youthId} />
    ) : (
      <p className="app-none">{title} holds no record of this youth.</p>
    );
  } else {
    const entries = Object.entries(record).filter(([key]) => key !== 'timeline' && !omit.includes(key));
    const hidden: HiddenField[] = [];
    const shown: [string, unknown][] = [];
    const empty: string[] = [];
    for (const [key, value] of entries) {
      const denial = value === null ? denialAt(errors, ['youth', field, key]) : undefined;
      if (denial) hidden.push({ field: key, denial });
      else if (isEmpty(value)) empty.push(key);
      else shown.push([key, value]);
    }
    body = (
      <>
        <HiddenNotice hidden={hidden} all={shown.length + empty.length === 0} youthId={youthId} />
        {shown.length > 0 && (
          <dl className="app-fields">
            {shown.map(([key, value]) => (
              <div key={key} className="app-fields__row" data-field={key}>
                <dt>{fieldLabel(key)}</dt>
                <dd>
                  <RecordValue field={key} value={value} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {empty.length > 0 && (
          <p className="app-none" data-testid="not-recorded">
            Nothing recorded: {listWords(empty.map((k) => inSentence(fieldLabel(k))))}.
          </p>
        )}
      </>
    );
  }
  return (
    <section className="app-section" aria-labelledby={id} data-agency={field}>
      <h2 id={id}>{title}</h2>
      {body}
    </section>
  );
}
