// What an agency subgraph needs. The disclosure record's internals are `@hub/subgraph-kit/audit`,
// the registry's access facts `@hub/subgraph-kit/registry`, test helpers `@hub/subgraph-kit/testing`;
// the wire between gateway and subgraphs (signatures, tokens, HTTP answers) is `@hub/protocol`.
export { createSubgraphServer } from './server.ts';
export type { RouteHandler, SubgraphOptions, SubgraphServer } from './server.ts';
export { depsFromEnv, runSubgraph } from './run.ts';
export type { SubgraphDeps, SubgraphModule } from './run.ts';
export { ConfigError, readSubgraphEnv, REQUIRED_SUBGRAPH_VARIABLES } from './config.ts';
export type { SubgraphEnv } from './config.ts';
export type { SubgraphContext } from './context.ts';
export type { AccessFactsSource, FactsRequest } from './access/facts-source.ts';
export { openDatabase } from './db/database.ts';
export type { Database, DatabaseOptions, HubDb } from './db/database.ts';
export type { HubTx } from './disclosure/log.ts';
export { DatabaseReplayGuard } from './replay/database-guard.ts';
export { crosswalkRows } from './db/crosswalk.ts';
export type { Crosswalk, CrosswalkRowsQuery } from './db/crosswalk.ts';
export { groupBy, loaderCache } from './context.ts';
export { rowPerYouth, rowsPerYouth } from './loaders.ts';
export type { YouthRowsQuery } from './loaders.ts';
export { chronological, inWindow, spoken, timelineEvents, timelineParent } from './timeline.ts';
export type { DatedEvent, TimelineEvent, TimelineParent } from './timeline.ts';
export { accountingPage, viewerAccessPage } from './resolvers/accounting.ts';
export { alertId, parseAlertId, privacyAlertsPart, readAlertConfig } from './resolvers/alerts.ts';
export type { AlertConfig, PrivacyAlert, PrivacyAlertKind } from './resolvers/alerts.ts';
export { chainVerification } from './resolvers/chain-verification.ts';
export type { ChainVerificationResult, LogCheckpointRef } from './resolvers/chain-verification.ts';
export type { DisclosurePage } from './resolvers/accounting.ts';
export { badInput, forbiddenError } from './errors.ts';
export { isUuid } from './ids.ts';
export { consentBounds, countyDate, countyMidnight } from './time.ts';
// The county's zone is read once for gateway and subgraphs alike; a subgraph finds it here too.
export { countyTimeZone, DEFAULT_TIME_ZONE } from '@hub/protocol';
export { episodeInstants, episodeResolvers, missingNowOf, runawayColumns } from './runaway.ts';
export type { ClockParent, EpisodeRow } from './runaway.ts';
