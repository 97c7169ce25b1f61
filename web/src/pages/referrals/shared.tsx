import { Tag } from '@trussworks/react-uswds';
import { youthLabel } from '../../format/youth.ts';

export const STATUS_LABEL: Record<string, string> = { OPEN: 'Open', ACCEPTED: 'Accepted', DECLINED: 'Declined' };
export const URGENCY_LABEL: Record<string, string> = { ROUTINE: 'Routine', URGENT: 'Urgent' };

const TONE: Record<string, string> = { OPEN: 'upcoming', ACCEPTED: 'active', DECLINED: 'revoked' };

/** A referral's status as a tag (urgent open ones stand out). */
export function StatusTag({ status, urgency }: { status: string; urgency?: string }) {
  const urgent = status === 'OPEN' && urgency === 'URGENT';
  return (
    <Tag className={`app-tag app-tag--${urgent ? 'flagged' : (TONE[status] ?? 'hidden')}`}>
      {urgent ? 'Urgent' : (STATUS_LABEL[status] ?? status)}
    </Tag>
  );
}

/** Who a referral is about, in the words the viewer may see: the label of a registered youth, else the names given. */
export function referredYouth(r: {
  youthId?: string | null;
  localId?: string | null;
  givenName?: string | null;
  familyName?: string | null;
}): string {
  if (r.youthId) return youthLabel(r.youthId);
  return `${r.givenName ?? ''} ${r.familyName ?? ''}`.trim() + ` (not yet in the hub; local id ${r.localId ?? ''})`;
}

export const WIC_LINE =
  'A referral is confidential (Welfare and Institutions Code sections 830 and 18961.7): before it is accepted only ' +
  'the MDT coordinator and the referrer read it.';
