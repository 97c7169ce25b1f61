import { Link } from 'react-router';
import type { GraphQLErrorShape } from '../../api/graphql.ts';
import { denialAt } from '../../api/denials.ts';
import { HiddenNotice } from '../../components/HiddenNotice.tsx';
import { Unavailable } from '../../components/Status.tsx';
import { AGENCY_LABEL, ROLE_LABEL } from '../../labels.ts';

export interface Member {
  personId: string;
  name: string;
  agency: string;
  role: string;
}

/** The youth's MDT, as the registry records it. */
export function Team({
  youthId,
  team,
  errors,
  registryDown,
  viewerSub,
  coordinator = false,
}: {
  youthId: string;
  team: Member[] | null | undefined;
  errors: GraphQLErrorShape[];
  registryDown: boolean;
  viewerSub: string | undefined;
  /** The viewer is the MDT coordinator: the roster page is theirs to keep. */
  coordinator?: boolean;
}) {
  const denial = denialAt(errors, ['youth', 'team']);
  return (
    <section className="app-section" aria-labelledby="team-title">
      <h2 id="team-title">MDT</h2>
      {team ? (
        team.length ? (
          <ul className="app-team">
            {team.map((m) => (
              <li key={m.personId}>
                <strong>{m.name}</strong>
                {m.personId === viewerSub && ' (you)'}, {ROLE_LABEL[m.role] ?? m.role},{' '}
                {AGENCY_LABEL[m.agency] ?? m.agency}
              </li>
            ))}
          </ul>
        ) : (
          <p className="app-none">No team recorded.</p>
        )
      ) : denial ? (
        <HiddenNotice hidden={[{ field: 'team', denial }]} all youthId={youthId} />
      ) : registryDown ? (
        <Unavailable agency="The registry" />
      ) : (
        <p className="app-none">No team recorded.</p>
      )}
      <p className="app-no-print">
        {coordinator ? (
          <Link className="usa-link" to={`/youths/${youthId}/team`}>
            Manage the team roster (add, end, history)
          </Link>
        ) : (
          <Link className="usa-link" to={`/referrals/new?youth=${youthId}`}>
            Refer this youth to the MDT
          </Link>
        )}
      </p>
    </section>
  );
}
