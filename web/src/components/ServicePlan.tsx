import { enumLabel } from '../labels.ts';

export interface Need {
  id: string;
  domain: string;
  identifiedOn: string;
  status: string;
  provider?: string | null;
  startedOn?: string | null;
}

const RECEIVED = new Set(['RECEIVING', 'COMPLETED']);

/** Needs identified against services received: the gap is the point of the table. */
export function ServicePlan({ needs }: { needs: Need[] }) {
  if (!needs.length) return <p className="none">No needs are recorded in the MDT’s service plan.</p>;
  const received = needs.filter((n) => RECEIVED.has(n.status)).length;
  return (
    <>
      <p data-testid="service-plan-summary">
        {needs.length} needs identified; {received} services received; {needs.length - received} not yet received.
      </p>
      <table className="service-plan">
        <caption className="visually-hidden">Service plan: needs identified and services received</caption>
        <thead>
          <tr>
            <th scope="col">Need</th>
            <th scope="col">Identified</th>
            <th scope="col">Status</th>
            <th scope="col">Received from</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {needs.map((n) => (
            <tr key={n.id}>
              <th scope="row">{enumLabel(n.domain)}</th>
              <td>{n.identifiedOn}</td>
              <td>
                {RECEIVED.has(n.status) ? (
                  <span className="badge badge-allowed">{enumLabel(n.status)}</span>
                ) : (
                  <span className="badge badge-hidden">{enumLabel(n.status)}: not received</span>
                )}
              </td>
              <td>{n.provider ?? '—'}</td>
              <td>{n.startedOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">Health needs are not in this plan: they stay in Health’s own record, under its law.</p>
    </>
  );
}
