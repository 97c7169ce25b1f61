import { clockText, missingFor } from '../../format/missing.ts';
import { formatDateTime } from '../../format/dates.ts';

interface Missing {
  since: string;
  hours: number;
  episode: { reportingClocks?: { kind: string; status: string; dueAt: string }[] | null };
}

interface Props {
  childWelfare?: Missing | null;
  probation?: Missing | null;
}

/**
 * The summary's "missing now" flag: one line per agency that records an open runaway episode the
 * viewer may see, with how long and that agency's reporting clocks (released only to the agency
 * that owns them). Nothing at all when no agency shows one: a withheld flag is explained in the
 * agency's own section, never here and never as an error.
 */
export function MissingNowFlag({ childWelfare, probation }: Props) {
  const flags = [
    ...(childWelfare ? [['Child Welfare', childWelfare] as const] : []),
    ...(probation ? [['Probation', probation] as const] : []),
  ];
  if (!flags.length) return null;
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim app-missing-now" data-testid="missing-now">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">Missing now</h2>
        <ul className="usa-list usa-list--unstyled">
          {flags.map(([agency, m]) => (
            <li key={agency} data-missing-agency={agency}>
              <strong>Missing {missingFor(m.hours)}</strong>, since {formatDateTime(m.since)} ({agency}).
              {m.episode.reportingClocks?.map((c) => (
                <span key={c.kind} className={`app-clock app-clock--${c.status.toLowerCase()}`} data-clock={c.kind}>
                  {clockText(c)}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
