import { Button } from '@trussworks/react-uswds';
import { Link } from 'react-router';
import { useAnswer } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { ErrorBox, Loading } from '../../components/Status.tsx';
import { youthName } from '../../format/youth.ts';
import { Authorization } from './Authorization.tsx';
import { ConsentsQuery, personNamer } from './queries.ts';

/** One recorded consent as a page to print and sign (print CSS drops the app's chrome). */
export function ConsentPrint({ youthId, consentId }: { youthId: string; consentId: string }) {
  const session = useSession();
  const state = useAnswer(ConsentsQuery, { id: youthId });
  if (state.isPending) return <Loading what="the consent" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const youth = state.data.data?.youth;
  const c = youth?.consents?.find((x) => x.id === consentId);
  if (!youth || !c)
    return <ErrorBox title="Consent not found">No such consent, or it is not one you may see.</ErrorBox>;
  const person = personNamer(youth.team, session?.viewer);
  return (
    <>
      <p className="app-no-print app-actions">
        <Link className="usa-button usa-button--outline" to={`/youths/${youthId}/consents`}>
          Back to consents
        </Link>
        <Button type="button" onClick={() => window.print()}>
          Print
        </Button>
      </p>
      <Authorization
        youth={`${youthName(youth)} · hub id ${youth.id}`}
        terms={c}
        recorded={{
          status: c.status,
          recordedBy: person(c.recordedBy),
          recordedAt: c.recordedAt,
          revoked: c.revokedAt
            ? { at: c.revokedAt, by: person(c.revokedBy ?? ''), reason: c.revokeReason ?? '' }
            : undefined,
        }}
      />
    </>
  );
}
