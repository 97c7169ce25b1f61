import { useQuery } from '@tanstack/react-query';
import { Button, ButtonGroup, Tag } from '@trussworks/react-uswds';
import { useState, type ReactNode } from 'react';
import { changesSince, lastMeetingBefore } from '../../api/changes.ts';
import { denialAt, otherErrors, unavailableFields } from '../../api/denials.ts';
import { fetchAnswer, type GraphQLErrorShape } from '../../api/graphql.ts';
import { useAnswer } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { ErrorList } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { eventText } from '../../format/values.ts';
import { AGENCY_LABEL } from '../../labels.ts';
import { AGENCY_SECTIONS, MarkYouthSeenMutation, YouthChangesQuery, YouthMeetingsQuery } from './queries.ts';

/** The most the strip lists; the timeline below has the rest. */
const MOST = 10;

type Mode = 'look' | 'meeting';

/**
 * Records this opening of the summary as the viewer's last look, once per opening (a new mount
 * is a new opening), and answers the look before it. Not cached across openings.
 */
function useLook(youthId: string) {
  const session = useSession();
  const [opening] = useState(() => Math.random().toString(36).slice(2));
  return useQuery({
    queryKey: ['look', session?.viewer.sub ?? null, youthId, opening],
    queryFn: async () => {
      const answer = await fetchAnswer(
        MarkYouthSeenMutation,
        { youthId },
        {
          token: session?.token,
          purpose: session!.purpose,
        },
      );
      return answer.data?.markYouthSeen ?? null;
    },
    enabled: session !== null,
    staleTime: Infinity,
    gcTime: 0,
  });
}

/**
 * The events the agencies released since `since` (the viewer's previous look, or the last MDT
 * meeting): each agency decides and logs its own part through `timeline(since:)`, and a withheld
 * list is simply absent, so nothing says a hidden category changed.
 */
function useChanges(youthId: string, since: string | null) {
  const changes = useAnswer(YouthChangesQuery, { id: youthId, since: since ?? '' }, { enabled: !!since });
  const events = since && changes.data ? changesSince(changes.data.data?.youth, changes.data.errors, since) : null;
  return { changes, events };
}

function ChangeList({ lead, state }: { lead: string; state: ReturnType<typeof useChanges> }): ReactNode {
  const { changes, events } = state;
  if (changes.isPending) return <p className="app-loading">Checking what is new…</p>;
  if (changes.isError || !events) return <p>What is new could not be checked now.</p>;
  const errors: GraphQLErrorShape[] = changes.data.errors;
  const down = [...unavailableFields(errors)].map((f) => AGENCY_SECTIONS.find(([k]) => k === f)?.[1]).filter(Boolean);
  return (
    <>
      <p>
        {lead} New since then:{' '}
        {events.length === 0
          ? 'nothing.'
          : `${events.length} ${events.length === 1 ? 'event' : 'events'}${events.length > MOST ? `, the latest ${MOST} below` : ''}.`}
      </p>
      {events.length > 0 && (
        <ul className="usa-list app-since__list">
          {events.slice(0, MOST).map((e) => {
            const { title, detail } = eventText(e.kind, e.summary);
            return (
              <li key={e.id} data-kind={e.kind} data-category={e.category}>
                <time dateTime={e.date}>{formatDate(e.date)}</time> · {AGENCY_LABEL[e.agency] ?? e.agency}:{' '}
                <strong>{title}</strong>
                {detail && <>: {detail}</>}
              </li>
            );
          })}
        </ul>
      )}
      {down.length > 0 && <p>Not checked, unavailable now: {down.join(', ')}.</p>}
      <ErrorList errors={otherErrors(errors)} />
    </>
  );
}

/** Since the viewer's own previous look at this summary. */
function SinceLook({ youthId, look }: { youthId: string; look: ReturnType<typeof useLook> }) {
  const previous = look.data?.previousLookAt ?? null;
  const state = useChanges(youthId, previous);
  if (look.isPending) return <p className="app-loading">Checking what is new…</p>;
  if (look.isError || !look.data) return <p>What is new could not be checked now.</p>;
  if (!previous) return <p>This is the first time you open this summary. Next time, this lists what is new.</p>;
  return <ChangeList lead={`You last looked on ${formatDateTime(previous)}.`} state={state} />;
}

/** Since the youth's last MDT meeting the viewer was shown (see lastMeetingBefore for which one). */
function SinceMeeting({ youthId }: { youthId: string }) {
  const meetings = useAnswer(YouthMeetingsQuery, { id: youthId });
  const answer = meetings.data;
  const last = answer ? lastMeetingBefore(answer.data?.youth?.mdtMeetings) : null;
  const state = useChanges(youthId, last?.startsAt ?? null);
  if (meetings.isPending) return <p className="app-loading">Finding the last MDT meeting…</p>;
  if (meetings.isError || !answer) return <p>The last MDT meeting could not be found now.</p>;
  if (denialAt(answer.errors, ['youth', 'mdtMeetings'])) {
    return <p>This youth’s MDT meetings are not shown to you, so there is no meeting to count from.</p>;
  }
  if (!last) {
    return (
      <>
        <p>No MDT meeting of this youth that you were invited to has taken place yet.</p>
        <ErrorList errors={otherErrors(answer.errors)} />
      </>
    );
  }
  return <ChangeList lead={`The last MDT meeting was on ${formatDateTime(last.startsAt)}.`} state={state} />;
}

/**
 * What is new on this youth, since the viewer last looked (the default) or since the last MDT
 * meeting they were at: a toggle between the two. Opening the summary records the look either way.
 */
export function SinceLastLook({ youthId }: { youthId: string }) {
  const look = useLook(youthId);
  const [mode, setMode] = useState<Mode>('look');
  const count = useChanges(youthId, look.data?.previousLookAt ?? null).events?.length ?? 0;
  const title = mode === 'look' ? 'Since you last looked' : 'Since the last MDT meeting';
  const choose = (next: Mode, label: string) => (
    <Button
      type="button"
      outline={mode !== next}
      aria-pressed={mode === next}
      onClick={() => setMode(next)}
      data-since={next}
    >
      {label}
    </Button>
  );
  return (
    <section
      className="app-section app-since app-no-print"
      aria-labelledby="since-title"
      data-testid="since-last-look"
      data-mode={mode}
    >
      <h2 id="since-title">
        {title} {mode === 'look' && count > 0 && <Tag className="app-tag app-tag--new">{count} new</Tag>}
      </h2>
      <ButtonGroup type="segmented" aria-label="What is new since" className="app-since__toggle">
        {choose('look', 'Since you last looked')}
        {choose('meeting', 'Since the last MDT meeting')}
      </ButtonGroup>
      {mode === 'look' ? <SinceLook youthId={youthId} look={look} /> : <SinceMeeting youthId={youthId} />}
    </section>
  );
}
