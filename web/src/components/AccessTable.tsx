import { AGENCY_LABEL, CATEGORY_LABEL, REASON_LABEL } from '../labels.ts';

export interface Decision {
  agency: string;
  category: string;
  allowed: boolean;
  reason?: string | null;
  ruleId: string;
  legalBasis: string;
}

/** Per agency and category: shown or hidden, why, and the law behind it. */
export function AccessTable({ decisions, caption }: { decisions: Decision[]; caption: string }) {
  return (
    <table className="access">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Agency</th>
          <th scope="col">Category</th>
          <th scope="col">Decision</th>
          <th scope="col">Why</th>
          <th scope="col">Legal basis</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={`${d.agency}.${d.category}`} data-allowed={d.allowed}>
            <td>{AGENCY_LABEL[d.agency] ?? d.agency}</td>
            <td>{CATEGORY_LABEL[d.category] ?? d.category}</td>
            <td>
              {d.allowed ? (
                <span className="badge badge-allowed">Shown</span>
              ) : (
                <span className="badge badge-hidden">Hidden</span>
              )}
            </td>
            <td>
              {d.allowed ? 'Allowed' : (REASON_LABEL[d.reason ?? ''] ?? d.reason)} <code>{d.ruleId}</code>
            </td>
            <td className="legal">{d.legalBasis}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
