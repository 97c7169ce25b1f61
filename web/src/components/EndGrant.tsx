import { Button, ErrorMessage, FormGroup, Label, Textarea } from '@trussworks/react-uswds';
import { useId, useState } from 'react';
import { useChange } from '../api/query.ts';
import { graphql } from '../generated/index.ts';

const EndGrantMutation = graphql(`
  mutation EndEmergencyGrant($grantId: ID!, $reason: String!) {
    endEmergencyGrant(grantId: $grantId, reason: $reason) {
      id
      active
      endedAt
    }
  }
`);

const REASON_MAX = 2000;

/**
 * "End grant now": ends an emergency grant before it runs out (its requester, or a privacy officer
 * acting for AUDIT). A button first; behind it a confirmation with the reason, which the hub keeps
 * with the grant. The very next read under the grant is refused in every agency.
 */
export function EndGrant({ grantId, after }: { grantId: string; after?: () => void }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const end = useChange(EndGrantMutation, after ? { after } : {});
  if (!confirming) {
    return (
      <Button type="button" secondary className="app-no-print" onClick={() => setConfirming(true)}>
        End grant now
      </Button>
    );
  }
  const submit = () => {
    const why = reason.trim();
    if (!why) return setProblem('Say why the grant ends now.');
    if (why.length > REASON_MAX) return setProblem(`Keep the reason to ${REASON_MAX} characters.`);
    setProblem(undefined);
    end.mutate({ grantId, reason: why });
  };
  const message = problem ?? end.error?.message;
  return (
    <div className="app-end-grant app-no-print" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>End this emergency grant now?</strong> Nothing more is opened under it, in any agency, from this moment.
        It cannot be undone; the review stays open.
      </p>
      <FormGroup error={!!message}>
        <Label htmlFor={`${id}-reason`}>Why it ends now</Label>
        {message && <ErrorMessage id={`${id}-error`}>{message}</ErrorMessage>}
        <Textarea
          id={`${id}-reason`}
          name="end-reason"
          value={reason}
          error={!!message}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormGroup>
      <Button type="button" secondary disabled={end.isPending} onClick={submit}>
        Confirm: end grant now
      </Button>
      <Button type="button" unstyled onClick={() => (setConfirming(false), setProblem(undefined))}>
        Keep the grant
      </Button>
    </div>
  );
}
