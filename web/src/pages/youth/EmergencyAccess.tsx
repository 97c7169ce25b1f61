import { useEffect, useState, type FormEvent } from 'react';
import { request, useQuery } from '../api/client.ts';
import { setPurpose, useSession } from '../auth/session.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { graphql } from '../generated/index.ts';
import { formatRemaining, REASON_MAX, reasonProblem } from './emergency-rules.ts';

const GrantQuery = graphql(`
  query MyEmergencyGrant($youthId: ID!) {
    myEmergencyGrant(youthId: $youthId) {
      id
      reason
      grantedAt
      expiresAt
      active
      reviewStatus
    }
  }
`);

const RequestMutation = graphql(`
  mutation RequestEmergencyAccess($youthId: ID!, $reason: String!) {
    requestEmergencyAccess(youthId: $youthId, reason: $reason) {
      id
      expiresAt
    }
  }
`);

function Countdown({ until }: { until: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <strong data-testid="countdown">{formatRemaining(new Date(until).getTime() - now)}</strong>;
}

/** Break-glass for one youth: ask with a reason, then see the time left and that it is flagged for review. */
export function EmergencyPanel({ youthId, onChange }: { youthId: string; onChange: () => void }) {
  const session = useSession();
  const grant = useQuery(GrantQuery, { youthId });
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (session?.viewer.role === 'PRIVACY_OFFICER') return null;
  const problem = reasonProblem(reason);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    setBusy(true);
    setError(undefined);
    try {
      const { data, errors } = await request(RequestMutation, { youthId, reason: reason.trim() });
      if (!data) throw new Error(errors[0]?.message ?? 'The request was refused.');
      setReason('');
      setTouched(false);
      grant.reload();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const active = grant.result?.data?.myEmergencyGrant;
  return (
    <section className="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">Emergency access</h2>
      {grant.status === 'loading' && <Loading what="emergency access" />}
      {grant.status === 'error' && <ErrorBox>{grant.error}</ErrorBox>}
      {active ? (
        <div className="grant" data-testid="emergency-grant">
          <p>
            <span className="badge badge-flagged">Flagged for privacy review</span> You hold emergency access until{' '}
            {new Date(active.expiresAt).toLocaleString()}: <Countdown until={active.expiresAt} /> left. Every read under
            it is recorded with the grant and reviewed by a privacy officer.
          </p>
          <p className="meta">Your reason: {active.reason}</p>
          {session?.purpose === 'EMERGENCY' ? (
            <p>You are working under the emergency purpose.</p>
          ) : (
            <button type="button" onClick={() => (setPurpose('EMERGENCY'), onChange())}>
              Work under the emergency purpose
            </button>
          )}
        </div>
      ) : (
        grant.status === 'done' && (
          <form onSubmit={submit} noValidate>
            <p>
              Only in an emergency, as a member of this youth’s MDT. It opens identity, safety plan, placement, runaway
              episodes and physical health for a few hours, and is reviewed. Keep clinical detail out of the reason.
            </p>
            <label htmlFor="emergency-reason">Reason (20 to 2000 characters)</label>
            <textarea
              id="emergency-reason"
              value={reason}
              rows={3}
              aria-invalid={touched && !!problem}
              aria-describedby="emergency-reason-help"
              onChange={(e) => setReason(e.target.value)}
              onBlur={() => setTouched(true)}
            />
            <p id="emergency-reason-help" className={touched && problem ? 'field-error' : 'meta'}>
              {touched && problem ? problem : `${reason.trim().length} of ${REASON_MAX} characters`}
            </p>
            {error && <ErrorBox title="Emergency access refused">{error}</ErrorBox>}
            <button type="submit" className="danger" disabled={busy}>
              Request emergency access
            </button>
          </form>
        )
      )}
    </section>
  );
}
