// The disclosure record, for those who keep, read or verify it (the registry's checkpoint store and
// accounting ids, `npm run audit:verify`, tests and benchmarks); an agency subgraph needs none of it.
export { DisclosureLog, readChain } from './disclosure/log.ts';
export type { ChainHead, DisclosureEntry, HubTx } from './disclosure/log.ts';
export { RequestDisclosures } from './disclosure/request.ts';
export type { CommittedAccess, DisclosureStore, NotedAccess, NotedRelease } from './disclosure/request.ts';
export { disclosureLog } from './disclosure/table.ts';
export type { DisclosureBasis, DisclosureRow } from './disclosure/table.ts';
export { canonicalEncoding, GENESIS_HASH, rowHash } from './disclosure/chain.ts';
export type { ChainedFields } from './disclosure/chain.ts';
export { ChainVerifier, verifyChain } from './disclosure/verify.ts';
export type { ChainBreak, ChainReport, ChainRow, Checkpoint } from './disclosure/verify.ts';
export { auditLog, databaseReason, unreadableLog, verifyLog } from './disclosure/audit.ts';
export type { LogAudit } from './disclosure/audit.ts';
export { checkpointLag, DEFAULT_CHECKPOINT_INTERVAL_SECONDS, startCheckpoints } from './disclosure/checkpoint.ts';
export type { CheckpointBody, CheckpointLag, CheckpointPublisher } from './disclosure/checkpoint.ts';
export {
  accountingId,
  alertsId,
  MAX_ALERT_DAYS,
  parseAccountingId,
  parseAlertsId,
  parseViewerAccessId,
  viewerAccessId,
} from './disclosure/accounting-id.ts';
export type { AccountingFilter, AlertWindow, ViewerAccessFilter } from './disclosure/accounting-id.ts';
