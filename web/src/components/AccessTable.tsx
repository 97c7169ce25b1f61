import { Table, Tag } from '@trussworks/react-uswds';
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
    <Table fullWidth stackedStyle="default" className="app-access" caption={caption}>
      <thead>
        <tr>
          <th scope="col">Agency</th>
          <th scope="col">Kind of record</th>
          <th scope="col">Decision</th>
          <th scope="col">Why</th>
          <th scope="col">Legal basis</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={`${d.agency}.${d.category}`} data-allowed={d.allowed}>
            <td data-label="Agency">{AGENCY_LABEL[d.agency] ?? d.agency}</td>
            <td data-label="Kind of record">{CATEGORY_LABEL[d.category] ?? d.category}</td>
            <td data-label="Decision">
              {d.allowed ? (
                <Tag className="app-tag app-tag--shown">Shown</Tag>
              ) : (
                <Tag className="app-tag app-tag--hidden">Hidden</Tag>
              )}
            </td>
            <td data-label="Why">
              {d.allowed ? 'Allowed' : (REASON_LABEL[d.reason ?? ''] ?? d.reason)}; rule <code>{d.ruleId}</code>
            </td>
            <td data-label="Legal basis" className="app-legal">
              {d.legalBasis}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
