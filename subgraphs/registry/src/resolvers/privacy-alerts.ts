import { AGENCIES } from '@hub/policies';
import {
  badInput,
  consentBounds,
  countyDate,
  parseAlertId,
  privacyAlertsPart,
  viewerAccessPage,
  type SubgraphContext,
} from '@hub/subgraph-kit';
import { alertsId, parseAlertsId, parseViewerAccessId, viewerAccessId } from '@hub/subgraph-kit/audit';
import { alertFindings, grantsFoundNotJustified, insertAlertFinding } from '../db/privacy-alerts.ts';
import type { PrivacyAlertFindingRow } from '../db/schema.ts';
import type {
  Agency,
  MutationResolvers,
  PrivacyAlertFinding,
  PrivacyAlertKind,
  PrivacyAlertsResolvers,
  QueryResolvers,
  ViewerAccessResolvers,
} from '../generated/resolvers-types.ts';
import { requirePrivacyOfficer } from './privacy-officer.ts';

const MAX_NOTE = 2000;

/**
 * Who did what, and the alerts (issue 18, item 3). The roots reveal nothing themselves: each
 * agency, the registry included, decides and computes its own part from its own log; the
 * registry keeps the officers' findings and hands on the grants its reviews found not justified.
 */
export const privacyAlertsQuery: Pick<QueryResolvers, 'accessByViewer' | 'privacyAlerts'> = {
  accessByViewer(_root, { viewerSub, from, to, categories, outcome, access, emergencyGrantId }) {
    const filter = {
      viewerSub: viewerSub.trim(),
      from: from ?? null,
      to: to ?? null,
      categories: categories?.length ? categories : null,
      outcome: outcome ?? null,
      access: access?.length ? access : null,
      emergencyGrantId: emergencyGrantId?.toLowerCase() ?? null,
    };
    return { id: viewerAccessId(filter), ...filter };
  },
  async privacyAlerts(_root, { from, to }, ctx) {
    await requirePrivacyOfficer(ctx, 'read the privacy alerts');
    alertsId({ from, to }); // the period's checks, before anything is read
    const bounds = consentBounds(from, to, ctx.timeZone);
    const grants = await grantsFoundNotJustified(ctx.database, new Date(bounds.from), new Date(bounds.to!));
    const notJustified = grants.map((g) => ({ grantId: g.id, day: countyDate(g.reviewedAt!, ctx.timeZone) }));
    return { id: alertsId({ from, to, notJustified }), from, to };
  },
};

export const ViewerAccess: ViewerAccessResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  viewerSub: (v) => v.viewerSub ?? parseViewerAccessId(v.id).viewerSub,
  from: (v) => (v.from !== undefined ? v.from : (parseViewerAccessId(v.id).from ?? null)),
  to: (v) => (v.to !== undefined ? v.to : (parseViewerAccessId(v.id).to ?? null)),
  categories: (v) =>
    (v.categories !== undefined ? v.categories : (parseViewerAccessId(v.id).categories ?? null)) as never,
  outcome: (v) => (v.outcome !== undefined ? v.outcome : (parseViewerAccessId(v.id).outcome ?? null)),
  access: (v) => (v.access !== undefined ? v.access : (parseViewerAccessId(v.id).access ?? null)) as never,
  emergencyGrantId: (v) =>
    v.emergencyGrantId !== undefined ? v.emergencyGrantId : (parseViewerAccessId(v.id).emergencyGrantId ?? null),
  registry: viewerAccessPage,
};

const toFinding = (row: PrivacyAlertFindingRow) => ({
  alertId: row.alertId,
  kind: row.kind as PrivacyAlertKind,
  agency: row.agency as Agency,
  day: row.day,
  subject: row.subject,
  finding: row.finding as PrivacyAlertFinding,
  note: row.note,
  closedBy: row.closedBy,
  closedByName: row.closedByName,
  closedAt: row.closedAt.toISOString(),
});

export const PrivacyAlerts: PrivacyAlertsResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  from: (a) => a.from ?? parseAlertsId(a.id).from,
  to: (a) => a.to ?? parseAlertsId(a.id).to,
  registry: privacyAlertsPart as never,
  async findings(a, _args, ctx: SubgraphContext) {
    await requirePrivacyOfficer(ctx, 'read the privacy alerts');
    const { from, to } = parseAlertsId(a.id);
    return (await alertFindings(ctx.database, from, to)).map(toFinding);
  },
};

export const privacyAlertMutations: Pick<MutationResolvers, 'closePrivacyAlert'> = {
  /**
   * Keeps a privacy officer's finding on an alert, once. The alert is recomputed from the logs
   * whenever it is asked for, so its id (kind, agency, day, viewer or grant) is what is kept.
   */
  async closePrivacyAlert(_root, { alertId, finding, note }, ctx) {
    await requirePrivacyOfficer(ctx, 'close privacy alerts');
    const parsed = parseAlertId(alertId);
    if (!parsed || !(AGENCIES as readonly string[]).includes(parsed.agency)) {
      throw badInput('alertId is not the id of a privacy alert');
    }
    // An alert is raised from the logs of a day that has begun, never closed ahead of it; and an
    // officer does not close an alert about their own reads (another officer reviews those).
    if (parsed.day > countyDate(new Date(), ctx.timeZone)) {
      throw badInput('alertId names a day still to come: no alert is raised for it yet');
    }
    if (parsed.subject === ctx.viewer.sub) {
      throw badInput('alertId is an alert about your own reads: another privacy officer closes it');
    }
    const text = note.trim();
    if (!text) throw badInput('note must not be empty');
    if (text.length > MAX_NOTE) throw badInput(`note must be at most ${MAX_NOTE} characters`);
    const kept = await insertAlertFinding(ctx.database, {
      alertId,
      kind: parsed.kind,
      agency: parsed.agency,
      day: parsed.day,
      subject: parsed.subject,
      finding,
      note: text,
      closedBy: ctx.viewer.sub,
      closedByName: ctx.viewer.name ?? null,
      closedAt: new Date(),
    });
    if (!kept) throw badInput('This alert is already closed');
    return toFinding(kept);
  },
};
