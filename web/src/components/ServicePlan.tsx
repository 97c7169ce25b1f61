import { Table, Tag } from '@trussworks/react-uswds';
import { valueLabel } from '../format/values.ts';
import { DateText } from './DateText.tsx';

export interface Need {
  id: string;
  domain: string;
  identifiedOn: string;
  status: string;
  provider?: string | null;
  startedOn?: string | null;
}

const RECEIVED = new Set(['RECEIVING', 'COMPLETED']);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Needs identified against services received: the gap is the point of the table. */
export function ServicePlan({ needs }: { needs: Need[] }) {
  if (!needs.length) return <p className="app-none">No needs are recorded in the MDT’s service plan.</p>;
  const received = needs.filter((n) => RECEIVED.has(n.status)).length;
  return (
    <>
      <p data-testid="service-plan-summary">
        {count(needs.length, 'need')} identified; {count(received, 'service')} received; {needs.length - received} not
        yet received.
      </p>
      <Table
        fullWidth
        stackedStyle="default"
        className="app-service-plan"
        caption={<span className="usa-sr-only">Service plan: needs identified and services received</span>}
      >
        <thead>
          <tr>
            <th scope="col">Need</th>
            <th scope="col">Identified</th>
            <th scope="col">Status</th>
            <th scope="col">Provider</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {needs.map((n) => (
            <tr key={n.id}>
              <th scope="row" data-label="Need">
                {valueLabel(n.domain)}
              </th>
              <td data-label="Identified">
                <DateText value={n.identifiedOn} />
              </td>
              <td data-label="Status">
                {RECEIVED.has(n.status) ? (
                  <Tag className="app-tag app-tag--shown">{valueLabel(n.status)}</Tag>
                ) : (
                  <Tag className="app-tag app-tag--gap">{valueLabel(n.status)}: not received</Tag>
                )}
              </td>
              <td data-label="Provider">{n.provider ?? '—'}</td>
              <td data-label="Since">{n.startedOn ? <DateText value={n.startedOn} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="app-meta">Health needs are not in this plan: they stay in Health’s own record, under its law.</p>
    </>
  );
}
