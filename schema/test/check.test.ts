import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { composeSupergraph, type SchemaEntry } from '../src/index.ts';
import {
  checkSchema,
  diffSupergraphs,
  readSupergraph,
  reclassification,
  type Acknowledgement,
  type PolicyView,
} from '../src/check/index.ts';
import { policyView } from '../scripts/policy-view.ts';

// Compositions and spawned checks: on two busy cores a test can take longer than vitest's 5 s.
vi.setConfig({ testTimeout: 30_000 });

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/check/${name}.graphql`, import.meta.url));
const entry = (file: string): SchemaEntry => ({
  name: 'court',
  agency: 'COMMUNITY',
  schemaPath: fixture(file),
  url: 'http://127.0.0.1:1/graphql',
  unclassifiedTypes: [],
});
function supergraph(file: string): string {
  const result = composeSupergraph([entry(file)]);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.supergraphSdl;
}
const base = supergraph('base');
// The court fixture spans categories no one agency holds (the juvenile court is not an Agency):
// the diff tests leave holdings out; the holdings rule has its own tests below.
const view: PolicyView = { ...policyView(), holds: undefined };
const check = (file: string, acknowledgements: Acknowledgement[] = [], entries = [entry(file)], v = view) => {
  const result = checkSchema({
    entries,
    baselineSdl: base,
    baselineLabel: 'the base fixture',
    acknowledgements,
    acknowledgementsFile: 'acknowledged-changes.json',
    view: v,
  });
  // The policy's version changes with any rule; the cells that matter are in the snapshots.
  return { ...result, report: result.report.replace(view.version.slice(0, 12), '<policy>') };
};
const changesOf = (file: string) =>
  diffSupergraphs(readSupergraph(base), readSupergraph(supergraph(file))).map((c) => [c.id, c.breaking]);

describe("schema:check refuses a category the subgraph's agency does not hold in the policy set", () => {
  const as = (agency: string) => [{ ...entry('base'), agency }];
  it('names each one, what holds it, and the way to change it (a privacy officer first)', () => {
    const result = check('base', [], as('COMMUNITY'), policyView());
    expect(result).toMatchObject({ ok: false, stage: 'holdings' });
    expect(result.report).toMatchInlineSnapshot(`
      "Schema check: categories outside the policy set
        ✗ court: CourtRecord.caseNumber, CourtRecord.status, CourtRecord.hearings and 1 more classified DELINQUENCY, which COMMUNITY does not hold in the policy set (holds: nothing yet; AGENCY_CATEGORIES in policies/src/vocabulary.ts): a policy change for a privacy officer first (docs/publishing-a-subgraph.md, section 5)
        ✗ court: CourtRecord.placementOrder classified PLACEMENT, which COMMUNITY does not hold in the policy set (holds: nothing yet; AGENCY_CATEGORIES in policies/src/vocabulary.ts): a policy change for a privacy officer first (docs/publishing-a-subgraph.md, section 5)"
    `);
  });

  it('passes an agency that holds every category it classifies under', () => {
    const partial = check('base', [], as('PROBATION'), policyView());
    expect(partial.ok).toBe(false);
    expect(partial.report).toContain('PLACEMENT, which PROBATION does not hold');
    expect(partial.report).not.toContain('DELINQUENCY, which');
    const hub = check('base', [], as('PROBATION'), {
      ...policyView(),
      holds: (agency) => (agency === 'PROBATION' ? ['DELINQUENCY', 'PLACEMENT'] : []),
    });
    expect(hub.ok).toBe(true);
  });
});

describe('schema:check finds each kind of breaking change', () => {
  it.each([
    ['field-removed', [['FIELD_REMOVED CourtRecord.placementOrder', true]]],
    ['field-retyped', [['FIELD_TYPE_CHANGED CourtRecord.caseNumber', true]]],
    ['enum-value-removed', [['ENUM_VALUE_REMOVED CaseStatus.SEALED', true]]],
    ['argument-removed', [['ARGUMENT_REMOVED CourtRecord.hearings(upcomingOnly:)', true]]],
    ['required-argument-added', [['REQUIRED_ARGUMENT_ADDED CourtRecord.hearings(department:)', true]]],
    [
      'type-removed',
      [
        ['FIELD_REMOVED CourtRecord.hearings', true],
        ['TYPE_REMOVED Hearing', true],
      ],
    ],
  ])('%s', (file, expected) => {
    expect(changesOf(file)).toEqual(expected);
    expect(check(file).ok).toBe(false);
  });

  it('and each reclassification, saying which way and to whom', () => {
    expect(changesOf('more-sensitive')).toEqual([
      ['RECLASSIFIED CourtRecord.placementOrder PLACEMENT->VICTIM_WITNESS', true],
    ]);
    expect(changesOf('less-sensitive')).toEqual([['RECLASSIFIED CourtRecord.caseNumber DELINQUENCY->IDENTITY', true]]);
    expect(changesOf('type-reclassified')).toEqual([
      ['RECLASSIFIED CourtRecord.hearings DELINQUENCY->PROBATION', true],
      ['RECLASSIFIED Hearing DELINQUENCY->PROBATION', true],
    ]);
    expect(reclassification(view, 'PLACEMENT', 'VICTIM_WITNESS').direction).toBe('MORE_SENSITIVE');
    expect(reclassification(view, 'DELINQUENCY', 'IDENTITY').direction).toBe('LESS_SENSITIVE');
    expect(reclassification(view, 'EDUCATION', null).direction).toBe('LESS_SENSITIVE');
    expect(reclassification(view, 'EDUCATION', 'EDUCATION').direction).toBe('SAME_READERS');
  });

  it('passes additions, reporting what each category they add exposes to whom', () => {
    const result = check('additive');
    expect(result.ok).toBe(true);
    expect(changesOf('additive').every(([, breaking]) => !breaking)).toBe(true);
    expect(result.report).toMatchInlineSnapshot(`
      "Schema check: 1 subgraphs compose, every field classified; compared with the base fixture.
      Who may read each category comes from the policy rules (version <policy>, npm run policy:matrix).

      Breaking changes: none

      Additions: 5 (break nothing; what they expose)
        new types: Judge
        DELINQUENCY: CourtRecord.nextHearingOn (court), CourtRecord.judgeAssigned (court), Judge.name (court)
          exposes DELINQUENCY to: CW worker A · Probation A · Clinician M · PH nurse M* · School M · DA / victim adv. A · Defender A · CBO O* · Mentor O* · Detective O
        ENUM_VALUE_ADDED CaseStatus.TRANSFERRED

      Legend: A: allowed when the viewer is on the team or their agency serves the youth · M: on the team · C: with the youth’s consent · O: with a court order · N: never · A|C: their agency serves, else consent · M/C: on the team and a consent · C/O: a consent or a court order · *: inferred."
    `);
  });

  it('shows a privacy officer whom a reclassification exposes a field to and whom it withholds it from', () => {
    const more = check('more-sensitive');
    expect(more.ok).toBe(false);
    expect(more.report.split('\n').slice(3, 7).join('\n')).toMatchInlineSnapshot(`
      "Breaking changes: 1 to acknowledge, 0 acknowledged
        ✗ RECLASSIFIED CourtRecord.placementOrder PLACEMENT->VICTIM_WITNESS (court): more sensitive (on balance fewer may read it)
            now exposed to: Probation M -> A, DA / victim adv. M -> A, CBO M/C* -> C
            now withheld from: CW worker A -> M*, Clinician M -> C, PH nurse M -> C*, School M -> C*, Defender A -> C"
    `);
    const less = check('less-sensitive');
    expect(less.report).toContain('RECLASSIFIED CourtRecord.caseNumber DELINQUENCY->IDENTITY (court): less sensitive');
    expect(less.report).toContain('now exposed to: CBO O* -> M*, Mentor O* -> C*');
  });

  it('fails on an unclassified field before comparing anything', () => {
    const result = check('unclassified-field');
    expect(result).toMatchObject({ ok: false, stage: 'compose' });
    expect(result.report).toBe(
      'Schema check: composition failed\n  ✗ court: CourtRecord.courtroom has no @sensitive category',
    );
  });

  it('passes a breaking change once acknowledged, and names who reviewed it', () => {
    const ack = {
      change: 'RECLASSIFIED CourtRecord.placementOrder PLACEMENT->VICTIM_WITNESS',
      reason: 'placement orders name the victim-witness protective placement',
      reviewedBy: 'Privacy Officer R. Diaz',
    };
    const result = check('more-sensitive', [ack]);
    expect(result.ok).toBe(true);
    expect(result.report).toContain('Breaking changes: 0 to acknowledge, 1 acknowledged');
    expect(result.report).toContain(`acknowledged: ${ack.reason} (${ack.reviewedBy})`);
    // An acknowledgement names one transition: another one is a new change.
    expect(check('less-sensitive', [ack]).ok).toBe(false);
  });

  it('ignores descriptions and reports no changes for the same schema', () => {
    expect(diffSupergraphs(readSupergraph(base), readSupergraph(base))).toEqual([]);
    expect(check('base').report).toContain('No contract changes.');
  });
});

describe('npm run schema:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // As a subgraph of Probation: its placement order is read as a delinquency record here, so that
  // every category it uses is one Probation holds in the policy set.
  const asProbation = (file: string) => {
    const path = join(dir, `${file}.graphql`);
    writeFileSync(path, readFileSync(fixture(file), 'utf8').replaceAll('PLACEMENT', 'DELINQUENCY'));
    return path;
  };
  const run = (file: string, args: string[] = []) => {
    const config = join(dir, `${file}.config.json`);
    const schema = asProbation(file);
    writeFileSync(
      config,
      JSON.stringify({ subgraphs: [{ name: 'court', agency: 'PROBATION', schema, url: 'http://x/' }] }),
    );
    const baseline = composeSupergraph([{ ...entry('base'), agency: 'PROBATION', schemaPath: asProbation('base') }]);
    if (!baseline.ok) throw new Error(baseline.errors.join('\n'));
    writeFileSync(join(dir, 'base.graphql'), baseline.supergraphSdl);
    const script = fileURLToPath(new URL('../scripts/check.ts', import.meta.url));
    return spawnSync(
      process.execPath,
      ['--import', 'tsx', script, '--config', config, '--against', join(dir, 'base.graphql'), ...args],
      { encoding: 'utf8' },
    );
  };

  it('exits 1 naming a category the agency does not hold in the policy set', () => {
    const config = join(dir, 'community.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        subgraphs: [{ name: 'court', agency: 'COMMUNITY', schema: fixture('base'), url: 'http://x/' }],
      }),
    );
    const script = fileURLToPath(new URL('../scripts/check.ts', import.meta.url));
    const refused = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, '--config', config, '--against', fixture('base')],
      {
        encoding: 'utf8',
      },
    );
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      'DELINQUENCY, which COMMUNITY does not hold in the policy set (holds: nothing yet;',
    );
  });

  it('exits 1 with the report on an unacknowledged breaking change, 0 once acknowledged', () => {
    const failed = run('field-removed');
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('✗ FIELD_REMOVED CourtRecord.placementOrder (court)');
    const passed = run('field-removed', ['--acknowledge', 'FIELD_REMOVED CourtRecord.placementOrder']);
    expect(passed.status).toBe(0);
    expect(passed.stdout).toContain('✓ FIELD_REMOVED CourtRecord.placementOrder');
  });

  it('reads acknowledgements from the file beside the config, refusing one without a reviewer', () => {
    writeFileSync(
      join(dir, 'acknowledged-changes.json'),
      JSON.stringify({ acknowledged: [{ change: 'ENUM_VALUE_REMOVED CaseStatus.SEALED', reason: 'unused' }] }),
    );
    const refused = run('enum-value-removed');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('needs a non-empty "reviewedBy"');
    writeFileSync(
      join(dir, 'acknowledged-changes.json'),
      JSON.stringify({
        acknowledged: [{ change: 'ENUM_VALUE_REMOVED CaseStatus.SEALED', reason: 'unused', reviewedBy: 'A. Contract' }],
      }),
    );
    expect(run('enum-value-removed').status).toBe(0);
  });
});
