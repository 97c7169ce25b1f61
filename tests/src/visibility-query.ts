// One youth, every persona, the whole federated record: any policy or schema change shows up
// here as a changed answer. Youth 1 is served by every agency and every persona is on its team.
export const VISIBILITY_QUERY = `query ($id: ID!) {
  youth(id: $id) {
    displayName
    team { role }
    servicePlan { __typename }
    childWelfare { caseNumber currentPlacement { kind } runawayEpisodes { leftOn } csecIndicators { indicator } safetyPlan { updatedOn } }
    health {
      mentalHealth { treatmentStatus }
      psychotherapyNotes { writtenOn }
      substanceUse { status redisclosureNotice }
      sudCounselingNotes { writtenOn }
      sexualHealth { __typename }
      physicalHealth { __typename }
    }
    probation { supervision { status } delinquencyCase { __typename } csecIdentification { status } }
    education { schoolOfRecord { schoolName } }
    districtAttorney { cases { role } }
    publicDefender { matters { kind } communications { channel } }
    lawEnforcement { investigations { youthRole } missingPersonReports { reportNumber } protectiveOrders { kind } contacts { kind } }
  }
}`;
