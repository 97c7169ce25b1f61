import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_LABEL } from '@hub/policies/vocabulary';
import { readChain } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// The statement of disclosures as files (issue 18, item 2): the CSV and the PDF streamed by the
// gateway's /export/statement.{csv,pdf}, checked against the accounting rows they came from, the
// export logged as a STATEMENT by every agency, and refused to anyone but a privacy officer under AUDIT.
const PARTS = [
  'registry',
  'childWelfare',
  'probation',
  'health',
  'education',
  'districtAttorney',
  'publicDefender',
  'lawEnforcement',
];
const ROWS = `{ entries { id agency at viewerSub viewerRole viewerAgency purpose access released denied } }`;
const ACCOUNTING = `query ($id: ID!, $outcome: DisclosureOutcome, $access: [DisclosureAccess!]) {
  accountingOfDisclosures(youthId: $id, outcome: $outcome, access: $access, own: EXCLUDE) {
    ${PARTS.map((p) => `${p}(first: 50) ${ROWS}`).join(' ')}
  }
}`;
const RECORD = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } }
  probation { supervision { status } } education { schoolOfRecord { schoolName } } }}`;

type Row = {
  id: string;
  agency: string;
  at: string;
  viewerSub: string;
  viewerRole: string;
  viewerAgency: string;
  purpose: string;
  access: string;
  released: string[];
  denied: string[];
};

let hub: Hub;
let youthId: string;

const exportFile = async (format: 'csv' | 'pdf', query: string, persona = 'privacy-shah', purpose = 'AUDIT') =>
  fetch(`${hub.url}/export/statement.${format}?youthId=${youthId}${query}`, {
    headers: { authorization: `Bearer ${await hub.token(persona)}`, 'x-purpose-of-use': purpose },
  });

const rowsOf = (json: any): Row[] =>
  PARTS.flatMap((p) => json.data.accountingOfDisclosures[p].entries as Row[]).sort((a, b) => b.at.localeCompare(a.at));

async function accounting(variables: Record<string, unknown>): Promise<Row[]> {
  const { json } = await hub.query('privacy-shah', ACCOUNTING, { id: youthId, ...variables }, { purpose: 'AUDIT' });
  expect(json.errors).toBeUndefined();
  return rowsOf(json);
}

beforeAll(async () => {
  hub = await startHub({ youths: 10, engine: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  youthId = hub.world.youths[1]!.id;
  // Reads that release (the team) and reads that release nothing (a school liaison off health's rules).
  for (const who of ['po-nguyen', 'sw-garcia', 'clin-okafor', 'po-nguyen'])
    await hub.query(who, RECORD, { id: youthId });
});
afterAll(() => hub?.close());

describe('the statement as CSV', () => {
  it('has one record per released row of the accounting, newest first, with the recipient, what and why', async () => {
    const res = await exportFile('csv', '&denials=OUT');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="statement-.*\.csv"$/);
    const records = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const released = await accounting({ outcome: 'RELEASED' });
    expect(released.length).toBeGreaterThan(3);
    expect(records.map((r) => r.row_id)).toEqual(released.map((r) => r.id));
    for (const [i, r] of released.entries()) {
      expect(records[i]).toMatchObject({
        section: 'disclosure',
        date: r.at,
        recipient_id: r.viewerSub,
        recipient_role: r.viewerRole,
        recipient_agency: r.viewerAgency,
        disclosing_agency: r.agency,
        disclosed: r.released.join(' '),
        withheld: r.denied.join(' '),
        purpose: r.purpose,
        access: r.access,
      });
      expect(records[i]!.released_rules).toMatch(/\S/);
    }
  });

  it('keeps to the one recipient the officer names (viewerSub), and says so in no other way', async () => {
    const res = await exportFile('csv', '&denials=OUT&viewerSub=sw-garcia');
    expect(res.status).toBe(200);
    const records = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const hers = (await accounting({ outcome: 'RELEASED' })).filter((r) => r.viewerSub === 'sw-garcia');
    expect(hers.length).toBeGreaterThan(0);
    expect(records.map((r) => r.row_id)).toEqual(hers.map((r) => r.id));
  });

  it('lists requests that released nothing apart, after the disclosures, when the officer asks', async () => {
    const res = await exportFile('csv', '&denials=APART&access=RECORD');
    const records = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const withheld = (await accounting({ outcome: 'DENIED', access: ['RECORD'] })).filter(
      (r) => r.released.length === 0,
    );
    const released = await accounting({ outcome: 'RELEASED', access: ['RECORD'] });
    expect(records.map((r) => `${r.section}/${r.row_id}`)).toEqual([
      ...released.map((r) => `disclosure/${r.id}`),
      ...withheld.map((r) => `withheld/${r.id}`),
    ]);
  });

  it('is logged as a statement by the registry and by every agency', async () => {
    const statements = async () => {
      const { json } = await hub.query(
        'privacy-shah',
        `query ($id: ID!) { accountingOfDisclosures(youthId: $id, access: [STATEMENT], own: ONLY) {
          ${PARTS.map((p) => `${p}(first: 50) ${ROWS}`).join(' ')} } }`,
        { id: youthId },
        { purpose: 'AUDIT' },
      );
      expect(json.errors).toBeUndefined();
      return Object.fromEntries(PARTS.map((p) => [p, json.data.accountingOfDisclosures[p].entries as Row[]])) as Record<
        string,
        Row[]
      >;
    };
    const before = await statements();
    await (await exportFile('csv', '&denials=OUT')).text();
    const after = await statements();
    for (const part of PARTS) {
      expect(after[part]!.length, part).toBeGreaterThan(before[part]!.length);
      expect(new Set(after[part]!.map((r) => `${r.viewerSub}/${r.access}`)), part).toEqual(
        new Set(['privacy-shah/STATEMENT']),
      );
    }
  });
});

describe('the statement as PDF', () => {
  it('is a PDF whose text carries every disclosure of the accounting, and the withheld apart', async () => {
    const res = await exportFile('pdf', '&denials=APART&access=RECORD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await getDocumentProxy(bytes);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Accounting of disclosures');
    expect(text).toContain('45 CFR 164.528');
    const released = await accounting({ outcome: 'RELEASED', access: ['RECORD'] });
    const dates = released.map((r) => `${r.at.slice(0, 16).replace('T', ' ')} UTC`);
    for (const d of dates) expect(text).toContain(d);
    const withheld = (await accounting({ outcome: 'DENIED', access: ['RECORD'] })).filter((r) => !r.released.length);
    expect(withheld.length).toBeGreaterThan(0);
    expect(text.split('Recipient:').length - 1).toBe(released.length + withheld.length);
    // Each row's categories in words, as the statement names them to the youth.
    const said = (c: string) => CATEGORY_LABEL[c as keyof typeof CATEGORY_LABEL];
    for (const r of released) expect(text).toContain(r.released.map(said).join('; '));
    expect(text).toContain('care coordination');
    const disclosuresAt = text.indexOf('\nDisclosures\n');
    const apartAt = text.indexOf('\nRequests where nothing was disclosed\n');
    expect(disclosuresAt).toBeGreaterThan(-1);
    expect(apartAt).toBeGreaterThan(disclosuresAt);
  });
});

describe('a long history', () => {
  it('comes out whole and newest first, with one STATEMENT row per page of up to 1,000 in the agency', async () => {
    const longId = hub.world.youths[2]!.id;
    const row = (n: number, released: string[], denied: string[]) => ({
      requestId: `long-${n}`,
      viewerSub: 'clin-okafor',
      viewerName: 'Ada Okafor',
      viewerAgency: 'HEALTH',
      viewerRole: 'CLINICIAN',
      purpose: 'CARE_COORDINATION',
      access: 'RECORD',
      youthId: longId,
      released,
      denied,
      policyVersion: 'v-test',
      emergencyGrantId: null,
    });
    const health = hub.servers.health!.disclosureLog;
    // 1,200 disclosures and 30 requests that released nothing, interleaved.
    await health.append(
      Array.from({ length: 1_230 }, (_, n) =>
        n % 41 === 40 ? row(n, [], ['PSYCHOTHERAPY_NOTES']) : row(n, ['MENTAL_HEALTH'], []),
      ),
    );
    const head = (await health.head())!.seq;
    const res = await fetch(
      `${hub.url}/export/statement.csv?youthId=${longId}&parts=health&denials=APART&access=RECORD`,
      { headers: { authorization: `Bearer ${await hub.token('privacy-shah')}`, 'x-purpose-of-use': 'AUDIT' } },
    );
    expect(res.status).toBe(200);
    const records = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const section = (name: string) => records.filter((r) => r.section === name);
    expect(section('disclosure')).toHaveLength(1_200);
    expect(section('withheld')).toHaveLength(30);
    expect(records.map((r) => r.section)).toEqual([...Array(1_200).fill('disclosure'), ...Array(30).fill('withheld')]);
    for (const name of ['disclosure', 'withheld']) {
      const seqs = section(name).map((r) => Number(r.row_id!.split(':')[1]));
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(new Set(seqs).size).toBe(seqs.length);
    }
    // Pages of 50, then 1,000, then the last 150; the withheld section's one page: four rows.
    const written = [];
    for await (const r of readChain(hub.databases.health!)) if (r.seq > head) written.push(r);
    expect(written.map((r) => [r.viewerSub, r.access, r.youthId])).toEqual(
      Array(4).fill(['privacy-shah', 'STATEMENT', longId]),
    );
  });
});

describe('who may export', () => {
  it('refuses anyone but a privacy officer under AUDIT before the first byte, with no file', async () => {
    const worker = await exportFile('csv', '', 'sw-garcia', 'CARE_COORDINATION');
    expect(worker.status).toBe(403);
    expect(worker.headers.get('content-type')).not.toMatch(/csv|pdf/);
    const officerWithoutAudit = await exportFile('pdf', '', 'privacy-shah', 'CARE_COORDINATION');
    expect(officerWithoutAudit.status).toBe(403);
    const anonymous = await fetch(`${hub.url}/export/statement.csv?youthId=${youthId}`);
    expect(anonymous.status).toBe(401);
  });

  it('names the parameter at fault', async () => {
    const res = await exportFile('csv', '&from=last-week');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ message: 'from: an ISO date or date-time' }] });
    const impossible = await exportFile('csv', '&from=2024-99-99');
    expect(await impossible.json()).toMatchObject({ errors: [{ message: 'from: an ISO date or date-time' }] });
    // A name is refused as such, before any agency is asked (it would otherwise run a youth search).
    const byName = await fetch(`${hub.url}/export/statement.csv?youthId=Maria`, {
      headers: { authorization: `Bearer ${await hub.token('privacy-shah')}`, 'x-purpose-of-use': 'AUDIT' },
    });
    expect(byName.status).toBe(400);
    expect(await byName.json()).toMatchObject({ errors: [{ message: 'youthId: a hub youth id (a UUID)' }] });
    const post = await fetch(`${hub.url}/export/statement.csv?youthId=${youthId}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
