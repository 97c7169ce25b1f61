import { formatDateTime } from './dates.ts';

// How a missing youth reads on the caseload and the summary: how long, and each reporting clock.

/** "3 days 4 hours", "5 hours": how long a youth has been missing. */
export function missingFor(hours: number): string {
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days === 0) return part(rest, 'hour');
  return rest ? `${part(days, 'day')} ${part(rest, 'hour')}` : part(days, 'day');
}

export const CLOCK_LABEL: Record<string, string> = {
  LAW_ENFORCEMENT: 'Law-enforcement report',
  NCMEC: 'NCMEC report',
};

/** "NCMEC report: overdue since Dec 2, 2026, 3:04 PM PST". */
export function clockText(c: { kind: string; status: string; dueAt: string }): string {
  const state =
    c.status === 'OVERDUE'
      ? `overdue since ${formatDateTime(c.dueAt)}`
      : c.status === 'RUNNING'
        ? `due by ${formatDateTime(c.dueAt)}`
        : c.status === 'MET'
          ? 'made in time'
          : 'made late';
  return `${CLOCK_LABEL[c.kind] ?? c.kind}: ${state}`;
}
