import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';
import { VISIBILITY_QUERY as SUMMARY } from '../src/visibility-query.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

/** Each persona's answer, errors reduced to path and reason so the snapshot stays readable. */
async function seenBy(persona: string, purpose?: string) {
  const { json } = await hub.query(persona, SUMMARY, { id: hub.world.youths[1]!.id }, purpose ? { purpose } : {});
  const denied = (json.errors ?? []).map(
    (e: { path?: (string | number)[]; extensions: { reason?: string; code: string; ruleId?: string } }) =>
      `${(e.path ?? []).slice(1).join('.')}: ${e.extensions.reason ?? e.extensions.code} (${e.extensions.ruleId ?? ''})`,
  );
  const notice = json.data?.youth?.health?.substanceUse?.redisclosureNotice;
  if (notice) json.data.youth.health.substanceUse.redisclosureNotice = '<42 CFR 2.32 notice>';
  return {
    data: json.data,
    denied: denied.sort(),
    obligations: (json.extensions?.obligations ?? []).map((o: { code: string }) => o.code),
  };
}

// Inline snapshots, one test per persona: a policy or schema change is a changed answer in this
// file, in review. Update with `npx vitest run tests/hub/visibility-matrix.test.ts -u`.
describe('the visibility matrix on one youth', () => {
  it('sw-garcia', async () => {
    expect(await seenBy('sw-garcia')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": [
                {
                  "role": "VICTIM",
                },
              ],
            },
            "education": {
              "schoolOfRecord": {
                "schoolName": "New Mikayla High School",
              },
            },
            "health": {
              "mentalHealth": {
                "treatmentStatus": "ACTIVE",
              },
              "physicalHealth": {
                "__typename": "PhysicalHealthRecord",
              },
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CLINICIAN",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PROSECUTOR",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "PUBLIC_HEALTH_NURSE",
              },
              {
                "role": "SCHOOL_LIAISON",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
              {
                "role": "VICTIM_ADVOCATE",
              },
            ],
          },
        },
        "denied": [
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.cw-worker)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.cw-worker)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
        ],
        "obligations": [],
      }
    `);
  });

  it('po-nguyen', async () => {
    expect(await seenBy('po-nguyen')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": [
                {
                  "role": "VICTIM",
                },
              ],
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": {
                "treatmentStatus": "ACTIVE",
              },
              "physicalHealth": {
                "__typename": "PhysicalHealthRecord",
              },
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CLINICIAN",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PROSECUTOR",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "PUBLIC_HEALTH_NURSE",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
              {
                "role": "VICTIM_ADVOCATE",
              },
            ],
          },
        },
        "denied": [
          "education.schoolOfRecord: CONSENT_REQUIRED (education.consent.probation)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.probation)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.probation)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
        ],
        "obligations": [],
      }
    `);
  });

  it('clin-okafor', async () => {
    expect(await seenBy('clin-okafor')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": {
                "treatmentStatus": "ACTIVE",
              },
              "physicalHealth": {
                "__typename": "PhysicalHealthRecord",
              },
              "psychotherapyNotes": [
                {
                  "writtenOn": "2026-07-22",
                },
                {
                  "writtenOn": "2026-10-06",
                },
                {
                  "writtenOn": "2026-10-17",
                },
              ],
              "sexualHealth": null,
              "substanceUse": {
                "redisclosureNotice": "<42 CFR 2.32 notice>",
                "status": "IN_TREATMENT",
              },
              "sudCounselingNotes": [
                {
                  "writtenOn": "2026-08-15",
                },
                {
                  "writtenOn": "2026-08-27",
                },
              ],
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CLINICIAN",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "PUBLIC_HEALTH_NURSE",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
            ],
          },
        },
        "denied": [
          "districtAttorney.cases: CONSENT_REQUIRED (victim-witness.consent.clinician)",
          "education.schoolOfRecord: CONSENT_REQUIRED (education.consent.clinician)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.clinician)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
        ],
        "obligations": [
          "PART2_REDISCLOSURE_NOTICE",
        ],
      }
    `);
  });

  it('phn-silva', async () => {
    expect(await seenBy('phn-silva')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": {
                "treatmentStatus": "ACTIVE",
              },
              "physicalHealth": {
                "__typename": "PhysicalHealthRecord",
              },
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CLINICIAN",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "PUBLIC_HEALTH_NURSE",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
            ],
          },
        },
        "denied": [
          "districtAttorney.cases: CONSENT_REQUIRED (victim-witness.consent.ph-nurse)",
          "education.schoolOfRecord: CONSENT_REQUIRED (education.consent.ph-nurse)",
          "health.psychotherapyNotes: NEVER_SHARED (psychotherapy-notes.never.ph-nurse)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.ph-nurse)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.ph-nurse)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
        ],
        "obligations": [],
      }
    `);
  });

  it('school-park', async () => {
    expect(await seenBy('school-park')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": null,
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": {
                "schoolName": "New Mikayla High School",
              },
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": null,
              "investigations": null,
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": null,
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": null,
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "SCHOOL_LIAISON",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
            ],
          },
        },
        "denied": [
          "childWelfare.caseNumber: NEVER_SHARED (cw-case.team.school)",
          "districtAttorney.cases: CONSENT_REQUIRED (victim-witness.consent.school)",
          "health.mentalHealth: CONSENT_REQUIRED (mh.consent.school)",
          "health.physicalHealth: CONSENT_REQUIRED (physical-health.consent.school)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.school)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.school)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "lawEnforcement.contacts: CONSENT_REQUIRED (law-enforcement.consent.school)",
          "lawEnforcement.investigations: CONSENT_REQUIRED (law-enforcement.consent.school)",
          "lawEnforcement.protectiveOrders: CONSENT_REQUIRED (law-enforcement.consent.school)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
          "publicDefender.matters: NEVER_SHARED (delinquency.team.school)",
        ],
        "obligations": [],
      }
    `);
  });

  it('da-reyes', async () => {
    expect(await seenBy('da-reyes')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": [
                {
                  "role": "VICTIM",
                },
              ],
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PROSECUTOR",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
              {
                "role": "VICTIM_ADVOCATE",
              },
            ],
          },
        },
        "denied": [
          "education.schoolOfRecord: COURT_ORDER_REQUIRED (education.court-order.prosecutor)",
          "health.mentalHealth: CONSENT_REQUIRED (mh.consent.prosecutor)",
          "health.physicalHealth: COURT_ORDER_REQUIRED (physical-health.court-order.prosecutor)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.prosecutor)",
          "health.substanceUse: COURT_ORDER_REQUIRED (su.court-order.prosecutor)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
        ],
        "obligations": [],
      }
    `);
  });

  it('va-mensah', async () => {
    expect(await seenBy('va-mensah')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": [
                {
                  "role": "VICTIM",
                },
              ],
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PROSECUTOR",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
              {
                "role": "VICTIM_ADVOCATE",
              },
            ],
          },
        },
        "denied": [
          "education.schoolOfRecord: COURT_ORDER_REQUIRED (education.court-order.victim-advocate)",
          "health.mentalHealth: CONSENT_REQUIRED (mh.consent.victim-advocate)",
          "health.physicalHealth: COURT_ORDER_REQUIRED (physical-health.court-order.victim-advocate)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.victim-advocate)",
          "health.substanceUse: COURT_ORDER_REQUIRED (su.court-order.victim-advocate)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
        ],
        "obligations": [],
      }
    `);
  });

  it('pd-cohen', async () => {
    expect(await seenBy('pd-cohen')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": {
                "schoolName": "New Mikayla High School",
              },
            },
            "health": {
              "mentalHealth": {
                "treatmentStatus": "ACTIVE",
              },
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": null,
              "investigations": null,
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": null,
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": {
                "__typename": "ProbationDelinquencyCase",
              },
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": [
                {
                  "channel": "IN_PERSON",
                },
                {
                  "channel": "IN_PERSON",
                },
                {
                  "channel": "VIDEO",
                },
                {
                  "channel": "IN_PERSON",
                },
                {
                  "channel": "IN_PERSON",
                },
              ],
              "matters": [
                {
                  "kind": "DELINQUENCY",
                },
              ],
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CLINICIAN",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "PUBLIC_HEALTH_NURSE",
              },
              {
                "role": "SCHOOL_LIAISON",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
            ],
          },
        },
        "denied": [
          "districtAttorney.cases: CONSENT_REQUIRED (victim-witness.consent.defender)",
          "health.physicalHealth: CONSENT_REQUIRED (physical-health.consent.defender)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.defender)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.defender)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "lawEnforcement.contacts: CONSENT_REQUIRED (law-enforcement.consent.defender)",
          "lawEnforcement.investigations: CONSENT_REQUIRED (law-enforcement.consent.defender)",
          "lawEnforcement.protectiveOrders: CONSENT_REQUIRED (law-enforcement.consent.defender)",
        ],
        "obligations": [],
      }
    `);
  });

  it('cbo-james', async () => {
    expect(await seenBy('cbo-james')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": null,
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": null,
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": null,
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": null,
              "investigations": null,
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": null,
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": null,
              "supervision": null,
            },
            "publicDefender": {
              "communications": null,
              "matters": null,
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
            ],
          },
        },
        "denied": [
          "childWelfare.caseNumber: CONSENT_REQUIRED (cw-case.consent.cbo)",
          "childWelfare.currentPlacement: CONSENT_REQUIRED (placement.consent.cbo)",
          "childWelfare.safetyPlan: CONSENT_REQUIRED (safety-plan.consent.cbo)",
          "districtAttorney.cases: CONSENT_REQUIRED (victim-witness.consent.cbo)",
          "education.schoolOfRecord: CONSENT_REQUIRED (education.consent.cbo)",
          "health.mentalHealth: CONSENT_REQUIRED (mh.consent.cbo)",
          "health.physicalHealth: CONSENT_REQUIRED (physical-health.consent.cbo)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.cbo)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.cbo)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "lawEnforcement.contacts: CONSENT_REQUIRED (law-enforcement.consent.cbo)",
          "lawEnforcement.investigations: CONSENT_REQUIRED (law-enforcement.consent.cbo)",
          "lawEnforcement.protectiveOrders: CONSENT_REQUIRED (law-enforcement.consent.cbo)",
          "probation.delinquencyCase: COURT_ORDER_REQUIRED (delinquency.court-order.cbo)",
          "probation.supervision: CONSENT_REQUIRED (probation.consent.cbo)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
          "publicDefender.matters: COURT_ORDER_REQUIRED (delinquency.court-order.cbo)",
        ],
        "obligations": [],
      }
    `);
  });

  it('mentor-lee', async () => {
    expect(await seenBy('mentor-lee')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": null,
              "csecIndicators": null,
              "currentPlacement": null,
              "runawayEpisodes": null,
              "safetyPlan": null,
            },
            "displayName": null,
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": null,
              "investigations": null,
              "missingPersonReports": null,
              "protectiveOrders": null,
            },
            "probation": {
              "csecIdentification": null,
              "delinquencyCase": null,
              "supervision": null,
            },
            "publicDefender": {
              "communications": null,
              "matters": null,
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
            ],
          },
        },
        "denied": [
          "childWelfare.caseNumber: CONSENT_REQUIRED (cw-case.consent.mentor)",
          "childWelfare.csecIndicators: CONSENT_REQUIRED (csec.consent.mentor)",
          "childWelfare.currentPlacement: CONSENT_REQUIRED (placement.consent.mentor)",
          "childWelfare.runawayEpisodes: CONSENT_REQUIRED (runaway.consent.mentor)",
          "childWelfare.safetyPlan: CONSENT_REQUIRED (safety-plan.consent.mentor)",
          "displayName: CONSENT_REQUIRED (identity.consent.mentor)",
          "districtAttorney.cases: CONSENT_REQUIRED (victim-witness.consent.mentor)",
          "education.schoolOfRecord: CONSENT_REQUIRED (education.consent.mentor)",
          "health.mentalHealth: CONSENT_REQUIRED (mh.consent.mentor)",
          "health.physicalHealth: CONSENT_REQUIRED (physical-health.consent.mentor)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: CONSENT_REQUIRED (sexual-health.consent.mentor)",
          "health.substanceUse: CONSENT_REQUIRED (su.consent.mentor)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "lawEnforcement.contacts: CONSENT_REQUIRED (law-enforcement.consent.mentor)",
          "lawEnforcement.investigations: CONSENT_REQUIRED (law-enforcement.consent.mentor)",
          "lawEnforcement.missingPersonReports: CONSENT_REQUIRED (runaway.consent.mentor)",
          "lawEnforcement.protectiveOrders: CONSENT_REQUIRED (law-enforcement.consent.mentor)",
          "probation.csecIdentification: CONSENT_REQUIRED (csec.consent.mentor)",
          "probation.delinquencyCase: COURT_ORDER_REQUIRED (delinquency.court-order.mentor)",
          "probation.supervision: CONSENT_REQUIRED (probation.consent.mentor)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
          "publicDefender.matters: COURT_ORDER_REQUIRED (delinquency.court-order.mentor)",
        ],
        "obligations": [],
      }
    `);
  });

  // Issue 19: the county detective on the team reads as the table's Detective column says: the
  // MDT's categories, never health, education or the delinquency file without a court order.
  it('det-morales', async () => {
    expect(await seenBy('det-morales')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": "CW-100001",
              "csecIndicators": [
                {
                  "indicator": "Uses "the life" slang",
                },
                {
                  "indicator": "Unexplained money or goods",
                },
                {
                  "indicator": "Unexplained injuries",
                },
              ],
              "currentPlacement": {
                "kind": "FOSTER_HOME",
              },
              "runawayEpisodes": [
                {
                  "leftOn": "2025-01-25",
                },
                {
                  "leftOn": "2025-02-26",
                },
                {
                  "leftOn": "2025-11-05",
                },
                {
                  "leftOn": "2026-06-24",
                },
                {
                  "leftOn": "2026-10-29",
                },
              ],
              "safetyPlan": {
                "updatedOn": "2026-08-15",
              },
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": [
                {
                  "role": "VICTIM",
                },
              ],
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": [
                {
                  "kind": "WELFARE_CHECK",
                },
                {
                  "kind": "WELFARE_CHECK",
                },
              ],
              "investigations": [
                {
                  "youthRole": "VICTIM",
                },
              ],
              "missingPersonReports": [
                {
                  "reportNumber": "LE-25-573655",
                },
                {
                  "reportNumber": "LE-25-106302",
                },
                {
                  "reportNumber": "LE-25-558923",
                },
                {
                  "reportNumber": "LE-26-034772",
                },
                {
                  "reportNumber": "LE-26-780862",
                },
              ],
              "protectiveOrders": [],
            },
            "probation": {
              "csecIdentification": {
                "status": "IDENTIFIED",
              },
              "delinquencyCase": null,
              "supervision": {
                "status": "ACTIVE",
              },
            },
            "publicDefender": {
              "communications": null,
              "matters": null,
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PROSECUTOR",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
              {
                "role": "VICTIM_ADVOCATE",
              },
            ],
          },
        },
        "denied": [
          "education.schoolOfRecord: COURT_ORDER_REQUIRED (education.court-order.detective)",
          "health.mentalHealth: COURT_ORDER_REQUIRED (mh.court-order.detective)",
          "health.physicalHealth: COURT_ORDER_REQUIRED (physical-health.court-order.detective)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: COURT_ORDER_REQUIRED (sexual-health.court-order.detective)",
          "health.substanceUse: COURT_ORDER_REQUIRED (su.court-order.detective)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "probation.delinquencyCase: COURT_ORDER_REQUIRED (delinquency.court-order.detective)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
          "publicDefender.matters: COURT_ORDER_REQUIRED (delinquency.court-order.detective)",
        ],
        "obligations": [],
      }
    `);
  });

  it('coord-ortiz', async () => {
    expect(await seenBy('coord-ortiz')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": {
            "childWelfare": {
              "caseNumber": null,
              "csecIndicators": null,
              "currentPlacement": null,
              "runawayEpisodes": null,
              "safetyPlan": null,
            },
            "displayName": "S. C.",
            "districtAttorney": {
              "cases": null,
            },
            "education": {
              "schoolOfRecord": null,
            },
            "health": {
              "mentalHealth": null,
              "physicalHealth": null,
              "psychotherapyNotes": null,
              "sexualHealth": null,
              "substanceUse": null,
              "sudCounselingNotes": null,
            },
            "lawEnforcement": {
              "contacts": null,
              "investigations": null,
              "missingPersonReports": null,
              "protectiveOrders": null,
            },
            "probation": {
              "csecIdentification": null,
              "delinquencyCase": null,
              "supervision": null,
            },
            "publicDefender": {
              "communications": null,
              "matters": null,
            },
            "servicePlan": {
              "__typename": "ServicePlan",
            },
            "team": [
              {
                "role": "CBO_ADVOCATE",
              },
              {
                "role": "CLINICIAN",
              },
              {
                "role": "CW_SOCIAL_WORKER",
              },
              {
                "role": "LAW_ENFORCEMENT_OFFICER",
              },
              {
                "role": "MDT_COORDINATOR",
              },
              {
                "role": "PROBATION_OFFICER",
              },
              {
                "role": "PROSECUTOR",
              },
              {
                "role": "PUBLIC_DEFENDER",
              },
              {
                "role": "PUBLIC_HEALTH_NURSE",
              },
              {
                "role": "SCHOOL_LIAISON",
              },
              {
                "role": "SURVIVOR_MENTOR",
              },
              {
                "role": "VICTIM_ADVOCATE",
              },
            ],
          },
        },
        "denied": [
          "childWelfare.caseNumber: NEVER_SHARED (coordinator.no-agency-records)",
          "childWelfare.csecIndicators: NEVER_SHARED (coordinator.no-agency-records)",
          "childWelfare.currentPlacement: NEVER_SHARED (coordinator.no-agency-records)",
          "childWelfare.runawayEpisodes: NEVER_SHARED (coordinator.no-agency-records)",
          "childWelfare.safetyPlan: NEVER_SHARED (coordinator.no-agency-records)",
          "districtAttorney.cases: NEVER_SHARED (coordinator.no-agency-records)",
          "education.schoolOfRecord: NEVER_SHARED (coordinator.no-agency-records)",
          "health.mentalHealth: NEVER_SHARED (coordinator.no-agency-records)",
          "health.physicalHealth: NEVER_SHARED (coordinator.no-agency-records)",
          "health.psychotherapyNotes: NEVER_SHARED (invariant.psychotherapy-notes)",
          "health.sexualHealth: NEVER_SHARED (coordinator.no-agency-records)",
          "health.substanceUse: NEVER_SHARED (coordinator.no-agency-records)",
          "health.sudCounselingNotes: NEVER_SHARED (invariant.sud-counseling-notes)",
          "lawEnforcement.contacts: NEVER_SHARED (coordinator.no-agency-records)",
          "lawEnforcement.investigations: NEVER_SHARED (coordinator.no-agency-records)",
          "lawEnforcement.missingPersonReports: NEVER_SHARED (coordinator.no-agency-records)",
          "lawEnforcement.protectiveOrders: NEVER_SHARED (coordinator.no-agency-records)",
          "probation.csecIdentification: NEVER_SHARED (coordinator.no-agency-records)",
          "probation.delinquencyCase: NEVER_SHARED (coordinator.no-agency-records)",
          "probation.supervision: NEVER_SHARED (coordinator.no-agency-records)",
          "publicDefender.communications: NEVER_SHARED (invariant.attorney-client)",
          "publicDefender.matters: NEVER_SHARED (coordinator.no-agency-records)",
        ],
        "obligations": [],
      }
    `);
  });

  it('privacy-shah (purpose AUDIT) sees no records', async () => {
    expect(await seenBy('privacy-shah', 'AUDIT')).toMatchInlineSnapshot(`
      {
        "data": {
          "youth": null,
        },
        "denied": [],
        "obligations": [],
      }
    `);
  });
});
