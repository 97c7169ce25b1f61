export { runConformance, startSuite } from './suite.ts';
export type { ConformanceReport, Suite } from './suite.ts';
export type { CheckResult, CheckStatus, ConformanceTarget } from './context.ts';
export { formatReport } from './report.ts';
export { envFile, generateSuiteKeys, loadSuite, saveSuite, subgraphEnv } from './keys.ts';
export type { SavedSuite, SuiteKeys } from './keys.ts';
export { Harness } from './harness.ts';
export { kitDatabaseProbe, postgresProbe } from './database.ts';
