import { useState, type FormEvent } from 'react';
import { useQuery } from '../api/client.ts';
import { ErrorBox, ErrorList, Loading } from '../components/Status.tsx';
import { graphql } from '../generated/index.ts';
import { Link } from '../router.tsx';

const CaseloadQuery = graphql(`
  query Caseload($first: Int!, $after: String, $search: String) {
    youths(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
        }
      }
    }
  }
`);

const PAGE = 20;

/** The viewer's youths: those whose team they are on or whom their agency serves. */
export function Caseload() {
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  // The cursors of the pages before this one, for Previous.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const state = useQuery(CaseloadQuery, { first: PAGE, after, search });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(draft.trim() || null);
    setCursors([null]);
  };
  const page = state.result?.data?.youths;
  return (
    <div>
      <h1>Your caseload</h1>
      <form role="search" className="search" onSubmit={submit}>
        <label htmlFor="caseload-search">Search by name</label>
        <input id="caseload-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Search</button>
        {search && (
          <button
            type="button"
            className="secondary"
            onClick={() => (setDraft(''), setSearch(null), setCursors([null]))}
          >
            Clear
          </button>
        )}
      </form>
      <p className="meta">Search finds only youths whose names you may see.</p>
      {state.status === 'loading' && <Loading what="your caseload" />}
      {state.status === 'error' && <ErrorBox>{state.error}</ErrorBox>}
      {state.result && <ErrorList errors={state.result.errors} />}
      {page && (
        <>
          <p aria-live="polite">
            {page.totalCount} {page.totalCount === 1 ? 'youth' : 'youths'}
            {search ? ` matching “${search}”` : ''} · page {cursors.length}
          </p>
          {page.edges.length === 0 ? (
            <p className="none">No youths to show.</p>
          ) : (
            <ul className="caseload">
              {page.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link href={`/youths/${node.id}`}>{node.displayName ?? 'Name hidden'}</Link>{' '}
                  <span className="meta">hub id {node.id.slice(0, 8)}</span>
                </li>
              ))}
            </ul>
          )}
          <nav className="pager" aria-label="Caseload pages">
            <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
              Previous page
            </button>
            <button
              type="button"
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
            >
              Next page
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
