import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildASTSchema, isEnumType, parse, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { whatOpens, groupHidden } from '../../src/api/hidden.ts';
import { hiddenCategories } from '../../src/components/Timeline.tsx';
import { EVENT_KIND, eventText, FIELD_LABEL, valueLabel } from '../../src/format/values.ts';
import { youthLabel } from '../../src/format/youth.ts';
import { CATEGORY_LABEL, CONSENTABLE_CATEGORIES, CONSENTABLE_PURPOSES, REASON_LABEL } from '../../src/labels.ts';
import { AGENCY_SECTIONS, YouthSummaryQuery } from '../../src/pages/youth/queries.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const RAW = /^[A-Z0-9_]+$|[A-Z]{2,}_|_[A-Z]{2,}/;

describe('plain-language labels', () => {
  it('gives every enum value of the composed schema a label that is not the raw value', () => {
    const schema = buildASTSchema(parse(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8')), {
      assumeValidSDL: true,
    });
    const raw: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || /^(__|join__|link__)/.test(type.name)) continue;
      for (const { name } of type.getValues()) if (RAW.test(valueLabel(name))) raw.push(`${type.name}.${name}`);
    }
    expect(raw).toEqual([]);
    expect([valueLabel('STRTP'), valueLabel('ACTIVE_IEP'), valueLabel('INVESTIGATION')]).toEqual([
      'Short-term residential therapeutic program (STRTP)',
      'Active IEP',
      'Under investigation',
    ]);
  });

  it('labels every timeline event kind any agency sends (read from their resolvers)', () => {
    const kinds = new Set<string>();
    for (const dir of readdirSync(join(ROOT, 'subgraphs'))) {
      let source = '';
      try {
        source = readFileSync(join(ROOT, 'subgraphs', dir, 'src/resolvers/timeline.ts'), 'utf8');
      } catch {
        continue;
      }
      for (const line of source.split('\n').filter((l) => /\bkind: /.test(l)))
        for (const [, kind] of line.matchAll(/'([A-Z][A-Z_]+)'/g)) kinds.add(kind!);
    }
    kinds.delete('EXPIRED'); // compared with, not sent: `o.status === 'EXPIRED' ? ... : ...`
    expect(kinds.size).toBeGreaterThan(30);
    expect([...kinds].filter((k) => !EVENT_KIND[k])).toEqual([]);
  });

  it('says an event once, in words, without its raw values or a repeated prefix', () => {
    expect(eventText('CASE_OPENED', 'Case opened: INVESTIGATION')).toEqual({
      title: 'Case opened',
      detail: 'Under investigation',
    });
    expect(eventText('ENROLLED', 'Enrolled: Lincoln High School, Lincoln Unified School District')).toEqual({
      title: 'Enrolled',
      detail: 'Lincoln High School, Lincoln Unified School District',
    });
    expect(eventText('DIAGNOSED', 'Diagnosed: F43.10 Post-traumatic stress disorder')).toEqual({
      title: 'Diagnosis',
      detail: 'F43.10 Post-traumatic stress disorder',
    });
    expect(eventText('RUNAWAY_RETURNED', 'Returned; found at North Clintworth')).toEqual({
      title: 'Returned',
      detail: 'Found at North Clintworth',
    });
    expect(eventText('REFERRAL_RECEIVED', 'Referral received: General neglect (INCONCLUSIVE)').detail).toBe(
      'General neglect (inconclusive)',
    );
    expect(eventText('PLACEMENT_STARTED', 'Placed: strtp, Fort Albert Youth Center').detail).toBe(
      'STRTP, Fort Albert Youth Center',
    );
    expect(eventText('IEP_REVIEW_DUE', 'Annual IEP review due').title).toBe('IEP review due');
    expect(eventText('SAFETY_PLAN_UPDATED', 'Safety plan updated')).toEqual({
      title: 'Safety plan updated',
      detail: '',
    });
  });

  it('labels every field the summary asks for, acronyms kept ("CSEC indicators", not "Csec indicators")', () => {
    const fields = new Set<string>();
    const walk = (set: SelectionSetNode | undefined) =>
      set?.selections.forEach((s) => s.kind === 'Field' && (fields.add(s.name.value), walk(s.selectionSet)));
    const operation = parse(String(YouthSummaryQuery)).definitions[0]!;
    walk('selectionSet' in operation ? operation.selectionSet : undefined);
    const sections = AGENCY_SECTIONS.map(([field]) => field as string);
    const plain = [
      ...sections,
      'id',
      'youth',
      'name',
      'kind',
      'status',
      'summary',
      'role',
      'agency',
      'domain',
      'provider',
      'service',
    ];
    // Fields read inside a record's sentence (RecordValue) rather than under their own label.
    const inSentences =
      /On$|Date$|Name$|Number$|^(indicator|source|allegation|disposition|officer|earned|required|asOf|district|gradeLevel|clinic|department|courtStatus|treatmentStatus|currentProvider|levelOfCare|author|team|servicePlan|needs|personId|needs)$/;
    const missing = [...fields].filter((f) => !plain.includes(f) && !inSentences.test(f) && !FIELD_LABEL[f]);
    expect(missing).toEqual([]);
    expect(FIELD_LABEL.csecIndicators).toBe('CSEC indicators');
    expect(CATEGORY_LABEL.CSEC_INDICATORS).toBe('CSEC indicators');
  });

  it('offers a consent only what a consent may open, and never the audit purpose', () => {
    expect(CONSENTABLE_CATEGORIES).not.toContain('ATTORNEY_CLIENT');
    expect(CONSENTABLE_CATEGORIES).not.toContain('PSYCHOTHERAPY_NOTES');
    expect(CONSENTABLE_CATEGORIES).toContain('SUBSTANCE_USE');
    expect(CONSENTABLE_PURPOSES).toEqual(['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED', 'PROSECUTION']);
  });

  it('names a hidden youth by a stable label from the hub id', () => {
    expect(youthLabel('187d5535-e0c0-4b0b-9368-a763f55903d0')).toBe('Youth 187D');
  });
});

describe('hidden sections', () => {
  const denial = (category: string, reason: string, ruleId: string, agency = 'CHILD_WELFARE') => ({
    message: '',
    reason,
    category,
    agency,
    ruleId,
    legalBasis: 'WIC 830',
  });
  it('gathers a section’s withheld fields into one notice: by reason, then category, each field once', () => {
    const groups = groupHidden([
      { field: 'caseNumber', denial: denial('CHILD_WELFARE_CASE', 'CONSENT_REQUIRED', 'cw-case.consent.mentor') },
      { field: 'referrals', denial: denial('CHILD_WELFARE_CASE', 'CONSENT_REQUIRED', 'cw-case.consent.mentor') },
      { field: 'placements', denial: denial('PLACEMENT', 'CONSENT_REQUIRED', 'placement.consent.mentor') },
      { field: 'matters', denial: denial('DELINQUENCY', 'COURT_ORDER_REQUIRED', 'delinquency.court-order.mentor') },
    ]);
    expect(groups.map((g) => [g.reason, g.categories.map((c) => [c.category, c.fields])])).toEqual([
      [
        'CONSENT_REQUIRED',
        [
          ['CHILD_WELFARE_CASE', ['caseNumber', 'referrals']],
          ['PLACEMENT', ['placements']],
        ],
      ],
      ['COURT_ORDER_REQUIRED', [['DELINQUENCY', ['matters']]]],
    ]);
    expect(whatOpens(groups[0]!, 'COMMUNITY')).toBe('A signed consent from the youth naming Community partners.');
    expect(whatOpens(groups[1]!, 'COMMUNITY')).toBe('A juvenile court order naming Community partners (form JV-570).');
  });

  it('says what would open it truthfully for every reason, minor-consent records and never-shared ones included', () => {
    const one = (category: string, reason: string, agency?: string) =>
      groupHidden([{ field: 'x', denial: denial(category, reason, 'r', agency) }])[0]!;
    expect(whatOpens(one('SUBSTANCE_USE', 'CONSENT_REQUIRED', 'HEALTH'), 'PROBATION')).toBe(
      'A signed consent from the youth (only the youth may give it) naming Probation.',
    );
    expect(whatOpens(one('ATTORNEY_CLIENT', 'NEVER_SHARED', 'PUBLIC_DEFENDER'), 'HUB')).toBe(
      'Nothing in the hub: it stays with Public Defender.',
    );
    // Records other roles do see through the hub: the coordinator is not told they never leave their agency.
    for (const [category, agency] of [
      ['CHILD_WELFARE_CASE', 'CHILD_WELFARE'],
      ['MENTAL_HEALTH', 'HEALTH'],
      ['DELINQUENCY', 'PROBATION'],
    ] as const) {
      const sentence = whatOpens(one(category, 'NEVER_SHARED', agency), 'HUB');
      expect(sentence).toBe(
        'No consent or court order opens it to your role: the hub shares it only with the roles its rules name.',
      );
      expect(sentence).not.toMatch(/stays with|outside the agency/);
    }
    expect(whatOpens(one('MDT_NOTES', 'NOT_ON_TEAM', 'HUB'), 'CHILD_WELFARE')).toBe(
      'Membership of this youth’s MDT; the MDT coordinator adds members.',
    );
    expect(REASON_LABEL.NEVER_SHARED).toBe('Never shared with your role');
  });

  it('names each withheld kind of record once in the timeline, with every agency that holds it', () => {
    const hidden = [
      {
        agencyField: 'childWelfare',
        list: 'csecIndicators',
        denial: denial('CSEC_INDICATORS', 'CONSENT_REQUIRED', 'a'),
      },
      {
        agencyField: 'probation',
        list: 'csecIndicators',
        denial: denial('CSEC_INDICATORS', 'CONSENT_REQUIRED', 'a', 'PROBATION'),
      },
      {
        agencyField: 'probation',
        list: 'delinquency',
        denial: denial('DELINQUENCY', 'COURT_ORDER_REQUIRED', 'b', 'PROBATION'),
      },
      {
        agencyField: 'publicDefender',
        list: 'delinquency',
        denial: denial('DELINQUENCY', 'COURT_ORDER_REQUIRED', 'b', 'PUBLIC_DEFENDER'),
      },
    ];
    expect(hiddenCategories(hidden)).toEqual([
      { category: 'CSEC_INDICATORS', agencies: ['CHILD_WELFARE', 'PROBATION'] },
      { category: 'DELINQUENCY', agencies: ['PROBATION', 'PUBLIC_DEFENDER'] },
    ]);
  });
});
