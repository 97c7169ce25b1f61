import { Alert, AlertHeading, Button, ErrorMessage, Form, FormGroup, Label, Textarea } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { useAnswer, useChange } from '../../api/query.ts';
import { defaultPurpose, setPurpose, useSession } from '../../auth/session.ts';
import { EndGrant } from '../../components/EndGrant.tsx';
import { ErrorBox } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { graphql } from '../../generated/index.ts';
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

function RequestForm({ youthId, onCancel }: { youthId: string; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // Granted: the page opens under the emergency purpose at once, no second click.
  const request = useChange(RequestMutation, { after: () => setPurpose('EMERGENCY') });
  const problem = reasonProblem(reason);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!problem) request.mutate({ youthId, reason: reason.trim() });
  };
  const invalid = touched && !!problem;
  return (
    <Form onSubmit={submit} noValidate large className="app-emergency-form">
      <p>
        Only in an emergency. It opens identity, the safety plan, placement, runaway episodes and physical health for a
        few hours; every read is recorded with the grant and reviewed by a privacy officer. Keep clinical detail out of
        the reason.
      </p>
      <FormGroup error={invalid}>
        <Label htmlFor="emergency-reason">Reason (20 to 2000 characters)</Label>
        {invalid && <ErrorMessage id="emergency-reason-error">{problem}</ErrorMessage>}
        <Textarea
          id="emergency-reason"
          name="reason"
          value={reason}
          error={invalid}
          aria-describedby={invalid ? 'emergency-reason-error' : 'emergency-reason-count'}
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => setTouched(true)}
        />
        <span id="emergency-reason-count" className="usa-hint">
          {reason.trim().length} of {REASON_MAX} characters
        </span>
      </FormGroup>
      {request.error && <ErrorBox title="Emergency access refused">{request.error.message}</ErrorBox>}
      <Button type="submit" secondary disabled={request.isPending}>
        Request emergency access
      </Button>
      <Button type="button" unstyled onClick={onCancel}>
        Cancel
      </Button>
    </Form>
  );
}

/**
 * Break-glass for one youth, shown only to a member of the youth's team (the only viewers the
 * policy lets ask): a button first, the form behind it; once granted, the time left.
 */
export function EmergencyAccess({ youthId }: { youthId: string }) {
  const session = useSession();
  const grant = useAnswer(GrantQuery, { youthId });
  const [asking, setAsking] = useState(false);
  const active = grant.data?.data?.myEmergencyGrant;
  if (active?.active) {
    return (
      <Alert type="warning" data-testid="emergency-grant" className="app-emergency-grant app-no-print">
        <AlertHeading level="h2">Emergency access</AlertHeading>
        <p>
          <strong>Flagged for privacy review.</strong> You hold emergency access until{' '}
          {formatDateTime(active.expiresAt)}: <Countdown until={active.expiresAt} /> left. Every read under it is
          recorded with the grant and reviewed by a privacy officer.
        </p>
        <p className="app-meta">Your reason: {active.reason}</p>
        {session?.purpose === 'EMERGENCY' ? (
          <p>You are working under the emergency purpose.</p>
        ) : (
          <Button type="button" onClick={() => setPurpose('EMERGENCY')}>
            Work under the emergency purpose
          </Button>
        )}
        {/* Ended: back to the purpose the worker normally uses; the page is asked again under it. */}
        <EndGrant grantId={active.id} after={() => setPurpose(defaultPurpose(session?.viewer.role ?? ''))} />
      </Alert>
    );
  }
  if (grant.isPending) return null;
  if (!asking) {
    return (
      <Button type="button" secondary className="app-no-print" onClick={() => setAsking(true)}>
        Request emergency access
      </Button>
    );
  }
  return (
    <section className="app-section app-no-print" aria-labelledby="emergency-title">
      <h2 id="emergency-title">Request emergency access</h2>
      <RequestForm youthId={youthId} onCancel={() => setAsking(false)} />
    </section>
  );
}
