import { graphql } from '../generated/index.ts';

/** The registry's page maximum is 100; a worklist page shows 50. */
export const PAGE = 50;

// The caseload page's own request, kept apart from the page's React code so that the benchmark
// (bench/hub/queries.ts, Q5) sends exactly what the app sends.
export const CaseloadQuery = graphql(`
  query Caseload($first: Int!, $after: String, $search: String, $scope: CaseloadScope) {
    youths(first: $first, after: $after, search: $search, scope: $scope) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        myLastLook
        node {
          id
          displayName
          dateOfBirth
          childWelfare {
            currentPlacement {
              kind
            }
            latestCsecScreening {
              level
              screenedOn
              rescreenOverdue
            }
            missingNow {
              since
              hours
              episode {
                reportingClocks {
                  kind
                  status
                  dueAt
                }
              }
            }
          }
          probation {
            missingNow {
              since
              hours
              episode {
                reportingClocks {
                  kind
                  status
                  dueAt
                }
              }
            }
            delinquencyCase {
              nextHearingOn
            }
            latestCsecScreening {
              result
              screenedOn
            }
          }
          districtAttorney {
            upcomingCourtDates {
              scheduledOn
            }
          }
        }
      }
    }
  }
`);
