export { createSubgraphServer } from './server.ts';
export type { RouteHandler, SubgraphOptions, SubgraphServer } from './server.ts';
export type { SubgraphContext } from './context.ts';
export { groupBy, loaderCache } from './context.ts';
export { openDatabase } from './db/database.ts';
export type { Database, DatabaseOptions, HubDb } from './db/database.ts';
export { crosswalkRows } from './db/crosswalk.ts';
export type { Crosswalk, CrosswalkRowsQuery } from './db/crosswalk.ts';
export { httpFactsSource, AccessFactsUnavailable } from './access/facts-source.ts';
export type { AccessFactsSource } from './access/facts-source.ts';
export { RequestAccess } from './access/request-access.ts';
export {
  ReplayGuard,
  importGatewayPublicKey,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
} from './auth/gateway-signature.ts';
export { bearerToken, createUserTokenVerifier } from './auth/user-token.ts';
export type { UserTokenConfig, UserTokenVerifier } from './auth/user-token.ts';
export { serviceKey, signServiceToken, verifyServiceToken } from './auth/service-token.ts';
export { badInput, forbiddenError, PUBLIC_CODES } from './errors.ts';
export { readBody, sendJson, sendError, sendFailure, HttpError } from './http.ts';
export { ConfigError, readSubgraphEnv, REQUIRED_SUBGRAPH_VARIABLES } from './config.ts';
export type { SubgraphEnv } from './config.ts';
export { enforcementPoints } from './classification.ts';
export type { KeyLike } from './keys.ts';
export { depsFromEnv, runSubgraph } from './run.ts';
export type { SubgraphDeps, SubgraphModule } from './run.ts';
export { isUuid } from './ids.ts';
export { consentBounds, countyDate, countyMidnight, countyTimeZone, DEFAULT_TIME_ZONE } from './time.ts';
export { rowPerYouth, rowsPerYouth } from './loaders.ts';
export type { YouthRowsQuery } from './loaders.ts';
export { chronological, spoken, timelineEvents } from './timeline.ts';
export type { DatedEvent, TimelineEvent } from './timeline.ts';
export { DisclosureLog, readChain } from './disclosure/log.ts';
export type { ChainHead, DisclosureEntry } from './disclosure/log.ts';
export { RequestDisclosures } from './disclosure/request.ts';
export type { NotedAccess } from './disclosure/request.ts';
export { canonicalEncoding, GENESIS_HASH, rowHash } from './disclosure/chain.ts';
export type { ChainedFields } from './disclosure/chain.ts';
export { ChainVerifier, verifyChain } from './disclosure/verify.ts';
export type { ChainBreak, ChainReport, ChainRow, Checkpoint } from './disclosure/verify.ts';
export { disclosureLog } from './disclosure/table.ts';
export type { DisclosureRow } from './disclosure/table.ts';
export { verifyLog } from './disclosure/audit.ts';
export { startCheckpoints } from './disclosure/checkpoint.ts';
export type { CheckpointBody, CheckpointPublisher } from './disclosure/checkpoint.ts';
export { accountingId } from './disclosure/accounting-id.ts';
export type { AccountingFilter } from './disclosure/accounting-id.ts';
export { accountingPage } from './resolvers/accounting.ts';
export type { DisclosurePage } from './resolvers/accounting.ts';
