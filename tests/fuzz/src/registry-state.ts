import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { AGENCIES, DATA_CATEGORIES, PURPOSES, type Agency, type DataCategory, type PurposeOfUse } from '@hub/policies';
import type { ConsentState, OrderState } from '@hub/policies/review';
import type { Database } from '@hub/subgraph-kit';

/** A consent row as stored in the registry; written directly, so even drafts the API would refuse. */
export interface ConsentSpec {
  grantor: 'YOUTH' | 'GUARDIAN' | 'ATTORNEY';
  categories: DataCategory[];
  recipientAgencies: Agency[];
  /** Empty: any purpose. */
  purposes: PurposeOfUse[];
  /** When it is in effect relative to the request: now, not yet, run out, or revoked. */
  timing: 'current' | 'future' | 'ended' | 'revoked' | 'open-ended';
}

export interface CourtOrderSpec {
  /** The viewer's own agency, or another. */
  forViewer: boolean;
  otherAgency: Agency;
  categories: DataCategory[];
  timing: 'current' | 'future' | 'ended';
}

/** The registry's facts about one (viewer, youth) pair that a fuzz case sets. */
export interface YouthState {
  team: 'member' | 'former' | 'none';
  /** The viewer's agency holds a record of the youth (a crosswalk row). */
  serves: boolean;
  consents: ConsentSpec[];
  orders: CourtOrderSpec[];
  grant: 'none' | 'active' | 'expired';
}

const subset = <T>(values: readonly T[], max = values.length) => fc.subarray([...values], { maxLength: max });

const consentArb: fc.Arbitrary<ConsentSpec> = fc.record({
  grantor: fc.constantFrom('YOUTH', 'YOUTH', 'GUARDIAN', 'ATTORNEY'),
  categories: subset(DATA_CATEGORIES, 8),
  recipientAgencies: subset(AGENCIES, 4),
  purposes: fc.oneof(fc.constant([] as PurposeOfUse[]), subset(PURPOSES, 3)),
  timing: fc.constantFrom('current', 'current', 'open-ended', 'future', 'ended', 'revoked'),
});

const orderArb: fc.Arbitrary<CourtOrderSpec> = fc.record({
  forViewer: fc.boolean(),
  otherAgency: fc.constantFrom(...AGENCIES),
  categories: subset(DATA_CATEGORIES, 6),
  timing: fc.constantFrom('current', 'current', 'future', 'ended'),
});

export const youthStateArb: fc.Arbitrary<YouthState> = fc.record({
  team: fc.constantFrom('member', 'member', 'former', 'none'),
  serves: fc.boolean(),
  consents: fc.array(consentArb, { maxLength: 2 }),
  orders: fc.array(orderArb, { maxLength: 1 }),
  grant: fc.constantFrom('none', 'none', 'active', 'expired'),
});

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function consentWindow(timing: ConsentSpec['timing'], now: number) {
  switch (timing) {
    case 'future':
      return { from: iso(now + DAY), to: iso(now + 30 * DAY), revoked: null };
    case 'ended':
      return { from: iso(now - 30 * DAY), to: iso(now - DAY), revoked: null };
    case 'revoked':
      return { from: iso(now - 30 * DAY), to: iso(now + 30 * DAY), revoked: iso(now - DAY) };
    case 'open-ended':
      return { from: iso(now - 30 * DAY), to: null, revoked: null };
    default:
      return { from: iso(now - 30 * DAY), to: iso(now + 30 * DAY), revoked: null };
  }
}

const textArray = (values: readonly string[]) => sql`string_to_array(${values.join(',')}, ',')::text[]`;

/**
 * Writes the state into the registry's own tables, replacing what the seed or an earlier case left
 * for this youth (consents, court orders) and for this viewer (membership, grant, crosswalk row).
 */
export async function applyYouthState(
  registry: Database,
  viewer: { sub: string; agency: Agency; role: string },
  youthId: string,
  state: YouthState,
  now = Date.now(),
): Promise<{ grantId: string | null }> {
  const statements = [
    sql`delete from consent where youth_id = ${youthId}`,
    sql`delete from court_order where youth_id = ${youthId}`,
    sql`delete from emergency_grant where youth_id = ${youthId} and requester_sub = ${viewer.sub}`,
    // The roster is append-only: the viewer's earlier memberships are ended (from before any date a case uses).
    sql`insert into team_membership_end (membership_id, ended_on, ended_by, reason)
          select id, '1999-12-31', 'fuzz', 'case reset' from team_member m
          where person_id = ${viewer.sub} and team_id in (select id from mdt_team where youth_id = ${youthId})
            and not exists (select 1 from team_membership_end e where e.membership_id = m.id)`,
    sql`delete from agency_link where youth_id = ${youthId} and agency = ${viewer.agency}`,
    // A case sets no treating program: the viewer works in none of the youth's (the oracle's inProgram: false).
    sql`delete from treatment_program_staff where person_id = ${viewer.sub}
          and program_id in (select program_id from treatment_program_youth where youth_id = ${youthId})`,
  ];
  if (state.serves) {
    statements.push(sql`insert into agency_link (youth_id, agency, local_id)
      values (${youthId}, ${viewer.agency}, ${`fuzz-${youthId}`})`);
  }
  if (state.team !== 'none') {
    statements.push(sql`insert into mdt_team (id, youth_id, convened_on)
      values (${randomUUID()}, ${youthId}, '2020-01-01') on conflict (youth_id) do nothing`);
    statements.push(sql`insert into team_member (team_id, person_id, name, agency, role, from_date, to_date)
      select id, ${viewer.sub}, 'Fuzz Viewer', ${viewer.agency}, ${viewer.role}, '2000-01-01',
        ${state.team === 'former' ? '2001-01-01' : null}::date
      from mdt_team where youth_id = ${youthId}`);
  }
  for (const c of state.consents) {
    const w = consentWindow(c.timing, now);
    statements.push(sql`insert into consent (id, youth_id, grantor, categories, recipient_agencies, purposes,
        effective_from, effective_to, form_reference, recorded_by, revoked_at, revoked_by, revoke_reason)
      values (${randomUUID()}, ${youthId}, ${c.grantor}, ${textArray(c.categories)}, ${textArray(c.recipientAgencies)},
        ${textArray(c.purposes)}, ${w.from}, ${w.to}, 'FUZZ-ROI', 'fuzz', ${w.revoked},
        ${w.revoked ? 'fuzz' : null}, ${w.revoked ? 'withdrawn' : null})`);
  }
  for (const o of state.orders) {
    const w = consentWindow(o.timing, now);
    statements.push(sql`insert into court_order (id, youth_id, agency, categories, effective_from, effective_to, case_number)
      values (${randomUUID()}, ${youthId}, ${o.forViewer ? viewer.agency : o.otherAgency}, ${textArray(o.categories)},
        ${w.from}, ${w.to}, 'JV-FUZZ')`);
  }
  let grantId: string | null = null;
  if (state.grant !== 'none') {
    grantId = randomUUID();
    const granted = state.grant === 'active' ? now - 60_000 : now - 2 * DAY;
    statements.push(sql`insert into emergency_grant (id, youth_id, requester_sub, requester_name, requester_agency,
        requester_role, reason, granted_at, expires_at)
      values (${grantId}, ${youthId}, ${viewer.sub}, 'Fuzz Viewer', ${viewer.agency}, ${viewer.role},
        'A synthetic emergency for the leak fuzzing', ${iso(granted)}, ${iso(granted + (state.grant === 'active' ? DAY : DAY / 2))})`);
  }
  for (const statement of statements) await registry.rows(statement);
  return { grantId: state.grant === 'active' ? grantId : null };
}

/**
 * The oracle's view of the same facts, for one category: docs/domain.md's words ("the youth's consent
 * naming the viewer's agency (and purpose)", "a court order naming the viewer's agency") applied
 * to the rows written above, independently of the registry's and the policy's code.
 */
export function consentStateFor(
  state: YouthState,
  agency: Agency,
  category: DataCategory,
  purpose: PurposeOfUse,
): ConsentState {
  const naming = state.consents.filter(
    (c) =>
      (c.timing === 'current' || c.timing === 'open-ended') &&
      c.categories.includes(category) &&
      c.recipientAgencies.includes(agency) &&
      (c.purposes.length === 0 || c.purposes.includes(purpose)),
  );
  if (naming.some((c) => c.grantor === 'YOUTH')) return 'active';
  return naming.length ? 'guardian' : 'none';
}

export function orderStateFor(state: YouthState, agency: Agency, category: DataCategory): OrderState {
  return state.orders.some(
    (o) =>
      (o.forViewer ? agency : o.otherAgency) === agency && o.timing === 'current' && o.categories.includes(category),
  )
    ? 'active'
    : 'none';
}
