import type { GraphQLErrorShape } from '../../api/graphql.ts';
import { denialAt } from '../../api/denials.ts';
import type { HiddenField } from '../../api/hidden.ts';
import { useSession } from '../../auth/session.ts';
import { DateText } from '../../components/DateText.tsx';
import { HiddenNotice } from '../../components/HiddenNotice.tsx';
import { ageOn } from '../../format/dates.ts';
import { youthName } from '../../format/youth.ts';
import { PURPOSE_LABEL } from '../../labels.ts';

interface Props {
  youth: { id: string; displayName?: string | null; preferredName?: string | null; dateOfBirth?: string | null };
  errors: GraphQLErrorShape[];
}

/** The page's title: the youth's name (or a stable label when it is hidden), age, and for whom it is shown. */
export function Identity({ youth, errors }: Props) {
  const session = useSession();
  const hidden = (['displayName', 'preferredName', 'dateOfBirth'] as const)
    .map((field) => ({ field, denial: denialAt(errors, ['youth', field]) }))
    .filter((h): h is HiddenField & { field: 'displayName' } => !!h.denial);
  const age = youth.dateOfBirth ? ageOn(youth.dateOfBirth) : null;
  return (
    <header className="app-identity">
      <h1>{youthName(youth)}</h1>
      {(youth.preferredName || youth.dateOfBirth) && (
        <p className="app-identity__facts">
          {youth.preferredName && <>Goes by {youth.preferredName}. </>}
          {youth.dateOfBirth && (
            <>
              Born <DateText value={youth.dateOfBirth} />
              {age !== null && <> (age {age})</>}.
            </>
          )}
        </p>
      )}
      <HiddenNotice hidden={hidden} all={hidden.length === 3} youthId={youth.id} />
      <p className="app-meta">
        Hub id <span className="app-id">{youth.id}</span> · shown to {session?.viewer.name} for{' '}
        {(PURPOSE_LABEL[session?.purpose ?? ''] ?? '').toLowerCase()}
      </p>
    </header>
  );
}
