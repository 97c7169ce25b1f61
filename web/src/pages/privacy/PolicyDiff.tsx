import { Button, FileInput, Label, Table, Textarea } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { compactRules } from './policy-review.ts';
import { PolicyDiffQuery } from './queries.ts';

/** Changes listed as a table at most; the rest are in the full report below it. */
const SHOWN = 100;

function DiffResult({ rules }: { rules: string }) {
  const state = useAnswer(PolicyDiffQuery, { rules });
  if (state.isPending) return <Loading what="the comparison (it decides every point twice: a few seconds)" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const diff = state.data.data?.policyDiff;
  return (
    <section aria-labelledby="diff-result">
      <h3 id="diff-result">Decisions that change</h3>
      <ErrorList errors={state.data.errors} />
      {diff && (
        <>
          <p className="app-meta">
            Running <code>{diff.fromVersion.slice(0, 12)}</code>, proposed <code>{diff.toVersion.slice(0, 12)}</code>:{' '}
            {diff.points.toLocaleString('en-US')} points decided under both, {diff.changes.length} differ.
          </p>
          {diff.changes.length === 0 ? (
            <p className="app-none">No decision changes.</p>
          ) : (
            <Table fullWidth stackedStyle="default" caption="Each point whose decision changes">
              <thead>
                <tr>
                  <th scope="col">Point</th>
                  <th scope="col">Now</th>
                  <th scope="col">Proposed</th>
                </tr>
              </thead>
              <tbody>
                {diff.changes.slice(0, SHOWN).map((c) => (
                  <tr key={`${c.kind}:${c.point}`}>
                    <td data-label="Point">{c.point}</td>
                    <td data-label="Now">{c.before}</td>
                    <td data-label="Proposed">{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {diff.changes.length > SHOWN && (
            <p className="app-meta">
              The first {SHOWN} of {diff.changes.length} changes; every one is in the full report below.
            </p>
          )}
          <details>
            <summary>As `npm run policy:diff` prints it</summary>
            <pre className="app-pre">{diff.text.join('\n')}</pre>
          </details>
        </>
      )}
    </section>
  );
}

/** `policy:diff` between the running policy and a proposed rules file, computed by the registry. */
export function PolicyDiff() {
  const [text, setText] = useState('');
  const [asked, setAsked] = useState<{ rules?: string; problem?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked(compactRules(text));
  };
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">Compare a proposed policy</h2>
      <p>
        A rules file is a JSON array of rules, as <code>npm run policy:export</code> writes it. The hub decides every
        point of the attribute space under the running policy and under the proposal, with the same code as{' '}
        <code>npm run policy:diff</code>, and lists each decision that changes. Nothing is changed.{' '}
        <Link to="/privacy/policy">Back to the matrix</Link>
      </p>
      <form onSubmit={submit} className="app-form">
        <Label htmlFor="rules-file">Choose a rules file</Label>
        <FileInput
          id="rules-file"
          name="rules-file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(setText);
          }}
        />
        <Label htmlFor="rules-text">Or paste it</Label>
        <Textarea id="rules-text" name="rules-text" value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit">Compare with the running policy</Button>
      </form>
      {asked.problem && <ErrorBox title="The rules file">{asked.problem}</ErrorBox>}
      {asked.rules && <DiffResult key={asked.rules} rules={asked.rules} />}
    </section>
  );
}
