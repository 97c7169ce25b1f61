import { describe, expect, it } from 'vitest';
import { compactRules, ruleAnchor } from '../../src/pages/privacy/policy-review.ts';
import { statementFileUrl } from '../../src/pages/privacy/statement-file.ts';

describe('the policy comparison form', () => {
  it('sends the rules file written back without spaces, the same rules', () => {
    const file = JSON.stringify([{ id: 'a.b', effect: 'allow', roles: '*', conditions: {} }], null, 2);
    const { rules, problem } = compactRules(file);
    expect(problem).toBeUndefined();
    expect(rules).toBe('[{"id":"a.b","effect":"allow","roles":"*","conditions":{}}]');
    expect(rules!.length).toBeLessThan(file.length);
    expect(JSON.parse(rules!)).toEqual(JSON.parse(file));
  });

  it('says what is wrong before asking the hub', () => {
    expect(compactRules('  ')).toEqual({ problem: 'Paste or choose a rules file first.' });
    expect(compactRules('[{"id": ')).toMatchObject({ problem: expect.stringMatching(/^The rules file is not JSON: /) });
  });

  it("links each matrix cell to its rule's own anchor, one per rule id", () => {
    expect(ruleAnchor('coordinator.no-agency-records')).toBe('rule-coordinator.no-agency-records');
    expect(ruleAnchor('odd id/with:chars')).toBe('rule-odd-id-with-chars');
    expect(ruleAnchor('mh.allow.clinician')).not.toBe(ruleAnchor('mh.allow.nurse'));
  });
});

describe('the statement files', () => {
  it("carry the statement's filters to the gateway's file route", () => {
    const url = new URL(
      statementFileUrl(
        'csv',
        {
          youthId: 'y-1',
          from: '',
          to: '2026-11-30',
          viewerSub: 'sw-garcia',
          category: 'MENTAL_HEALTH',
          outcome: '',
          access: 'RECORD',
          parts: ['health', 'probation'],
        },
        'OUT',
        '2020-12-01',
      ),
      'http://hub',
    );
    expect(url.pathname).toBe('/export/statement.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      youthId: 'y-1',
      from: '2020-12-01',
      to: '2026-11-30',
      denials: 'OUT',
      viewerSub: 'sw-garcia',
      categories: 'MENTAL_HEALTH',
      access: 'RECORD',
      parts: 'health,probation',
    });
  });
});
