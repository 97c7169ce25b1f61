import type { Agency } from '@hub/policies';
import { badInput, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { localIdsAt, youthAtLocalId } from '../db/crosswalk.ts';
import { consentFromFhir } from '../fhir/from-fhir.ts';
import { agencyOfSystem, type IdentifierSystems } from '../fhir/systems.ts';
import { consentToFhir } from '../fhir/to-fhir.ts';
import type { ConsentResolvers, MutationResolvers } from '../generated/resolvers-types.ts';
import { consentStatus, notFound, recordConsentAs, teamEndOf } from './consent.ts';

/**
 * Only the viewer's own agency's identifier, or the hub's youth id: another agency's local id for
 * the youth would tell the viewer that the agency serves the youth (and under which number).
 */
function identifierAgency(ctx: SubgraphContext, agency: Agency | undefined, what: string): Agency {
  const own = ctx.viewer.agency;
  if (agency === own || agency === 'HUB') return agency;
  throw badInput(`${what}: another agency's number for a youth is not yours to see`);
}

function localIdOf(ctx: SubgraphContext, agency: Agency, youthId: string): Promise<string | undefined> {
  return ctx
    .loader<string, string | undefined>(`local-id:${agency}`, async (ids) => {
      const rows = await localIdsAt(ctx.database, agency, ids);
      return ids.map((id) => rows.find((r) => r.youthId === id)?.localId);
    })
    .load(youthId);
}

export function fhirConsentResolvers(systems: IdentifierSystems): {
  Consent: ConsentResolvers;
  Mutation: MutationResolvers;
} {
  return {
    Consent: {
      async fhir(row, { forAgency }, ctx) {
        const agency = identifierAgency(
          ctx,
          forAgency ?? ctx.viewer.agency,
          `forAgency must be ${ctx.viewer.agency} (yours) or HUB`,
        );
        const local = agency === 'HUB' ? undefined : await localIdOf(ctx, agency, row.youthId);
        // Where the agency holds no number for the youth, the hub's youth id names them; the system says which.
        const patient = local ? { system: systems[agency], value: local } : { system: systems.HUB, value: row.youthId };
        const status = consentStatus(row, new Date(), await teamEndOf(row.youthId, ctx));
        return JSON.stringify(consentToFhir(row, { patient, status, timeZone: ctx.timeZone }));
      },
    },
    Mutation: {
      async recordConsentFromFhir(_root, { resource }, ctx, info) {
        const draft = consentFromFhir(resource);
        const { patient, ...terms } = draft;
        const agency = identifierAgency(
          ctx,
          agencyOfSystem(systems, patient.system),
          `patient.identifier.system must be ${systems[ctx.viewer.agency]} (your agency's) or ${systems.HUB} (the hub's youth id)`,
        );
        const youthId =
          agency === 'HUB'
            ? isUuid(patient.value) && patient.value.toLowerCase()
            : await youthAtLocalId(ctx.database, agency, patient.value);
        // An identifier that names no youth answers as a youth not on the caseload does.
        if (!youthId) throw notFound();
        return recordConsentAs(ctx, { youthId, ...terms }, info);
      },
    },
  };
}
