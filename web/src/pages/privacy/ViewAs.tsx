import { useState, type FormEvent } from 'react';
import { useQuery } from '../../api/client.ts';
import { AccessTable } from '../../components/AccessTable.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { PURPOSE_LABEL, PURPOSES, ROLE_AGENCY, ROLE_LABEL, ROLES } from '../../labels.ts';
import { ViewAsQuery } from './queries.ts';

interface Draft {
  youthId: string;
  sub: string;
  role: string;
  purpose: string;
}

/** What another viewer would be shown of a youth, and why; releases no record. */
export function ViewAs() {
  const [draft, setDraft] = useState<Draft>({
    youthId: '',
    sub: '',
    role: 'PROBATION_OFFICER',
    purpose: 'CARE_COORDINATION',
  });
  const [asked, setAsked] = useState<Draft | null>(null);
  const as = asked && {
    role: asked.role as never,
    agency: ROLE_AGENCY[asked.role] as never,
    purpose: asked.purpose as never,
    ...(asked.sub ? { sub: asked.sub } : {}),
  };
  const state = useQuery(ViewAsQuery, { youthId: asked?.youthId ?? '', as: as ?? ({} as never) }, !asked);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ ...draft, youthId: draft.youthId.trim(), sub: draft.sub.trim() });
  };
  return (
    <section aria-labelledby="viewas-title">
      <h2 id="viewas-title">View as another viewer</h2>
      <form className="filters" onSubmit={submit}>
        <div className="field-inline">
          <label htmlFor="va-youth">Youth hub id</label>
          <input
            id="va-youth"
            required
            value={draft.youthId}
            onChange={(e) => setDraft({ ...draft, youthId: e.target.value })}
          />
        </div>
        <div className="field-inline">
          <label htmlFor="va-sub">Person id (for team membership; optional)</label>
          <input id="va-sub" value={draft.sub} onChange={(e) => setDraft({ ...draft, sub: e.target.value })} />
        </div>
        <div className="field-inline">
          <label htmlFor="va-role">Role</label>
          <select id="va-role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
            {ROLES.filter((r) => r !== 'PRIVACY_OFFICER').map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor="va-purpose">Purpose</label>
          <select
            id="va-purpose"
            value={draft.purpose}
            onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
          >
            {PURPOSES.filter((p) => p !== 'AUDIT').map((p) => (
              <option key={p} value={p}>
                {PURPOSE_LABEL[p]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Show</button>
      </form>
      {asked && state.status === 'loading' && <Loading what="the simulated view" />}
      {asked && state.status === 'error' && <ErrorBox>{state.error}</ErrorBox>}
      {state.result && <ErrorList errors={state.result.errors} />}
      {state.result?.data && (
        <AccessTable
          decisions={state.result.data.viewAs}
          caption={`As a ${ROLE_LABEL[asked?.role ?? '']} would see it`}
        />
      )}
    </section>
  );
}
