import { randomUUID } from 'node:crypto';
import {
  DATA_CATEGORIES,
  decide,
  DEFAULT_PURPOSE,
  emptyFacts,
  ROLE_AGENCY,
  ROLES,
  type Agency,
  type DataCategory,
  type Decision,
  type PolicySet,
  type PurposeOfUse,
  type Role,
  type Viewer,
  type YouthFacts,
} from '@hub/policies';
import type { Gateway, Sent, SendOptions } from './gateway.ts';
import type { Harness } from './harness.ts';
import type { SubgraphShape } from './shape.ts';

/** The subgraph under test, as its agency describes it to the suite. */
export interface ConformanceTarget {
  url: string;
  /** Its name in the supergraph: gateway signatures name it. */
  name: string;
  /** The agency that owns its data: denials must name it. */
  agency: Agency;
  /** Youth ids the subgraph may hold records of; the suite uses the first one it finds data for. */
  youths: readonly string[];
  /** Types exempt from classification, as in the supergraph config. */
  unclassifiedTypes?: readonly string[];
  /**
   * Runs one statement against the subgraph's database inside a transaction that is rolled back,
   * resolving to its rows, rejecting when the database refuses it. With it the suite also tries
   * to change the log.
   */
  sql?: (statement: string) => Promise<unknown[]>;
  /** The disclosure log's table (default `disclosure_log`, the kit's). */
  logTable?: string;
  /**
   * For the registry (`mdt`), whose access facts come from its own tables rather than from
   * `/access-facts`: writes the suite's scenario there. With it, `youths` is not used.
   */
  registry?: RegistryScenario;
}

/**
 * The suite's scenario, written into the registry's own tables (`registryScenario`): youths
 * enrolled for the run, with the suite's viewers on their teams and nothing else linking anyone
 * to them (no crosswalk entry, consent, court order or emergency grant).
 */
export interface RegistryScenario {
  /** A new youth with these viewers on its team from today; `sparse` leaves every optional field empty. */
  enrolYouth(team: readonly Viewer[], opts: { sparse: boolean }): Promise<string>;
  /** Ends one viewer's membership of the youth's team (their last day was yesterday). */
  leaveTeam(viewer: Viewer, youthId: string): Promise<void>;
}

/** `n/a`: the check cannot apply to this kind of subgraph; its details say why and what stands in for it. */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'n/a';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** Why it failed or was skipped; what it saw. */
  details: string[];
}

/** A data request that reached the subgraph: the disclosure checks look for its record. */
export interface Access {
  requestId: string;
  viewer: Viewer;
  purpose: PurposeOfUse;
  youthId: string;
  released: DataCategory[];
  denied: DataCategory[];
}

export interface Viewers {
  /** Staff of the owning agency, the youth served, on the team, with a consent and a court order for everything. */
  owner: Viewer;
  /** Another agency's staff with no link to any youth: must be denied everything. */
  stranger: Viewer;
  /** A privacy officer, reading the accounting under AUDIT. */
  auditor: Viewer;
  /** One team member per role, no consent, their agency not serving the youth. */
  members: Viewer[];
}

const LONG_AGO = '2000-01-01T00:00:00Z';

/** Everything a check needs: the target, the suite's gateway and registry, the shape, the scenario. */
export class RunContext {
  readonly runId = randomUUID().slice(0, 8);
  readonly startedAt = new Date();
  readonly accesses: Access[] = [];
  readonly viewers: Viewers;
  /** A youth the subgraph holds data of (found by the access checks), and one that exists nowhere. */
  heldYouth: string | null = null;
  readonly absentYouth = randomUUID();
  /**
   * A youth with the same facts as the held one but no data of its own: the absent youth for a
   * subgraph that learns facts from the registry; for the registry, whose facts are its data, a
   * sparse youth enrolled on the same team.
   */
  emptyYouth: string = this.absentYouth;
  /** Youths to look for data in: the target's, or those enrolled in the registry. */
  candidates: readonly string[];
  private readonly profiles = new Map<string, (youthId: string) => YouthFacts>();
  /** Registry mode: who is on each enrolled youth's team, as written to the registry's tables. */
  private readonly teams = new Map<string, Set<string>>();

  constructor(
    readonly target: ConformanceTarget,
    readonly gateway: Gateway,
    readonly harness: Harness,
    readonly shape: SubgraphShape,
    readonly policy: PolicySet,
  ) {
    this.candidates = target.youths;
    const agency = target.agency;
    const viewer = (label: string, role: Role): Viewer => ({
      sub: `conformance:${this.runId}:${label}`,
      name: `Conformance ${label}`,
      agency: ROLE_AGENCY[role],
      role,
    });
    const ownRole = ROLES.find((r) => ROLE_AGENCY[r] === agency && r !== 'PRIVACY_OFFICER') ?? 'MDT_COORDINATOR';
    this.viewers = {
      owner: viewer('owner', ownRole),
      stranger: viewer('stranger', agency === 'PROBATION' ? 'CW_SOCIAL_WORKER' : 'PROBATION_OFFICER'),
      auditor: viewer('auditor', 'PRIVACY_OFFICER'),
      members: ROLES.filter((r) => r !== 'PRIVACY_OFFICER').map((r) => viewer(`member-${r.toLowerCase()}`, r)),
    };
    this.profiles.set(this.viewers.owner.sub, (youthId) => ({
      youthId,
      servedBy: [agency],
      team: { onTeam: true },
      consents: [
        {
          id: 'conformance-consent',
          grantor: 'YOUTH',
          categories: DATA_CATEGORIES,
          recipientAgencies: [agency],
          purposes: [],
          status: 'ACTIVE',
          effectiveFrom: LONG_AGO,
          effectiveTo: null,
        },
      ],
      courtOrders: [
        {
          id: 'conformance-order',
          reference: 'JV-0000-0000',
          agency,
          categories: DATA_CATEGORIES,
          purposes: [],
          effectiveFrom: LONG_AGO,
          effectiveTo: null,
        },
      ],
      emergencyGrant: null,
    }));
    for (const member of this.viewers.members) {
      this.profiles.set(member.sub, (youthId) => ({ ...emptyFacts(youthId), team: { onTeam: true } }));
    }
    // The registry's facts do not depend on whether the subgraph holds data: only the subgraph's answer could.
    harness.facts = (v, youthId) => this.factsFor(v, youthId);
  }

  factsFor(viewer: Viewer, youthId: string): YouthFacts {
    if (this.target.registry) {
      // The registry holds only what the suite wrote: team membership of the youths it enrolled.
      const onTeam = this.teams.get(youthId)?.has(viewer.sub) ?? false;
      return { ...emptyFacts(youthId), team: onTeam ? { onTeam: true, role: viewer.role } : { onTeam: false } };
    }
    return (this.profiles.get(viewer.sub) ?? emptyFacts)(youthId);
  }

  /**
   * Registry mode: enrols a youth with data and a sparse one in the registry, the owner and a
   * member of every role on both teams; they become the candidates and the empty youth.
   */
  async enrol(registry: RegistryScenario): Promise<void> {
    const team = [this.viewers.owner, ...this.viewers.members];
    const full = await registry.enrolYouth(team, { sparse: false });
    const sparse = await registry.enrolYouth(team, { sparse: true });
    for (const id of [full, sparse]) this.teams.set(id, new Set(team.map((v) => v.sub)));
    this.candidates = [full];
    this.emptyYouth = sparse;
  }

  /** Registry mode: takes a viewer off a youth's team, in the registry and in the suite's expectations. */
  async leaveTeam(registry: RegistryScenario, viewer: Viewer, youthId: string): Promise<void> {
    await registry.leaveTeam(viewer, youthId);
    this.teams.get(youthId)?.delete(viewer.sub);
  }

  /** What the hub's policy decides for this viewer, youth and category, with the suite's facts. */
  decision(viewer: Viewer, youthId: string, category: DataCategory, purpose: PurposeOfUse = DEFAULT_PURPOSE): Decision {
    return decide(this.policy, viewer, this.factsFor(viewer, youthId), category, purpose, {
      owner: this.target.agency,
    });
  }

  /** Asks for every classified field of one youth; a 200 is remembered as an access to find in the log. */
  async read(viewer: Viewer, youthId: string, opts: Partial<SendOptions> = {}): Promise<Sent> {
    const purpose = opts.purpose ?? DEFAULT_PURPOSE;
    const sent = await this.gateway.send(
      { query: this.shape.entitiesQuery, variables: { r: [{ __typename: 'Youth', id: youthId }] } },
      { viewer, ...opts },
    );
    if (sent.status === 200 && !opts.unsigned) {
      const categories = [...new Set(this.shape.fields.map((f) => f.category))];
      const decided = categories.map((c) => this.decision(viewer, youthId, c, purpose));
      this.accesses.push({
        requestId: sent.requestId,
        viewer,
        purpose,
        youthId,
        released: decided.filter((d) => d.allowed).map((d) => d.category),
        denied: decided.filter((d) => !d.allowed).map((d) => d.category),
      });
    }
    return sent;
  }
}

export const check = (id: string, title: string, details: string[], skipped = false): CheckResult => ({
  id,
  title,
  status: skipped ? 'skip' : details.length ? 'fail' : 'pass',
  details,
});

/** A check that cannot apply to this subgraph, with the reason (never counted as passed). */
export const notApplicable = (id: string, title: string, why: string): CheckResult => ({
  id,
  title,
  status: 'n/a',
  details: [why],
});
