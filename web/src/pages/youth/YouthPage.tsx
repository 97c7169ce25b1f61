import { useQuery } from '../api/client.ts';
import { denialAt, otherErrors, unavailableFields } from '../api/denials.ts';
import { mergeTimelines } from '../api/timeline.ts';
import { useSession } from '../auth/session.ts';
import { AccessTable } from '../components/AccessTable.tsx';
import { AgencySection } from '../components/AgencySection.tsx';
import { Hidden, Unavailable } from '../components/Hidden.tsx';
import { Part2Notice } from '../components/Part2Notice.tsx';
import { ServicePlan } from '../components/ServicePlan.tsx';
import { ErrorBox, ErrorList, Loading } from '../components/Status.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { Value } from '../components/Value.tsx';
import { AGENCY_LABEL, PURPOSE_LABEL, ROLE_LABEL } from '../labels.ts';
import { Link } from '../router.tsx';
import { EmergencyPanel } from './Emergency.tsx';
import { AGENCY_SECTIONS, ExplanationQuery, YouthSummaryQuery, YouthTimelineQuery } from './youth-queries.ts';

/** One youth: a section per agency, every hidden field with its reason, the merged timeline, the plans. */
export function YouthPage({ id }: { id: string }) {
  const session = useSession();
  const summary = useQuery(YouthSummaryQuery, { id });
  const timeline = useQuery(YouthTimelineQuery, { id });
  const explanation = useQuery(ExplanationQuery, { youthId: id });
  const reload = () => (summary.reload(), timeline.reload(), explanation.reload());
  if (summary.status === 'loading') return <Loading what="the youth’s record" />;
  if (summary.status === 'error') return <ErrorBox>{summary.error}</ErrorBox>;
  const { data, errors, extensions } = summary.result;
  const youth = data?.youth;
  if (!youth) {
    // "Not found" only when the registry answered so; a failure is never shown as an empty answer.
    if (errors.length > 0) {
      return (
        <div>
          <h1>The youth’s record could not be loaded</h1>
          {unavailableFields(errors).has('registry') ? (
            <Unavailable agency="The registry" />
          ) : (
            <ErrorList errors={errors} />
          )}
          <button type="button" onClick={reload}>
            Try again
          </button>{' '}
          <Link href="/">Back to your caseload</Link>
        </div>
      );
    }
    return (
      <div>
        <h1>Youth not found</h1>
        <p>No such youth, or the youth is not on your caseload.</p>
        <Link href="/">Back to your caseload</Link>
      </div>
    );
  }
  const down = unavailableFields([...errors, ...(timeline.result?.errors ?? [])]);
  const registryDown = down.has('registry');
  const merged = timeline.result && mergeTimelines(timeline.result.data?.youth, timeline.result.errors);
  const safetyDenial = denialAt(errors, ['youth', 'childWelfare', 'safetyPlan']);
  const identityDenial = denialAt(errors, ['youth', 'displayName']);
  const servicePlanDenial = denialAt(errors, ['youth', 'servicePlan']);
  return (
    <div className="youth">
      <p className="breadcrumb">
        <Link href="/">Caseload</Link> / youth
      </p>
      <h1>{youth.displayName ?? 'Name hidden'}</h1>
      {identityDenial && <Hidden denial={identityDenial} />}
      <p className="meta">
        Hub id {youth.id} · viewing as {session?.viewer.name} for {PURPOSE_LABEL[session?.purpose ?? ''] ?? ''}
      </p>
      <nav className="actions" aria-label="For this youth">
        <Link href={`/youths/${id}/consents`}>Consents</Link>
      </nav>
      {down.size > 0 && (
        <div className="unavailable-summary" role="alert">
          Unavailable now: {[...down].map((f) => AGENCY_SECTIONS.find(([k]) => k === f)?.[1] ?? f).join(', ')}. Their
          parts of the record are missing, not empty.
        </div>
      )}
      <Part2Notice obligations={extensions.obligations ?? timeline.result?.extensions.obligations} />
      <ErrorList errors={otherErrors(errors)} />
      <EmergencyPanel youthId={id} onChange={reload} />

      <section aria-labelledby="plans-title" className="plans">
        <h2 id="plans-title">Plans</h2>
        <h3>Safety plan</h3>
        {down.has('childWelfare') ? (
          <Unavailable agency="Child Welfare" />
        ) : safetyDenial ? (
          <Hidden denial={safetyDenial} />
        ) : (
          <Value value={youth.childWelfare?.safetyPlan ?? null} />
        )}
        <h3>Service plan: needs identified and services received</h3>
        <div data-testid="service-plan">
          {youth.servicePlan ? (
            <ServicePlan needs={youth.servicePlan.needs} />
          ) : servicePlanDenial ? (
            <Hidden denial={servicePlanDenial} />
          ) : registryDown ? (
            <Unavailable agency="The registry" />
          ) : (
            <p className="none">No service plan is recorded.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="team-title">
        <h2 id="team-title">MDT</h2>
        {youth.team ? (
          <ul>
            {youth.team.map((m) => (
              <li key={m.personId}>
                {m.name}, {ROLE_LABEL[m.role] ?? m.role} ({AGENCY_LABEL[m.agency] ?? m.agency})
              </li>
            ))}
          </ul>
        ) : (
          (() => {
            const d = denialAt(errors, ['youth', 'team']);
            if (d) return <Hidden denial={d} />;
            return registryDown ? <Unavailable agency="The registry" /> : <p className="none">No team recorded.</p>;
          })()
        )}
      </section>

      {AGENCY_SECTIONS.map(([field, title]) => (
        <AgencySection
          key={field}
          field={field}
          title={title}
          record={youth[field] as Record<string, unknown> | null}
          errors={errors}
          unavailable={down.has(field)}
        />
      ))}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline across agencies</h2>
        {timeline.status === 'loading' && <Loading what="the timeline" />}
        {timeline.status === 'error' && <ErrorBox>{timeline.error}</ErrorBox>}
        {merged && <Timeline events={merged.events} hidden={merged.hidden} />}
      </section>

      <section aria-labelledby="why-title">
        <h2 id="why-title">What you may see and why</h2>
        {explanation.status === 'loading' && <Loading what="the explanation" />}
        {explanation.status === 'error' && <ErrorBox>{explanation.error}</ErrorBox>}
        {explanation.result?.data && (
          <AccessTable decisions={explanation.result.data.accessExplanation} caption="Your access to this youth" />
        )}
        {explanation.result && <ErrorList errors={explanation.result.errors} />}
      </section>
    </div>
  );
}
