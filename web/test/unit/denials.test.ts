import { describe, expect, it } from 'vitest';
import { loadSupergraphConfig } from '@hub/schema';
import { denialAt, otherErrors, SERVICE_FIELD, unavailableFields } from '../../src/api/denials.ts';
import { mergeTimelines } from '../../src/api/timeline.ts';

const denied = {
  message: "Not shared: substance-use treatment records need the youth's consent naming Probation",
  path: ['youth', 'health', 'substanceUse'],
  extensions: {
    code: 'FORBIDDEN',
    reason: 'CONSENT_REQUIRED',
    category: 'SUBSTANCE_USE',
    agency: 'HEALTH',
    ruleId: 'su.consent.probation',
    legalBasis: '42 CFR 2.31, 2.35',
  },
};
const down = {
  message: 'education is unavailable; its part of the record is missing',
  extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'education' },
};
const masked = { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

describe('reading an answer', () => {
  it('finds the denial at exactly the path of the withheld field', () => {
    expect(denialAt([denied, down], ['youth', 'health', 'substanceUse'])).toEqual({
      message: denied.message,
      reason: 'CONSENT_REQUIRED',
      category: 'SUBSTANCE_USE',
      agency: 'HEALTH',
      ruleId: 'su.consent.probation',
      legalBasis: '42 CFR 2.31, 2.35',
    });
    expect(denialAt([denied], ['youth', 'health'])).toBeUndefined();
    expect(denialAt([denied], ['youth', 'health', 'substanceUse', 'status'])).toBeUndefined();
  });

  it('names the agency field whose subgraph is down, and keeps other errors apart', () => {
    expect([...unavailableFields([denied, down, masked])]).toEqual(['education']);
    expect(
      unavailableFields([{ message: 'x', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'child-welfare' } }]),
    ).toEqual(new Set(['childWelfare']));
    expect(otherErrors([denied, down, masked])).toEqual([masked]);
  });
});

describe('the merged timeline', () => {
  const event = (id: string, date: string, agency: string, category: string) => ({
    id,
    date,
    agency,
    category,
    kind: 'K',
    summary: 's',
  });
  it('merges every released list newest first, and lists each withheld list with its denial', () => {
    const youth = {
      id: 'y',
      childWelfare: {
        timeline: {
          placement: [event('cw:2', '2026-03-01', 'CHILD_WELFARE', 'PLACEMENT')],
          runaway: [event('cw:1', '2026-05-01', 'CHILD_WELFARE', 'RUNAWAY')],
        },
      },
      health: {
        timeline: { substanceUse: null, physicalHealth: [event('h:1', '2026-03-01', 'HEALTH', 'PHYSICAL_HEALTH')] },
      },
      education: null,
    };
    const timelineDenial = { ...denied, path: ['youth', 'health', 'timeline', 'substanceUse'] };
    const { events, hidden } = mergeTimelines(youth, [timelineDenial]);
    expect(events.map((e) => e.id)).toEqual(['cw:1', 'cw:2', 'h:1']);
    expect(hidden).toEqual([
      { agencyField: 'health', list: 'substanceUse', denial: expect.objectContaining({ reason: 'CONSENT_REQUIRED' }) },
    ]);
  });

  it('names the field of every subgraph of schema/supergraph.config.json, so any agency down is shown as down', () => {
    expect(Object.keys(SERVICE_FIELD).sort()).toEqual(
      loadSupergraphConfig()
        .map((s) => s.name)
        .sort(),
    );
  });
});
