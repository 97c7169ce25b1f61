import { Button, Label, Select, TextInput } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useAnswer } from '../../api/query.ts';
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
    agency: ROLE_AGENCY[asked.role as keyof typeof ROLE_AGENCY] as never,
    purpose: asked.purpose as never,
    ...(asked.sub ? { sub: asked.sub } : {}),
  };
  const state = useAnswer(
    ViewAsQuery,
    { youthId: asked?.youthId ?? '', as: as ?? ({} as never) },
    { enabled: !!asked },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ ...draft, youthId: draft.youthId.trim(), sub: draft.sub.trim() });
  };
  return (
    <section aria-labelledby="viewas-title">
      <h2 id="viewas-title">View as another viewer</h2>
      <form className="app-filters" onSubmit={submit}>
        <div className="app-filters__field">
          <Label htmlFor="va-youth">Youth hub id</Label>
          <TextInput
            id="va-youth"
            name="youthId"
            type="text"
            required
            value={draft.youthId}
            onChange={(e) => setDraft({ ...draft, youthId: e.target.value })}
          />
        </div>
        <div className="app-filters__field">
          <Label htmlFor="va-sub">Person id (for team membership; optional)</Label>
          <TextInput
            id="va-sub"
            name="sub"
            type="text"
            value={draft.sub}
            onChange={(e) => setDraft({ ...draft, sub: e.target.value })}
          />
        </div>
        <div className="app-filters__field">
          <Label htmlFor="va-role">Role</Label>
          <Select
            id="va-role"
            name="role"
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.target.value })}
          >
            {ROLES.filter((r) => r !== 'PRIVACY_OFFICER').map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </Select>
        </div>
        <div className="app-filters__field">
          <Label htmlFor="va-purpose">Purpose</Label>
          <Select
            id="va-purpose"
            name="purpose"
            value={draft.purpose}
            onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
          >
            {PURPOSES.filter((p) => p !== 'AUDIT').map((p) => (
              <option key={p} value={p}>
                {PURPOSE_LABEL[p]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit">Show</Button>
      </form>
      {asked && state.isPending && <Loading what="the simulated view" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {state.data && <ErrorList errors={state.data.errors} />}
      {state.data?.data && (
        <AccessTable
          decisions={state.data.data.viewAs}
          caption={`As a ${ROLE_LABEL[asked?.role ?? '']?.toLowerCase()} would see it`}
        />
      )}
    </section>
  );
}
