// npm run schema:check: composes every subgraph (failing on an unclassified field), compares the
// result with the committed supergraph, and fails on a breaking change or a reclassification that
// nobody acknowledged, or on a stale client schema (schema/client-schema.graphql). Prints a change
// report a privacy officer can review.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CLIENT_SCHEMA_PATH } from '../src/client-schema.ts';
import { CONFIG_PATH, loadSchemaEntries, SCHEMA_DIR, SUPERGRAPH_PATH } from '../src/config.ts';
import { AcknowledgementError, checkSchema, readAcknowledgements } from '../src/check/index.ts';
import { policyView } from './policy-view.ts';

const USAGE = `npm run schema:check -- [--base <git revision>] [--against <supergraph.graphql>]
  [--config <supergraph.config.json>] [--acknowledged <file>] [--acknowledge "<change id>"]... [--report <file>]`;

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    against: { type: 'string' },
    config: { type: 'string' },
    acknowledged: { type: 'string' },
    acknowledge: { type: 'string', multiple: true, default: [] },
    report: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** The committed supergraph: at a git revision (SCHEMA_CHECK_BASE, default HEAD), or a file given. */
function baseline(): { sdl: string; label: string } {
  if (values.against) return { sdl: readFileSync(values.against, 'utf8'), label: values.against };
  const rev = values.base ?? process.env.SCHEMA_CHECK_BASE ?? 'HEAD';
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: SCHEMA_DIR, encoding: 'utf8' }).trim();
    const path = relative(top, SUPERGRAPH_PATH);
    const sdl = execFileSync('git', ['show', `${rev}:${path}`], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { sdl, label: `${path} at ${rev}` };
  } catch {
    if (values.base || process.env.SCHEMA_CHECK_BASE) {
      console.error(`schema:check: cannot read the supergraph at ${rev} from git`);
      process.exit(2);
    }
    // No git (an image, an export): the working tree's copy is the committed one.
    return { sdl: readFileSync(SUPERGRAPH_PATH, 'utf8'), label: relative(process.cwd(), SUPERGRAPH_PATH) };
  }
}

const configPath = values.config ? resolve(values.config) : CONFIG_PATH;
const ackFile = values.acknowledged ?? resolve(dirname(configPath), 'acknowledged-changes.json');
let acknowledgements;
try {
  acknowledgements = [
    ...readAcknowledgements(ackFile),
    ...values.acknowledge.map((change) => ({ change, reason: 'acknowledged on the command line', reviewedBy: 'you' })),
  ];
} catch (error) {
  if (!(error instanceof AcknowledgementError)) throw error;
  console.error(`schema:check: ${error.message}`);
  process.exit(2);
}
const base = baseline();
const result = checkSchema({
  entries: loadSchemaEntries(configPath),
  baselineSdl: base.sdl,
  baselineLabel: base.label,
  acknowledgements,
  acknowledgementsFile: relative(process.cwd(), ackFile),
  view: policyView(),
  // The hub's own config: its committed client schema must be fresh (a --config of fixtures has none).
  ...(configPath === CONFIG_PATH
    ? {
        clientSchema: {
          committed: existsSync(CLIENT_SCHEMA_PATH) ? readFileSync(CLIENT_SCHEMA_PATH, 'utf8') : '',
          label: relative(resolve(SCHEMA_DIR, '..'), CLIENT_SCHEMA_PATH),
        },
      }
    : {}),
});
console.log(result.report);
if (values.report) writeFileSync(values.report, `${result.report}\n`);
process.exit(result.ok ? 0 : 1);
