import { Button, ButtonGroup, Table } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import type { StatementPageFragment } from '../../generated/graphql.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, PURPOSE_LABEL, ROLE_LABEL } from '../../labels.ts';
import { filterVariables, PARTS, type Filters } from './filters.ts';
import { useSession } from '../../auth/session.ts';
import { StatementQuery } from './queries.ts';
import { downloadStatement, statementFileUrl } from './statement-file.ts';

type Row = StatementPageFragment['entries'][number];
/** Rows per agency in one statement: the gateway's cost limit bounds seven parts at once. */
const STATEMENT_ROWS = 20;
const list = (cats: string[]) => cats.map((c) => CATEGORY_LABEL[c] ?? c).join(', ');

/** Six years before today (45 CFR 164.528(a)(3)): the period when none is asked. */
function sixYearsAgo(): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - 6);
  return d.toISOString().slice(0, 10);
}

function StatementTable({ rows, caption, denied }: { rows: Row[]; caption: string; denied?: boolean }) {
  return (
    <Table fullWidth stackedStyle="default" className="app-statement__rows" caption={caption}>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Recipient</th>
          <th scope="col">{denied ? 'What was asked and withheld' : 'What was disclosed'}</th>
          <th scope="col">Purpose</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-viewer={r.viewerSub}>
            <td data-label="Date">{formatDateTime(r.at)}</td>
            <td data-label="Recipient">
              {r.viewerName ?? r.viewerSub}, {ROLE_LABEL[r.viewerRole] ?? r.viewerRole},{' '}
              {AGENCY_LABEL[r.viewerAgency] ?? r.viewerAgency}
            </td>
            <td data-label={denied ? 'Withheld' : 'Disclosed'}>
              {denied ? list(r.denied) : list(r.released)} from the {AGENCY_LABEL[r.agency] ?? r.agency} record
            </td>
            <td data-label="Purpose">{PURPOSE_LABEL[r.purpose] ?? r.purpose}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * The accounting of disclosures as a statement for the youth (45 CFR 164.528): per disclosure the
 * date, the recipient, what was disclosed and why, over the period asked (six years when none is);
 * denials shown apart or left out. Producing it is logged by every agency (access STATEMENT).
 */
export function Statement({
  filters,
  denials,
  youthLabel,
}: {
  filters: Filters;
  denials: 'APART' | 'OUT';
  youthLabel: string;
}) {
  const session = useSession();
  const [download, setDownload] = useState<{ busy?: 'csv' | 'pdf'; error?: string }>({});
  const variables = filterVariables(filters);
  const from = variables.from ?? sixYearsAgo();
  const save = (format: 'csv' | 'pdf') => {
    if (!session) return;
    setDownload({ busy: format });
    downloadStatement(statementFileUrl(format, filters, denials, from), session).then(
      () => setDownload({}),
      (error: Error) => setDownload({ error: error.message }),
    );
  };
  const state = useAnswer(StatementQuery, { ...variables, from, first: STATEMENT_ROWS });
  if (state.isPending) return <Loading what="the statement" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const accounting = state.data.data?.accountingOfDisclosures;
  const rows = PARTS.filter(([p]) => filters.parts.includes(p))
    .flatMap(([p]) => accounting?.[p]?.entries ?? [])
    .sort((a, b) => b.at.localeCompare(a.at));
  const truncated = PARTS.some(([p]) => accounting?.[p]?.hasNextPage);
  const released = rows.filter((r) => r.released.length > 0);
  const withheld = rows.filter((r) => r.released.length === 0 && r.denied.length > 0);
  return (
    <section className="app-section app-statement" aria-labelledby="statement-title">
      <h2 id="statement-title">Accounting of disclosures</h2>
      <p>
        For <strong>{youthLabel}</strong>, from {from} to {variables.to ?? 'today'}. Produced{' '}
        {formatDateTime(new Date().toISOString())} under 45 CFR 164.528.
      </p>
      <ErrorList errors={state.data.errors} />
      {truncated && (
        <p className="usa-alert__text">
          More than {STATEMENT_ROWS} disclosures in one agency&apos;s part: narrow the period.
        </p>
      )}
      {released.length === 0 ? (
        <p className="app-none">No disclosures in this period.</p>
      ) : (
        <StatementTable rows={released} caption="Disclosures" />
      )}
      {denials === 'APART' && withheld.length > 0 && (
        <>
          <h3>Requests where nothing was disclosed</h3>
          <StatementTable rows={withheld} caption="Requests refused" denied />
        </>
      )}
      <div className="app-no-print">
        <ButtonGroup>
          <Button type="button" onClick={() => window.print()}>
            Print statement
          </Button>
          <Button type="button" outline disabled={Boolean(download.busy)} onClick={() => save('pdf')}>
            {download.busy === 'pdf' ? 'Preparing PDF…' : 'Download PDF'}
          </Button>
          <Button type="button" outline disabled={Boolean(download.busy)} onClick={() => save('csv')}>
            {download.busy === 'csv' ? 'Preparing CSV…' : 'Download CSV'}
          </Button>
        </ButtonGroup>
        <p className="app-meta">
          The files hold every row of the period, however many (the page above shows at most {STATEMENT_ROWS} per
          agency); producing them is logged like the statement.
        </p>
        {download.error && <ErrorBox>{download.error}</ErrorBox>}
      </div>
    </section>
  );
}
