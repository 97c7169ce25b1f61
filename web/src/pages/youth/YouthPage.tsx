import { Accordion, Button } from '@trussworks/react-uswds';
import { Link } from 'react-router';
import { denialAt, otherErrors, unavailableFields } from '../../api/denials.ts';
import { mergeTimelines } from '../../api/timeline.ts';
import { useAnswer } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { AccessTable } from '../../components/AccessTable.tsx';
import { AgencySection } from '../../components/AgencySection.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { Part2Notice } from '../../components/Part2Notice.tsx';
import { ErrorBox, ErrorList, Loading, Unavailable } from '../../components/Status.tsx';
import { Timeline } from '../../components/Timeline.tsx';
import { youthName } from '../../format/youth.ts';
import { MdtWork } from './MdtWork.tsx';
import { AGENCY_SECTIONS, ExplanationQuery, YouthSummaryQuery } from './queries.ts';
import { EmergencyAccess } from './EmergencyAccess.tsx';
import { Identity } from './Identity.tsx';
import { MissingNowFlag } from './MissingNow.tsx';
import { Plans } from './Plans.tsx';
import { SinceLastLook } from './SinceLastLook.tsx';
import { Team } from './Team.tsx';

/** Fields shown elsewhere on the page: the safety plan under Plans, missing now at the top (a withheld flag stays in its section's notice). */
const OMIT: Record<string, readonly string[]> = {
  childWelfare: ['safetyPlan', 'missingNow'],
  probation: ['missingNow'],
};

function NotLoaded({ errors, retry }: { errors: Parameters<typeof unavailableFields>[0]; retry: () => void }) {
  return (
    <>
      <h1>The youth’s record could not be loaded</h1>
      {unavailableFields(errors).has('registry') ? (
        <Unavailable agency="The registry" />
      ) : (
        <ErrorList errors={errors} />
      )}
      <p>
        <Button type="button" onClick={retry}>
          Try again
        </Button>{' '}
        <Link className="usa-link" to="/">
          Back to your caseload
        </Link>
      </p>
    </>
  );
}

/** One youth: the plans first, then each agency's part with one notice for what it withholds, the timeline, the reasons. */
export function YouthPage({ id }: { id: string }) {
  const session = useSession();
  const summary = useAnswer(YouthSummaryQuery, { id });
  const explanation = useAnswer(ExplanationQuery, { youthId: id });
  if (summary.isPending) return <Loading what="the youth’s record" />;
  if (summary.isError) return <ErrorBox>{summary.error.message}</ErrorBox>;
  const { data, errors, extensions } = summary.data;
  const youth = data?.youth;
  // "Not found" only when the registry answered so; a failure is never shown as an empty answer.
  if (!youth && errors.length > 0) return <NotLoaded errors={errors} retry={() => void summary.refetch()} />;
  if (!youth) {
    return (
      <>
        <h1>Youth not found</h1>
        <p>No such youth, or the youth is not on your caseload.</p>
        <Link className="usa-link" to="/">
          Back to your caseload
        </Link>
      </>
    );
  }
  const down = unavailableFields(errors);
  const merged = mergeTimelines(youth, errors);
  const onTeam = !!youth.team?.some((m) => m.personId === session?.viewer.sub);
  const name = youthName(youth);
  return (
    <article className="app-youth">
      <Breadcrumbs trail={[['/', 'Caseload']]} current={name} />
      <Identity youth={youth} errors={errors} />
      <MissingNowFlag childWelfare={youth.childWelfare?.missingNow} probation={youth.probation?.missingNow} />
      <SinceLastLook youthId={id} />
      <div className="app-actions app-no-print">
        <Link className="usa-button usa-button--outline" to={`/youths/${id}/consents`}>
          Consents
        </Link>
        <Button type="button" outline onClick={() => window.print()}>
          Print summary
        </Button>
        {onTeam && session?.viewer.role !== 'PRIVACY_OFFICER' && <EmergencyAccess youthId={id} />}
      </div>
      {down.size > 0 && (
        <div className="usa-alert usa-alert--warning usa-alert--slim app-unavailable-summary" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Unavailable now:{' '}
              {[...down].map((f) => AGENCY_SECTIONS.find(([k]) => k === f)?.[1] ?? 'The registry').join(', ')}. Their
              parts of the record are missing, not empty.
            </p>
          </div>
        </div>
      )}
      <Part2Notice obligations={extensions.obligations} />
      <ErrorList errors={otherErrors(errors)} />
      <Plans
        youthId={id}
        safetyPlan={youth.childWelfare?.safetyPlan}
        needs={youth.servicePlan?.needs}
        errors={errors}
        down={down}
      />
      <Team
        youthId={id}
        team={youth.team}
        errors={errors}
        registryDown={down.has('registry')}
        viewerSub={session?.viewer.sub}
        coordinator={session?.viewer.role === 'MDT_COORDINATOR'}
      />
      {session?.viewer.role !== 'PRIVACY_OFFICER' && <MdtWork youthId={id} />}
      {AGENCY_SECTIONS.map(([field, title]) => (
        <AgencySection
          key={field}
          field={field}
          title={title}
          record={youth[field] as Record<string, unknown> | null}
          errors={errors}
          unavailable={down.has(field)}
          youthId={id}
          omit={(OMIT[field] ?? []).filter((k) => k !== 'missingNow' || !denialAt(errors, ['youth', field, k]))}
        />
      ))}
      <section className="app-section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline across agencies</h2>
        <Timeline events={merged.events} hidden={merged.hidden} />
      </section>
      <section className="app-section app-no-print" aria-labelledby="why-title">
        <h2 id="why-title">What you may see and why</h2>
        {explanation.isPending && <Loading what="the explanation" />}
        {explanation.isError && <ErrorBox>{explanation.error.message}</ErrorBox>}
        {explanation.data?.data && (
          <Accordion
            bordered
            items={[
              {
                id: 'why-table',
                title: `Every kind of record, agency by agency (${explanation.data.data.accessExplanation.filter((d) => !d.allowed).length} hidden)`,
                headingLevel: 'h3',
                expanded: false,
                content: (
                  <AccessTable
                    decisions={explanation.data.data.accessExplanation}
                    caption="Your access to this youth"
                  />
                ),
              },
            ]}
          />
        )}
        {explanation.data && <ErrorList errors={explanation.data.errors} />}
      </section>
    </article>
  );
}
