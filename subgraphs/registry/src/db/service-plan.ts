import { createHash } from 'node:crypto';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { serviceNeed, type ServiceNeedRow } from './schema.ts';

/** Every need of these youths, in one statement, by youth then the day it was identified. */
export async function serviceNeedsOf({ db }: Database, youthIds: readonly string[]): Promise<ServiceNeedRow[]> {
  if (!youthIds.length) return [];
  return db
    .select()
    .from(serviceNeed)
    .where(inArray(serviceNeed.youthId, [...youthIds]))
    .orderBy(asc(serviceNeed.youthId), asc(serviceNeed.identifiedOn), asc(serviceNeed.domain));
}

const DOMAINS = ['HOUSING', 'EDUCATION', 'EMPLOYMENT', 'LEGAL', 'LIFE_SKILLS', 'MENTORING'] as const;
const PROVIDERS: Record<(typeof DOMAINS)[number], string> = {
  HOUSING: 'Harbor Youth Housing Collaborative',
  EDUCATION: 'County Office of Education Foster Youth Services',
  EMPLOYMENT: 'Youth Works Job Readiness',
  LEGAL: 'Children’s Law Center',
  LIFE_SKILLS: 'Independent Living Program',
  MENTORING: 'Survivor Mentor Network',
};
const STATUSES = ['IDENTIFIED', 'REFERRED', 'RECEIVING', 'COMPLETED'] as const;

/**
 * A deterministic synthetic service plan per youth: two to five needs; as in the SAGE 2014
 * intake profile, many needs identified are not yet met (identified or only referred).
 */
export function syntheticServiceNeeds(world: SyntheticWorld): (typeof serviceNeed.$inferInsert)[] {
  return world.youths.flatMap((y) => {
    const bytes = createHash('sha256').update(`service-plan:${y.id}`).digest();
    const count = 2 + (bytes[0]! % 4);
    return DOMAINS.filter((_, i) => (bytes[1]! + i * 37) % 6 < count).map((domain, i) => {
      const status = STATUSES[bytes[2 + i]! % 4]!;
      const identified = new Date(Date.UTC(2025, 0, 1) + (bytes[8 + i]! * 2 + bytes[16 + i]!) * 86_400_000);
      const started = new Date(identified.getTime() + (7 + (bytes[24 + i]! % 60)) * 86_400_000);
      const id = createHash('sha256').update(`need:${y.id}:${domain}`).digest('hex');
      return {
        id: `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-8${id.slice(17, 20)}-${id.slice(20, 32)}`,
        youthId: y.id,
        domain,
        identifiedOn: identified.toISOString().slice(0, 10),
        status,
        provider: status === 'IDENTIFIED' ? null : PROVIDERS[domain],
        startedOn: status === 'RECEIVING' || status === 'COMPLETED' ? started.toISOString().slice(0, 10) : null,
      };
    });
  });
}
