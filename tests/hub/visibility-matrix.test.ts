import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// One youth, every persona, the whole federated record: any policy or schema change shows up
// here as a changed answer. Youth 1 is served by every agency and every persona is on its team.
const SUMMARY = `query ($id: ID!) {
  youth(id: $id) {
    displayName
    team { role }
    childWelfare { caseNumber currentPlacement { kind } runawayEpisodes { leftOn } csecIndicators { indicator } safetyPlan { updatedOn } }
    health {
      mentalHealth { treatmentStatus }
      psychotherapyNotes { writtenOn }
      substanceUse { status redisclosureNotice }
      sexualHealth { __typename }
      physicalHealth { __typename }
    }
    probation { supervision { status } delinquencyCase { __typename } csecIdentification { status } }
    education { schoolOfRecord { schoolName } }
    districtAttorney { cases { role } }
    publicDefender { matters { kind } communications { channel } }
  }
}`;

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

/** Each persona's answer, errors reduced to path and reason so the snapshot stays readable. */
async function seenBy(persona: string, purpose?: string) {
  const { json } = await hub.query(persona, SUMMARY, { id: hub.world.youths[1]!.id }, purpose ? { purpose } : {});
  const denied = (json.errors ?? []).map(
    (e: { path?: (string | number)[]; extensions: { reason?: string; code: string; ruleId?: string } }) =>
      `${(e.path ?? []).slice(1).join('.')}: ${e.extensions.reason ?? e.extensions.code} (${e.extensions.ruleId ?? ''})`,
  );
  const notice = json.data?.youth?.health?.substanceUse?.redisclosureNotice;
  if (notice) json.data.youth.health.substanceUse.redisclosureNotice = '<42 CFR 2.32 notice>';
  return {
    data: json.data,
    denied: denied.sort(),
    obligations: (json.extensions?.obligations ?? []).map((o: { code: string }) => o.code),
  };
}

describe('the visibility matrix on one youth', () => {
  it.each([
    'sw-garcia',
    'po-nguyen',
    'clin-okafor',
    'phn-silva',
    'school-park',
    'da-reyes',
    'va-mensah',
    'pd-cohen',
    'cbo-james',
    'mentor-lee',
    'coord-ortiz',
  ])('%s', async (persona) => {
    expect(await seenBy(persona)).toMatchSnapshot();
  });

  it('privacy-shah (purpose AUDIT) sees no records', async () => {
    expect(await seenBy('privacy-shah', 'AUDIT')).toMatchSnapshot();
  });
});
