import type { TimelineParent, ClockParent, LogCheckpointRef } from '@hub/subgraph-kit';
import type { IndicatorRow, ScreeningRow, PlacementRow, ReferralRow, RunawayRow } from './db/schema.ts';

// Every object below Youth carries the hub youth id: the kit decides each field by it.
type OfYouth<T> = T & { youthId: string };
export type YouthParent = { id: string };
export type RecordParent = { youthId: string };
export type { TimelineParent };
export type WorkerParent = OfYouth<{ personId: string; name: string }>;
export type ReferralParent = OfYouth<ReferralRow>;
export type PlacementParent = OfYouth<PlacementRow>;
export type RunawayParent = OfYouth<RunawayRow>;
export type IndicatorParent = OfYouth<IndicatorRow>;
export type ScreeningParent = OfYouth<ScreeningRow>;
export type SafetyPlanParent = OfYouth<{ summary: string; updatedOn: string }>;

export type { ClockParent };
export type MissingNowParent = { youthId: string; since: string; hours: number; episode: RunawayParent };

/** The accounting's key: the registry's filters, opaque here; the kit reads them. */
export type AccountingParent = { id: string };
/** The chain audit's key and, required from the registry, its latest checkpoints. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };
