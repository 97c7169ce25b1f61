import type { Denial } from '../api/denials.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, REASON_LABEL } from '../labels.ts';

/** A withheld field: never a blank. Says that it is hidden, why, and under which law. */
export function Hidden({ denial }: { denial: Denial }) {
  return (
    <div className="hidden-field" data-testid="hidden" data-reason={denial.reason} data-category={denial.category}>
      <p>
        <span className="badge badge-hidden">Hidden</span>{' '}
        <strong>{REASON_LABEL[denial.reason] ?? denial.reason}</strong>
      </p>
      <p>{denial.message}</p>
      <p className="meta">
        {CATEGORY_LABEL[denial.category] ?? denial.category} · held by {AGENCY_LABEL[denial.agency] ?? denial.agency} ·
        legal basis: <span className="legal">{denial.legalBasis}</span> · rule <code>{denial.ruleId}</code>
      </p>
    </div>
  );
}

/** An agency that did not answer: its part is missing, which is not the same as empty. */
export function Unavailable({ agency }: { agency: string }) {
  return (
    <div className="unavailable" role="note" data-testid="unavailable">
      <span className="badge badge-unavailable">Unavailable</span> {agency} is not answering right now, so its part of
      the record is missing. This does not mean it holds no data. Try again later.
    </div>
  );
}
