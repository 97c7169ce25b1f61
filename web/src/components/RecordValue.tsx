import type { ReactNode } from 'react';
import { formatDate } from '../format/dates.ts';
import { fieldLabel, valueLabel } from '../format/values.ts';
import { DateText } from './DateText.tsx';

// How each of an agency's fields reads: a sentence per record rather than a dump of its keys.
type Row = Record<string, unknown>;
const s = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const label = (v: unknown) => (v ? valueLabel(s(v)) : '');
const name = (v: unknown) => s((v as { name?: unknown } | null)?.name);
const span = (from: unknown, to: unknown) =>
  to ? `${formatDate(s(from))} – ${formatDate(s(to))}` : `since ${formatDate(s(from))}`;

const CONCERN: Record<string, string> = {
  NO_CONCERN: 'no concern',
  POSSIBLE: 'possible concern',
  POSSIBLE_CONCERN: 'possible concern',
  CLEAR: 'clear concern',
  CLEAR_CONCERN: 'clear concern',
};
const list = (v: unknown) => (Array.isArray(v) ? v.map(s) : []);

/** "Clear concern on Mar 3, 2026 (CSE-IT 2.0, by A. Screener): 2 indicators (...); rescreen overdue since ...". */
function screeningLine(r: Row): ReactNode {
  const level = CONCERN[s(r.level ?? r.result)] ?? label(r.level ?? r.result).toLowerCase();
  const indicators = list(r.indicators);
  const tool = [s(r.tool), s(r.toolVersion)].filter(Boolean).join(' ');
  return (
    <span data-screening-level={s(r.level ?? r.result)}>
      {level.charAt(0).toUpperCase() + level.slice(1)} on {formatDate(s(r.screenedOn))} ({tool}
      {r.screenerName ? `, by ${s(r.screenerName)}` : ''}){indicators.length > 0 ? `: ${indicators.join('; ')}` : ''}
      {r.nextRescreenDue ? (
        r.rescreenOverdue ? (
          <strong className="app-overdue" data-rescreen="overdue">
            ; rescreen overdue since {formatDate(s(r.nextRescreenDue))}
          </strong>
        ) : (
          <>; rescreen due {formatDate(s(r.nextRescreenDue))}</>
        )
      ) : null}
    </span>
  );
}

const LINES: Record<string, (r: Row) => ReactNode> = {
  latestCsecScreening: screeningLine,
  currentPlacement: (r) => `${label(r.kind)}: ${s(r.providerName)}, since ${formatDate(s(r.startDate))}`,
  placements: (r) => `${label(r.kind)}: ${s(r.providerName)}, ${span(r.startDate, r.endDate)}`,
  runawayEpisodes: (r) =>
    r.returnedOn
      ? `Left ${formatDate(s(r.leftOn))}; returned ${formatDate(s(r.returnedOn))}`
      : `Left ${formatDate(s(r.leftOn))}; no return recorded`,
  csecIndicators: (r) => `${s(r.indicator)}: observed ${formatDate(s(r.observedOn))} (${s(r.source)})`,
  referrals: (r) => `${formatDate(s(r.receivedOn))}: ${s(r.allegation)} (${label(r.disposition).toLowerCase()})`,
  supervision: (r) => (
    <>
      {label(r.kind)}, {label(r.status).toLowerCase()}, from {formatDate(s(r.startedOn))}
      {r.endsOn ? (
        <>
          {' '}
          to <DateText value={s(r.endsOn)} kind="scheduled" />
        </>
      ) : null}
      ; officer {name(r.officer)}
    </>
  ),
  delinquencyCase: (r) => (
    <>
      Petition {s(r.petitionNumber)}: {label(r.courtStatus).toLowerCase()}
      {r.nextHearingOn ? (
        <>
          ; next hearing <DateText value={s(r.nextHearingOn)} kind="scheduled" />
        </>
      ) : null}
    </>
  ),
  csecIdentification: (r) => `${label(r.status)}, documented ${formatDate(s(r.documentedOn))}`,
  mentalHealth: (r) => (
    <>
      {label(r.treatmentStatus)} with {s(r.clinicianName)}, {s(r.currentProvider)}
      {r.nextAppointmentOn ? (
        <>
          ; next appointment <DateText value={s(r.nextAppointmentOn)} kind="scheduled" />
        </>
      ) : null}
    </>
  ),
  psychotherapyNotes: (r) => `Note of ${formatDate(s(r.writtenOn))} by ${s(r.author)}`,
  substanceUse: (r) =>
    `${s(r.programName)} (${label(r.levelOfCare).toLowerCase()}): ${label(r.status).toLowerCase()}, ${span(r.admittedOn, r.dischargedOn)}`,
  visits: (r) => `${formatDate(s(r.visitOn))}: ${label(r.service)}`,
  upcomingAppointments: (r) => (
    <>
      <DateText value={s(r.scheduledOn)} kind="scheduled" />: {s(r.kind)} at {s(r.clinic)}
    </>
  ),
  schoolOfRecord: (r) => `${s(r.schoolName)} (${s(r.district)}), grade ${s(r.gradeLevel)}`,
  credits: (r) => `${s(r.earned)} of ${s(r.required)} credits, as of ${formatDate(s(r.asOf))}`,
  specialEducation: (r) => (
    <>
      {label(r.status)}
      {r.nextReviewOn ? (
        <>
          ; review due <DateText value={s(r.nextReviewOn)} kind="due" />
        </>
      ) : null}
    </>
  ),
  cases: (r) => `${s(r.caseNumber)}: the youth is a ${label(r.role).toLowerCase()}; ${label(r.status).toLowerCase()}`,
  upcomingCourtDates: (r) => (
    <>
      <DateText value={s(r.scheduledOn)} kind="scheduled" />: {label(r.kind)}, {s(r.department)}
    </>
  ),
  matters: (r) => (
    <>
      {s(r.matterNumber)}: {label(r.kind).toLowerCase()}, {label(r.status).toLowerCase()}
      {r.nextHearingOn ? (
        <>
          ; next hearing <DateText value={s(r.nextHearingOn)} kind="scheduled" />
        </>
      ) : null}
    </>
  ),
  communications: (r) => `Communication of ${formatDate(s(r.occurredOn))}`,
};

const DATE_KEY = /(On|Date|At)$/;
const ENUMISH = /^[A-Z][A-Z0-9_]+$/;
const PERSON = new Set(['assignedWorker', 'schoolLiaison', 'victimAdvocate', 'assignedDefender', 'officer']);

/** A released value as a reader expects it: records as sentences, lists as lists, dates as dates. */
export function RecordValue({ field, value }: { field: string; value: unknown }): ReactNode {
  if (value === null || value === undefined) return <span className="app-none">Not recorded</span>;
  if (Array.isArray(value)) {
    if (!value.length) return <span className="app-none">None recorded</span>;
    return (
      <ul className="app-lines">
        {value.map((item, i) => (
          <li key={(item as { id?: string })?.id ?? i}>
            <RecordValue field={field} value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const line = LINES[field];
    if (line) return line(value as Row);
    if (PERSON.has(field)) return name(value) || <span className="app-none">Not recorded</span>;
    return <Fields record={value as Row} />;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (DATE_KEY.test(field)) return <DateText value={value as string} />;
  return ENUMISH.test(value as string) ? valueLabel(value as string) : (value as string);
}

/** Any other object: its fields as a description list. */
function Fields({ record }: { record: Row }) {
  return (
    <dl className="app-fields app-fields--nested">
      {Object.entries(record)
        .filter(([k]) => k !== 'id' && k !== 'personId')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{fieldLabel(k)}</dt>
            <dd>
              <RecordValue field={k} value={v} />
            </dd>
          </div>
        ))}
    </dl>
  );
}
