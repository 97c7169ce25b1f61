import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../../schema/contract.graphql', './schema.graphql'],
  generates: {
    './src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        contextType: '@hub/subgraph-kit#SubgraphContext',
        mappers: {
          Accounting: '../mappers.ts#AccountingParent',
          ChainAudit: '../mappers.ts#ChainAuditParent',
          ViewerAccess: '../mappers.ts#ViewerAccessParent',
          PrivacyAlerts: '../mappers.ts#PrivacyAlertsParent',
          PrivacyAlert: '@hub/subgraph-kit#PrivacyAlert as KitPrivacyAlert',
          DisclosurePage: '@hub/subgraph-kit#DisclosurePage as KitDisclosurePage',
          Youth: '../mappers.ts#YouthParent',
          TeamMember: '../mappers.ts#TeamMemberParent',
          MdtNote: '../mappers.ts#MdtNoteParent',
          MdtNoteAmendment: '../db/schema.ts#MdtNoteRow',
          ActionItem: '../mappers.ts#ActionItemParent',
          MdtReferral: '../db/referrals.ts#ReferralWithDecision',
          MdtMeeting: '../mappers.ts#MdtMeetingParent',
          MdtAgendaEntry: '../mappers.ts#MdtAgendaEntryParent',
          MdtInvitee: '../mappers.ts#MdtInviteeParent',
          MdtDirectoryPerson: '../db/schema.ts#MdtPersonRow',
          YouthConnection: '../mappers.ts#YouthConnectionParent',
          Consent: '../db/schema.ts#ConsentRow',
          TeamEnd: '../db/team-consent.ts#TeamEnd as TeamEndRow',
          ConsentRestriction: '../db/team-consent.ts#Restriction',
          CourtOrder: '../db/court-orders.ts#CourtOrderWithEnd',
          ServiceNeed: '../db/schema.ts#ServiceNeedRow',
          EmergencyGrant: '../db/schema.ts#EmergencyGrantRow',
          EmergencyGrantConnection: '../mappers.ts#EmergencyGrantConnectionParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
        avoidOptionals: false,
      },
    },
  },
};
export default config;
