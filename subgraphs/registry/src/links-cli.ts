// npm run registry:links: an MDT coordinator loads an agency's crosswalk into the registry (which
// youths the agency serves), ends links, or reads the record of every change. See README.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { AGENCIES } from '@hub/policies';
import { openDatabase, type Database } from '@hub/subgraph-kit';
import { applyLinks, applyUnlinks, linkEvents, planLinks, planUnlinks, type LinkLine } from './db/links.ts';

const USAGE = `npm run registry:links -- add --agency <AGENCY> --file <links.csv> --by <your person id> --reason "<why>" [--dry-run]
npm run registry:links -- end --agency <AGENCY> --file <links.csv> --by <your person id> --reason "<why>" [--dry-run]
npm run registry:links -- log --agency <AGENCY>
  <links.csv>: a header line "hub_youth_id,local_id", then one line per youth
  the registry's database: DATABASE_URL (its Postgres), or DATA_DIR (its PGlite folder, the registry stopped)`;

export class LinksUsageError extends Error {}

/** Reads `hub_youth_id,local_id` lines; blank lines are skipped. */
export function parseLinksCsv(text: string): LinkLine[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim());
  if (header?.replace(/\s/g, '') !== 'hub_youth_id,local_id') {
    throw new LinksUsageError('the file must start with the header line "hub_youth_id,local_id"');
  }
  return lines.map((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 2) throw new LinksUsageError(`line ${i + 2}: expected two values, hub_youth_id,local_id`);
    return { youthId: cells[0]!, localId: cells[1]! };
  });
}

export interface LinksCommand {
  command: 'add' | 'end' | 'log';
  agency: string;
  lines: LinkLine[];
  by: string;
  reason: string;
  dryRun: boolean;
}

/** Validates the command line; throws LinksUsageError with what is wrong. */
export function linksCommand(argv: string[], readFile = (path: string) => readFileSync(path, 'utf8')): LinksCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        agency: { type: 'string' },
        file: { type: 'string' },
        by: { type: 'string' },
        reason: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new LinksUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (command !== 'add' && command !== 'end' && command !== 'log') throw new LinksUsageError('add, end or log?');
  const agency = values.agency ?? '';
  // The hub's own records are the registry's; every other agency serves youths through its crosswalk.
  if (!AGENCIES.includes(agency as (typeof AGENCIES)[number]) || agency === 'HUB') {
    throw new LinksUsageError(`--agency must be one of ${AGENCIES.filter((a) => a !== 'HUB').join(', ')}`);
  }
  if (command === 'log') return { command, agency, lines: [], by: '', reason: '', dryRun: true };
  const by = values.by?.trim() ?? '';
  const reason = values.reason?.trim() ?? '';
  if (!by) throw new LinksUsageError('--by <your person id> is required: every change names who made it');
  if (reason.length < 20) {
    throw new LinksUsageError('--reason is required, at least 20 characters: why the agency serves these youths');
  }
  if (!values.file) throw new LinksUsageError('--file <links.csv> is required');
  return { command, agency, lines: parseLinksCsv(readFile(values.file)), by, reason, dryRun: values['dry-run'] };
}

/** Runs a validated command against the registry's database; the lines to print and the exit code. */
export async function runLinks(database: Database, cmd: LinksCommand): Promise<{ out: string[]; code: number }> {
  const [ready] = await database.rows<{ table: string | null }>(
    sql`select to_regclass('agency_link_event')::text as "table"`,
  );
  if (!ready?.table) {
    return {
      out: ["the registry's database has no agency_link_event table: start the registry once to apply its migrations"],
      code: 2,
    };
  }
  if (cmd.command === 'log') {
    const events = await linkEvents(database, cmd.agency);
    return {
      out: [
        `${events.length} change(s) to ${cmd.agency}'s links:`,
        ...events.map(
          (e) =>
            `${new Date(e.at).toISOString()} ${e.action} ${e.youthId} ${e.localId} by ${e.recordedBy ?? '(not named)'} ` +
            `as ${e.databaseUser}${e.reason ? `: ${e.reason}` : ''}`,
        ),
      ],
      code: 0,
    };
  }
  const verb = cmd.command === 'add' ? 'link' : 'end';
  const plan = cmd.dryRun
    ? await (cmd.command === 'add' ? planLinks : planUnlinks)(database, cmd.agency, cmd.lines)
    : await (cmd.command === 'add' ? applyLinks : applyUnlinks)(database, cmd.agency, cmd.lines, cmd);
  if (plan.problems.length) {
    return { out: [...plan.problems, `Nothing was changed: ${plan.problems.length} line(s) to fix.`], code: 1 };
  }
  const what = cmd.command === 'add' ? 'already linked' : 'not linked';
  return {
    out: [
      `${cmd.dryRun ? 'Would' : 'Did'} ${verb} ${plan.changes.length} youth(s) ${cmd.command === 'add' ? 'to' : 'from'} ${cmd.agency}; ${plan.unchanged.length} ${what}.` +
        (cmd.dryRun || !plan.changes.length
          ? ''
          : ` Recorded in agency_link_event as ${cmd.by}: npm run registry:links -- log --agency ${cmd.agency}`),
    ],
    code: 0,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let cmd: LinksCommand;
  try {
    cmd = linksCommand(process.argv.slice(2));
  } catch (error) {
    console.error(`registry:links: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  const dataDir = process.env.DATA_DIR;
  if (!url && (!dataDir || dataDir === 'memory')) {
    console.error(`registry:links: set DATABASE_URL or DATA_DIR to the registry's database\n\n${USAGE}`);
    process.exit(2);
  }
  const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
  const database = await openDatabase({ url, dataDir, migrationsFolder, migrate: false, maxConnections: 1 });
  try {
    const { out, code } = await runLinks(database, cmd);
    for (const line of out) (code ? console.error : console.log)(line);
    process.exitCode = code;
  } finally {
    await database.close();
  }
}
