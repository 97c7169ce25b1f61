import { buildASTSchema, getNamedType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { startHub, type Hub } from '../src/hub.ts';

// The common dated timeline, as a client uses it: one query built from the schema alone (every
// agency's `timeline`, every list in it), then one chronology merged from all the lists.
const schema = buildASTSchema(parse(committedSupergraph()), { assumeValidSDL: true });
const youthType = schema.getType('Youth') as GraphQLObjectType;
const AGENCY_FIELDS = ['childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
const EVENT = '{ id date agency category kind summary }';

/** Each agency field's timeline lists: list name and the category it is named for. */
const LISTS = Object.fromEntries(
  AGENCY_FIELDS.map((field) => {
    const record = getNamedType(youthType.getFields()[field]!.type) as GraphQLObjectType;
    const timeline = getNamedType(record.getFields().timeline!.type);
    if (!isObjectType(timeline)) throw new Error(`${field}.timeline is not an object`);
    return [field, Object.keys(timeline.getFields())];
  }),
);
const QUERY = `query ($id: ID!) { youth(id: $id) { ${AGENCY_FIELDS.map(
  (f) => `${f} { timeline { ${LISTS[f]!.map((list) => `${list} ${EVENT}`).join(' ')} } }`,
).join(' ')} } }`;
const categoryOf = (list: string) => list.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

interface TimelineEvent {
  id: string;
  date: string;
  agency: string;
  category: string;
  kind: string;
  summary: string;
}

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

describe('the dated timeline across agencies', () => {
  it('names every list for the data category it holds, in every agency', () => {
    const categories = new Set(
      (schema.getType('DataCategory') as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name),
    );
    for (const [field, lists] of Object.entries(LISTS)) {
      expect(lists.length, field).toBeGreaterThan(0);
      for (const list of lists) expect(categories.has(categoryOf(list)), `${field}.timeline.${list}`).toBe(true);
    }
  });

  it.each(['sw-garcia', 'clin-okafor', 'po-nguyen'])(
    '%s gets the lists the policy opens, each in the common shape, and merges them into one chronology',
    async (persona) => {
      const youthId = hub.world.youths[1]!.id;
      const explained = await hub.query(
        persona,
        `query ($id: ID!) { accessExplanation(youthId: $id) { agency category allowed releasedFields } }`,
        {
          id: youthId,
        },
      );
      // A limited cell releases only its named fields: a timeline list it does not name is withheld.
      const allowed = new Set(
        explained.json.data.accessExplanation
          .filter((d: { allowed: boolean; releasedFields: string[] | null }) => d.allowed)
          .map((d: { agency: string; category: string }) => `${d.agency}:${d.category}`),
      );
      const limited = new Map<string, string[]>(
        explained.json.data.accessExplanation
          .filter((d: { releasedFields: string[] | null }) => d.releasedFields)
          .map((d: { agency: string; category: string; releasedFields: string[] }) => [
            `${d.agency}:${d.category}`,
            d.releasedFields,
          ]),
      );
      const { json } = await hub.query(persona, QUERY, { id: youthId });
      const merged: TimelineEvent[] = [];
      for (const field of AGENCY_FIELDS) {
        for (const list of LISTS[field]!) {
          const events = json.data.youth[field].timeline[list] as TimelineEvent[] | null;
          const agency = field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
          const key = `${agency}:${categoryOf(list)}`;
          const timelineType = `${field[0]!.toUpperCase()}${field.slice(1)}Timeline`;
          const withheld = limited.get(key) && !limited.get(key)!.includes(`${timelineType}.${list}`);
          if (!allowed.has(key) || withheld) {
            expect(events, key).toBeNull();
            const error = json.errors.find(
              (e: { path: string[] }) => e.path.join('.') === `youth.${field}.timeline.${list}`,
            );
            expect(error?.extensions, key).toMatchObject({ code: 'FORBIDDEN', category: categoryOf(list), agency });
            continue;
          }
          expect(events, key).not.toBeNull();
          for (const event of events!) {
            expect(event, key).toMatchObject({ agency, category: categoryOf(list) });
            expect(event.date, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(event.kind, key).toMatch(/^[A-Z][A-Z_]+$/);
            expect(event.summary.length, key).toBeGreaterThan(0);
          }
          merged.push(...events!);
        }
      }
      expect(merged.length).toBeGreaterThan(5);
      expect(new Set(merged.map((e) => e.id)).size).toBe(merged.length);
      // One chronology from several agencies' records, with no agency's database merged into another.
      expect(new Set(merged.map((e) => e.agency)).size).toBeGreaterThan(1);
    },
  );

  it("never carries child welfare's case number (case data) in another category's events", async () => {
    const { json } = await hub.query(
      'sw-garcia',
      `query ($id: ID!) { youth(id: $id) { childWelfare { caseNumber timeline {
        placement { id summary } runaway { id summary } csecIndicators { id summary } safetyPlan { id summary } } } } }`,
      { id: hub.world.youths[1]!.id },
    );
    const { caseNumber, timeline } = json.data.youth.childWelfare;
    expect(caseNumber).toBeTruthy();
    expect(timeline.safetyPlan.length).toBeGreaterThan(0);
    expect(JSON.stringify(timeline)).not.toContain(caseNumber);
  });

  it('answers the whole cross-agency timeline with the same statements for one youth as the record does', async () => {
    // The timeline reads through each record's own loaders: asking for it adds no statement.
    const youthId = hub.world.youths[1]!.id;
    const count = async (query: string) => {
      const before = Object.fromEntries(Object.entries(hub.databases).map(([n, d]) => [n, d.statementCount]));
      await hub.query('sw-garcia', query, { id: youthId });
      return Object.fromEntries(Object.entries(hub.databases).map(([n, d]) => [n, d.statementCount - before[n]!]));
    };
    const record = `query ($id: ID!) { youth(id: $id) { childWelfare { referrals { id } placements { id } runawayEpisodes { id } csecIndicators { id } caseNumber } } }`;
    const both = `query ($id: ID!) { youth(id: $id) { childWelfare { referrals { id } placements { id } runawayEpisodes { id } csecIndicators { id } caseNumber timeline { childWelfareCase { id } placement { id } runaway { id } csecIndicators { id } safetyPlan { id } } } } }`;
    expect((await count(both))['child-welfare']).toBe((await count(record))['child-welfare']);
  });
});
