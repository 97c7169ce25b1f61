import type { GraphQLErrorShape } from '../../api/graphql.ts';
import { denialAt } from '../../api/denials.ts';
import { HiddenNotice } from '../../components/HiddenNotice.tsx';
import { ServicePlan, type Need } from '../../components/ServicePlan.tsx';
import { Unavailable } from '../../components/Status.tsx';
import { DateText } from '../../components/DateText.tsx';

interface Props {
  youthId: string;
  safetyPlan: { summary: string; updatedOn: string } | null | undefined;
  needs: Need[] | null | undefined;
  errors: GraphQLErrorShape[];
  down: Set<string>;
}

/** The safety plan (Child Welfare's) and the MDT's service plan (the registry's), first on the page. */
export function Plans({ youthId, safetyPlan, needs, errors, down }: Props) {
  const safetyDenial = denialAt(errors, ['youth', 'childWelfare', 'safetyPlan']);
  const serviceDenial = denialAt(errors, ['youth', 'servicePlan']);
  return (
    <section className="app-section" aria-labelledby="plans-title">
      <h2 id="plans-title">Plans</h2>
      <h3>Safety plan</h3>
      <div data-testid="safety-plan">
        {down.has('childWelfare') ? (
          <Unavailable agency="Child Welfare" />
        ) : safetyDenial ? (
          <HiddenNotice hidden={[{ field: 'safetyPlan', denial: safetyDenial }]} all youthId={youthId} />
        ) : safetyPlan ? (
          <>
            <p className="app-safety-plan">{safetyPlan.summary}</p>
            <p className="app-meta">
              Updated <DateText value={safetyPlan.updatedOn} />, by Child Welfare
            </p>
          </>
        ) : (
          <p className="app-none">No safety plan is recorded.</p>
        )}
      </div>
      <h3>Service plan: needs identified and services received</h3>
      <div data-testid="service-plan">
        {needs ? (
          <ServicePlan needs={needs} />
        ) : serviceDenial ? (
          <HiddenNotice hidden={[{ field: 'servicePlan', denial: serviceDenial }]} all youthId={youthId} />
        ) : down.has('registry') ? (
          <Unavailable agency="The registry" />
        ) : (
          <p className="app-none">No service plan is recorded.</p>
        )}
      </div>
    </section>
  );
}
