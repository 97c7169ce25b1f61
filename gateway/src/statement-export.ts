import { finished } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify';
import PDFDocument from 'pdfkit';
import { AGENCY_LABEL, CATEGORY_LABEL, type Agency, type DataCategory } from '@hub/policies/vocabulary';
import { HttpError, REQUEST_ID_HEADER } from '@hub/protocol';
import type { GraphQLEngine, HubRequestContext } from './engine.ts';

/**
 * The statement of the accounting of disclosures (45 CFR 164.528) as a file: CSV or PDF, streamed.
 *
 * It runs here, at the gateway, on behalf of the privacy officer and with their own token and
 * purpose: every page is an ordinary `accountingOfDisclosures(statement: true)` operation through
 * the same engine, limits and cost rules as `POST /graphql`, decided and logged (`STATEMENT`) by
 * the registry and by each agency, so the gateway decides nothing and a non-officer is refused by
 * the data owners exactly as on screen. Each agency's part is paged (1,000 rows, the subgraphs'
 * cap for a statement: one round trip and one STATEMENT row per agency and thousand rows) and the
 * parts are merged newest first, so the gateway holds at most one page per agency whatever the
 * period: six years of one youth stream out as they are read.
 */

/** The agencies' parts of `Accounting`, in the order a statement lists an agency's rows on a tie. */
export const STATEMENT_PARTS = [
  'registry',
  'childWelfare',
  'probation',
  'health',
  'education',
  'districtAttorney',
  'publicDefender',
  'lawEnforcement',
] as const;
type Part = (typeof STATEMENT_PARTS)[number];

/** The subgraphs' page cap for a statement (`MAX_STATEMENT_PAGE` in the kit's accounting). */
export const STATEMENT_PAGE = 1000;
/**
 * Each part's first page: small, so the first byte (and a refusal) comes after a short read of
 * every agency, not after a thousand rows of each; the pages after it are STATEMENT_PAGE.
 */
export const FIRST_PAGE = 50;

/**
 * The cost limit of the export's own page operations. Their documents are this file's, not a
 * client's, and one part's page of STATEMENT_PAGE rows weighs about 110,000 by the cost rule
 * (`cost.ts`), over the 30,000 a client's request may weigh (a client's accounting pages stay at
 * 200 rows, which the subgraphs enforce); every other limit is the same as POST /graphql's.
 */
export const STATEMENT_MAX_COST = 120_000;

export interface StatementRow {
  id: string;
  seq: number;
  agency: Agency;
  at: string;
  requestId: string;
  viewerSub: string;
  viewerName: string | null;
  viewerAgency: string;
  viewerRole: string;
  purpose: string;
  access: string;
  released: DataCategory[];
  denied: DataCategory[];
  basis: { category: DataCategory; allowed: boolean; ruleId: string; legalBasis: string }[] | null;
}

export interface StatementRequest {
  youthId: string;
  from?: string;
  to?: string;
  categories?: string[];
  access?: string[];
  viewerSub?: string;
  /** The agencies' parts to include (all when absent). */
  parts?: Part[];
  /** Requests where nothing was released: in a section apart, or left out. */
  denials: 'APART' | 'OUT';
}

const ENTRY = `entries { id seq agency at requestId viewerSub viewerName viewerAgency viewerRole purpose access
  released denied basis { category allowed ruleId legalBasis } }`;

export const statementPageQuery = (
  part: Part,
) => `query StatementExport($youthId: ID!, $from: String, $to: String, $viewerSub: String,
  $categories: [DataCategory!], $outcome: DisclosureOutcome, $access: [DisclosureAccess!], $first: Int!, $after: String) {
  accountingOfDisclosures(youthId: $youthId, from: $from, to: $to, viewerSub: $viewerSub, categories: $categories,
    outcome: $outcome, access: $access, own: EXCLUDE, statement: true) {
    ${part}(first: $first, after: $after) { hasNextPage endCursor ${ENTRY} }
  }
}`;

const SUBJECT = `query StatementSubject($search: String!) {
  accountingSubjects(search: $search) { youthId initials dateOfBirth }
}`;

interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** One operation on the officer's behalf, with their verified token and purpose, as a new request. */
type Run = (query: string, variables: Record<string, unknown>) => Promise<GraphQLAnswer>;

/** The first error of an answer, as the HTTP status the file route answers with before any byte. */
function refusal(answer: GraphQLAnswer): HttpError | undefined {
  const error = answer.errors?.[0];
  if (!error) return undefined;
  const code = error.extensions?.code;
  if (code === 'FORBIDDEN') return new HttpError(403, error.message, 'FORBIDDEN');
  if (code === 'UNAUTHENTICATED') return new HttpError(401, error.message, 'UNAUTHENTICATED');
  if (code === 'BAD_USER_INPUT') return new HttpError(400, error.message, 'BAD_USER_INPUT');
  // An agency's part missing (unavailable, not recorded): a statement without it would be false.
  return new HttpError(502, `${error.message}; the statement was not produced`, code ?? 'STATEMENT_INCOMPLETE');
}

/** One agency's rows, newest first, page by page. The first page is read before anything is sent. */
class PartReader {
  private rows: StatementRow[] = [];
  private cursor: string | null = null;
  private more = true;
  constructor(
    private readonly run: Run,
    private readonly part: Part,
    private readonly variables: Record<string, unknown>,
  ) {}

  async fill(): Promise<void> {
    if (this.rows.length > 0 || !this.more) return;
    const first = this.cursor === null ? FIRST_PAGE : STATEMENT_PAGE;
    const answer = await this.run(statementPageQuery(this.part), { ...this.variables, first, after: this.cursor });
    const failed = refusal(answer);
    if (failed) throw failed;
    const page = answer.data?.accountingOfDisclosures?.[this.part] as
      { hasNextPage: boolean; endCursor: string | null; entries: StatementRow[] } | undefined;
    if (!page) throw new HttpError(502, `The ${this.part} part is missing; the statement was not produced`);
    this.rows = page.entries;
    this.cursor = page.endCursor;
    this.more = page.hasNextPage && page.entries.length > 0;
  }

  head(): StatementRow | undefined {
    return this.rows[0];
  }

  async take(): Promise<StatementRow> {
    const row = this.rows.shift()!;
    await this.fill();
    return row;
  }
}

const newer = (a: StatementRow, b: StatementRow) => (a.at === b.at ? a.seq > b.seq : a.at > b.at);

/**
 * Every agency's rows under one outcome, merged newest first. Opening reads each agency's first page
 * (so a refusal comes before the first byte); the rest is read as the caller iterates.
 */
async function openMerged(
  run: Run,
  parts: readonly Part[],
  variables: Record<string, unknown>,
): Promise<AsyncGenerator<StatementRow>> {
  const readers = parts.map((part) => new PartReader(run, part, variables));
  await Promise.all(readers.map((r) => r.fill()));
  return (async function* merged() {
    for (;;) {
      let best: PartReader | undefined;
      for (const r of readers) {
        const head = r.head();
        if (head && (!best || newer(head, best.head()!))) best = r;
      }
      if (!best) return;
      yield await best.take();
    }
  })();
}

/** Six years before today (45 CFR 164.528(a)(3)): the period when none is asked. */
export function sixYearsBefore(now: Date): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - 6);
  return d.toISOString().slice(0, 10);
}

const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');
const categories = (list: DataCategory[]) => list.map((c) => CATEGORY_LABEL[c] ?? c).join('; ');
const agencyName = (a: string) => AGENCY_LABEL[a as Agency] ?? a;
const recipient = (r: StatementRow) =>
  `${r.viewerName ?? r.viewerSub}, ${words(r.viewerRole)}, ${agencyName(r.viewerAgency)}`;
const basisOf = (r: StatementRow, allowed: boolean) =>
  r.basis === null
    ? 'not recorded'
    : r.basis
        .filter((b) => b.allowed === allowed)
        .map((b) => `${b.category}: ${b.ruleId} (${b.legalBasis})`)
        .join('; ');

/** The CSV's columns: the statement's four (45 CFR 164.528(b)(2)) and what lets a reader check them. */
export const CSV_COLUMNS = [
  'section',
  'date',
  'recipient_name',
  'recipient_id',
  'recipient_role',
  'recipient_agency',
  'disclosing_agency',
  'disclosed',
  'withheld',
  'purpose',
  'access',
  'released_rules',
  'denied_rules',
  'request_id',
  'row_id',
] as const;

function csvRecord(section: 'disclosure' | 'withheld', r: StatementRow): string[] {
  return [
    section,
    r.at,
    r.viewerName ?? '',
    r.viewerSub,
    r.viewerRole,
    r.viewerAgency,
    r.agency,
    r.released.join(' '),
    r.denied.join(' '),
    r.purpose,
    r.access,
    basisOf(r, true),
    basisOf(r, false),
    r.requestId,
    r.id,
  ];
}

interface Subject {
  youthId: string;
  initials: string;
  dateOfBirth: string | null;
}

/** Streams one statement. Everything that can refuse is asked before the status line is written. */
export async function exportStatement(
  engine: GraphQLEngine,
  context: Omit<HubRequestContext, 'requestId'>,
  request: StatementRequest,
  format: 'csv' | 'pdf',
  res: ServerResponse,
  requestId: string,
): Promise<void> {
  const run: Run = async (query, variables) => {
    const own = { ...context, requestId: randomUUID(), maxCost: STATEMENT_MAX_COST };
    const { text } = await engine.execute({ query, variables }, own);
    return JSON.parse(text) as GraphQLAnswer;
  };
  const now = new Date();
  const from = request.from ?? sixYearsBefore(now);
  const base = {
    youthId: request.youthId,
    from,
    to: request.to ?? null,
    categories: request.categories ?? null,
    access: request.access ?? null,
    viewerSub: request.viewerSub ?? null,
  };
  const parts = request.parts ?? STATEMENT_PARTS;
  // The youth as the policy lets the officer see them (logged as an ACCOUNTING read).
  const subjects = await run(SUBJECT, { search: request.youthId });
  const refused = refusal(subjects);
  if (refused) throw refused;
  const subject = (subjects.data?.accountingSubjects as Subject[] | undefined)?.find(
    (s) => s.youthId === request.youthId,
  );
  const released = await openMerged(run, parts, { ...base, outcome: 'RELEASED' });
  // Requests where nothing was released (WITHHELD: denied something, released nothing), read as such
  // by each agency rather than sifted here from every row that denied anything.
  // Opened when the disclosures are written: the officer's authority was decided by every agency
  // on the first pages above, so the first byte waits for one read per agency, not two.
  async function* refusedOnly() {
    if (request.denials === 'APART') yield* await openMerged(run, parts, { ...base, outcome: 'WITHHELD' });
  }

  const name = `statement-${request.youthId.slice(0, 8)}-${now.toISOString().slice(0, 10)}.${format}`;
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    [REQUEST_ID_HEADER]: requestId,
  });
  const period = `${from} to ${request.to ?? now.toISOString().slice(0, 10)}`;
  const who = subject
    ? `${subject.initials}${subject.dateOfBirth ? `, born ${subject.dateOfBirth}` : ''} (hub id ${subject.youthId})`
    : `hub id ${request.youthId}`;
  if (format === 'csv') await writeCsv(res, released, refusedOnly());
  else await writePdf(res, released, refusedOnly(), { who, period, produced: now.toISOString() }, request.denials);
}

/**
 * Waits for the stream to take more when it says it is full: the reader pages at the writer's pace.
 * A client gone (the response closed or failed) ends the export: nothing more is read or logged.
 */
function drained(stream: NodeJS.WritableStream | PDFKit.PDFDocument, res: ServerResponse): Promise<void> {
  if (res.destroyed) return Promise.reject(new Error('the client went away'));
  return new Promise<void>((resolve, reject) => {
    const gone = () => {
      stream.off('drain', done);
      reject(new Error('the client went away'));
    };
    const done = () => {
      res.off('close', gone);
      resolve();
    };
    stream.once('drain', done);
    res.once('close', gone);
  });
}

async function writeCsv(
  res: ServerResponse,
  released: AsyncIterable<StatementRow>,
  withheld: AsyncIterable<StatementRow>,
) {
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS] });
  csv.pipe(res);
  for await (const r of released) if (!csv.write(csvRecord('disclosure', r))) await drained(csv, res);
  for await (const r of withheld) if (!csv.write(csvRecord('withheld', r))) await drained(csv, res);
  csv.end();
  await finished(res);
}

async function writePdf(
  res: ServerResponse,
  released: AsyncIterable<StatementRow>,
  withheld: AsyncIterable<StatementRow>,
  heading: { who: string; period: string; produced: string },
  denials: 'APART' | 'OUT',
) {
  // Pages are written out as each fills (bufferPages off): the document is never whole in memory.
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    bufferPages: false,
    info: { Title: 'Accounting of disclosures', Subject: heading.who, Producer: 'CSEC MDT hub' },
  });
  doc.pipe(res);
  doc.font('Helvetica-Bold').fontSize(16).text('Accounting of disclosures');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(`For ${heading.who}, from ${heading.period}.`);
  doc.text(`Produced ${heading.produced} under 45 CFR 164.528.`);
  doc.text(
    denials === 'APART'
      ? 'Requests where nothing was disclosed are listed apart, after the disclosures.'
      : 'Requests where nothing was disclosed are left out.',
  );
  const entry = async (r: StatementRow, denied: boolean) => {
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${r.at.slice(0, 16).replace('T', ' ')} UTC`);
    doc.font('Helvetica').fontSize(9);
    doc.text(`Recipient: ${recipient(r)}`);
    doc.text(
      `${denied ? 'Asked of' : 'Disclosed by'} ${agencyName(r.agency)}${denied ? ' and withheld' : ''}: ` +
        categories(denied ? r.denied : r.released),
    );
    doc.text(`Purpose: ${words(r.purpose)}`);
    if (res.destroyed) throw new Error('the client went away');
    if (res.writableNeedDrain) await drained(res, res);
  };
  let count = 0;
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text('Disclosures');
  for await (const r of released) {
    count++;
    await entry(r, false);
  }
  if (count === 0) doc.font('Helvetica').fontSize(10).text('No disclosures in this period.');
  if (denials === 'APART') {
    let refusedCount = 0;
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text('Requests where nothing was disclosed');
    for await (const r of withheld) {
      refusedCount++;
      await entry(r, true);
    }
    if (refusedCount === 0) doc.font('Helvetica').fontSize(10).text('None in this period.');
  }
  doc.end();
  await finished(res);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** The route's parameters, each refused by name when malformed. */
export function statementRequest(url: URL): StatementRequest {
  const q = url.searchParams;
  const bad = (field: string, why: string) => new HttpError(400, `${field}: ${why}`, 'BAD_USER_INPUT');
  const youthId = q.get('youthId');
  if (!youthId) throw bad('youthId', 'required');
  // Checked here, before any agency is asked: a name would otherwise run the accounting's search.
  if (!UUID.test(youthId)) throw bad('youthId', 'a hub youth id (a UUID)');
  const date = (field: 'from' | 'to') => {
    const v = q.get(field);
    if (v === null || v === '') return undefined;
    if (!ISO_DAY_OR_TIME.test(v) || Number.isNaN(Date.parse(v))) throw bad(field, 'an ISO date or date-time');
    return v;
  };
  const list = (field: string) => {
    const v = q
      .getAll(field)
      .flatMap((s) => s.split(','))
      .filter(Boolean);
    if (v.some((s) => !/^[A-Za-z_]+$/.test(s))) throw bad(field, 'a list of names');
    return v.length > 0 ? v : undefined;
  };
  const parts = list('parts');
  if (parts?.some((p) => !(STATEMENT_PARTS as readonly string[]).includes(p))) {
    throw bad('parts', `a list of ${STATEMENT_PARTS.join(', ')}`);
  }
  const viewerSub = q.get('viewerSub') || undefined;
  if (viewerSub !== undefined && (viewerSub.length > 200 || viewerSub.includes('\0'))) {
    throw bad('viewerSub', 'at most 200 characters, no NUL');
  }
  const denials = q.get('denials') ?? 'APART';
  if (denials !== 'APART' && denials !== 'OUT') throw bad('denials', 'APART or OUT');
  return {
    youthId,
    from: date('from'),
    to: date('to'),
    categories: list('categories'),
    access: list('access'),
    ...(viewerSub ? { viewerSub } : {}),
    ...(parts ? { parts: parts as Part[] } : {}),
    denials,
  };
}

/** `GET /export/statement.csv` and `GET /export/statement.pdf`; false for any other path. */
export function statementFormat(path: string): 'csv' | 'pdf' | undefined {
  if (path === '/export/statement.csv') return 'csv';
  if (path === '/export/statement.pdf') return 'pdf';
  return undefined;
}
