import type { LogCheckpointRef } from '@hub/subgraph-kit';
import type { MeetingBundle } from './db/meetings.ts';
import type {
  EmergencyGrantRow,
  MdtActionItemRow,
  MdtActionItemUpdateRow,
  MdtMeetingInviteeRow,
  MdtMeetingYouthRow,
  MdtNoteRow,
  TeamMemberRow,
  TeamMembershipEndRow,
  YouthRow,
} from './db/schema.ts';

/** A note with its amendments, oldest first. */
export type MdtNoteParent = MdtNoteRow & { amendments: MdtNoteRow[] };
/** An action item with its latest status change, if any. */
export type ActionItemParent = MdtActionItemRow & { latest: MdtActionItemUpdateRow | null };

/** A membership with its youth (the kit decides MDT_NOTES by it) and its end, when loaded. */
export type TeamMemberParent = TeamMemberRow & { youthId: string; end?: TeamMembershipEndRow | null };

/** A Youth as the registry's resolvers pass it on: the row when loaded, the id at least. */
export type YouthParent = { id: string; row?: YouthRow };
export type YouthConnectionParent = {
  edges: { cursor: string; node: YouthParent }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};
export type EmergencyGrantConnectionParent = {
  edges: { cursor: string; node: EmergencyGrantRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

/** The accounting's key (the filters, opaque) and, at the root, the filters themselves. */
export type AccountingParent = {
  id: string;
  youthId?: string;
  from?: string | null;
  to?: string | null;
  viewerSub?: string | null;
  categories?: string[] | null;
  outcome?: 'RELEASED' | 'DENIED' | 'WITHHELD' | null;
  access?: string[] | null;
  own?: 'INCLUDE' | 'EXCLUDE' | 'ONLY';
  statement?: boolean;
};

/** The chain audit: its key and the latest checkpoint of each agency's log. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };

/** One viewer's accesses: the key (the filters, opaque) and, at the root, the filters themselves. */
export type ViewerAccessParent = {
  id: string;
  viewerSub?: string;
  from?: string | null;
  to?: string | null;
  categories?: string[] | null;
  outcome?: 'RELEASED' | 'DENIED' | 'WITHHELD' | null;
  access?: string[] | null;
  emergencyGrantId?: string | null;
};

/** The privacy alerts of a period: the key (the period and the grants found not justified). */
export type PrivacyAlertsParent = { id: string; from?: string; to?: string };
/**
 * A meeting as this viewer is shown it (decided once, where it is loaded): the agenda youths shown,
 * how many are not, whether the viewer coordinates it (on the team of every youth on it, as its
 * coordinator) and which invitees and attendees they are shown (rule roster.involvement).
 */
export type MdtMeetingParent = MeetingBundle & {
  shown: MdtMeetingYouthRow[];
  coordinates: boolean;
  /** The viewer coordinates the team of at least one youth on the agenda (rule roster.coordinator). */
  coordinatesAny: boolean;
  invited: boolean;
  listedInvitees: MdtMeetingInviteeRow[];
};
/** One youth's slot: the kit decides its classified fields by `youthId`. */
export type MdtAgendaEntryParent = MdtMeetingYouthRow & { meeting: MdtMeetingParent };
export type MdtInviteeParent = MdtMeetingInviteeRow & { showNotShown: boolean };
