import { check, type CheckResult, type RunContext } from '../context.ts';

/** With access to the subgraph's database: the log's table refuses every change, whoever asks. */
export async function databaseChecks(ctx: RunContext): Promise<CheckResult[]> {
  const title = 'the database refuses UPDATE, DELETE and TRUNCATE on the disclosure log';
  const { sql } = ctx.target;
  if (!sql)
    return [check('disclosure.database-append-only', title, ['no database access given (--database-url)'], true)];
  const table = ctx.target.logTable ?? 'disclosure_log';
  if (!/^[a-z_][a-z0-9_.]*$/i.test(table))
    return [check('disclosure.database-append-only', title, [`bad table name ${table}`])];
  const problems: string[] = [];
  let column = 'seq';
  try {
    const [first] = (await sql(
      `select column_name from information_schema.columns where table_name = '${table.split('.').pop()}' order by ordinal_position limit 1`,
    )) as { column_name?: string }[];
    if (!first?.column_name)
      return [check('disclosure.database-append-only', title, [`no table ${table} in the database`])];
    column = first.column_name;
  } catch (error) {
    return [check('disclosure.database-append-only', title, [`cannot read the database: ${(error as Error).message}`])];
  }
  // Each statement runs in a transaction that is rolled back: a log that allows it is not harmed.
  for (const statement of [
    `update ${table} set "${column}" = "${column}"`,
    `delete from ${table}`,
    `truncate ${table}`,
  ]) {
    try {
      await sql(statement);
      problems.push(`the database accepted: ${statement}`);
    } catch {
      // refused, as it must be
    }
  }
  return [check('disclosure.database-append-only', title, problems)];
}
