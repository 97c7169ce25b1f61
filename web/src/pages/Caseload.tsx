import { Button, Label, Tag, TextInput } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { denialAt, otherErrors } from '../api/denials.ts';
import { useAnswer } from '../api/query.ts';
import { ErrorBox, ErrorList, Loading } from '../components/Status.tsx';
import { youthLabel } from '../format/youth.ts';
import { graphql } from '../generated/index.ts';
import { REASON_LABEL } from '../labels.ts';

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
  const state = useAnswer(CaseloadQuery, { first: PAGE, after, search });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(draft.trim() || null);
    setCursors([null]);
  };
  const answer = state.data;
  const page = answer?.data?.youths;
  // A hidden name is the rules at work, not an error: each row says so, and why, in words.
  const hiddenWhy = (i: number) => {
    const denial = answer && denialAt(answer.errors, ['youths', 'edges', i, 'node', 'displayName']);
    return denial ? (REASON_LABEL[denial.reason] ?? denial.reason) : 'Hidden from you';
  };
  return (
    <>
      <h1>Your caseload</h1>
      <form role="search" className="app-search" onSubmit={submit}>
        <Label htmlFor="caseload-search">Search by name</Label>
        <div className="app-inline">
          <TextInput
            id="caseload-search"
            name="search"
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <Button type="submit">Search</Button>
          {search && (
            <Button type="button" outline onClick={() => (setDraft(''), setSearch(null), setCursors([null]))}>
              Clear
            </Button>
          )}
        </div>
        <p className="usa-hint">Search finds only youths whose names you may see.</p>
      </form>
      {state.isPending && <Loading what="your caseload" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {answer && <ErrorList errors={otherErrors(answer.errors)} />}
      {page && (
        <>
          <p aria-live="polite">
            {page.totalCount} {page.totalCount === 1 ? 'youth' : 'youths'}
            {search ? ` matching “${search}”` : ''} · page {cursors.length}
          </p>
          {page.edges.length === 0 ? (
            <p className="app-none">No youths to show.</p>
          ) : (
            <ul className="app-caseload usa-list--unstyled">
              {page.edges.map(({ node }, i) => (
                <li key={node.id} data-youth={node.id}>
                  <Link className="usa-link app-caseload__name" to={`/youths/${node.id}`}>
                    {node.displayName ?? youthLabel(node.id)}
                  </Link>
                  {!node.displayName && (
                    <span className="app-caseload__why">
                      <Tag className="app-tag app-tag--hidden">Name hidden</Tag> {hiddenWhy(i)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <nav className="app-pager" aria-label="Caseload pages">
            <Button
              type="button"
              outline
              disabled={cursors.length < 2}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              Previous page
            </Button>
            <Button
              type="button"
              outline
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
            >
              Next page
            </Button>
          </nav>
        </>
      )}
    </>
  );
}
