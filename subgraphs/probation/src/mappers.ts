import type { TimelineParent, ClockParent, LogCheckpointRef } from '@hub/subgraph-kit';
import type {
  CitationRow,
  ConditionRow,
  DelinquencyCaseRow,
  DetentionRow,
  RunawayRow,
  ScreeningRow,
  SupervisionRow,
  ViolationRow,
} from './db/schema.ts';

// Every object below Youth carries the hub youth id: the kit decides each field by it.
type OfYouth<T> = T & { youthId: string };
export type YouthParent = { id: string };
export type RecordParent = { youthId: string };
export type { TimelineParent };
export type SupervisionParent = OfYouth<SupervisionRow>;
export type OfficerParent = OfYouth<{ personId: string; name: string }>;
export type ConditionParent = OfYouth<ConditionRow>;
export type ViolationParent = OfYouth<ViolationRow>;
export type DelinquencyCaseParent = OfYouth<DelinquencyCaseRow>;
export type CitationParent = OfYouth<CitationRow>;
export type DetentionParent = OfYouth<DetentionRow>;
export type CsecIdentificationParent = OfYouth<{ status: string; documentedOn: string }>;
export type ScreeningParent = OfYouth<ScreeningRow>;
export type RunawayParent = OfYouth<RunawayRow>;

export type { ClockParent };
export type MissingNowParent = { youthId: string; since: string; hours: number; episode: RunawayParent };

/** The accounting's key: the registry's filters, opaque here; the kit reads them. */
export type AccountingParent = { id: string };
/** The chain audit's key and, required from the registry, its latest checkpoints. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };
