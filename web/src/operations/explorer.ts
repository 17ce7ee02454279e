/**
 * Every GraphQL operation the explorer sends, in one place. `npm run codegen` checks them against
 * schema.graphql and types them (web/src/gql/); the pages never write a query string or a result
 * type by hand.
 */
import { graphql } from '../gql/index.ts';

export const SearchQuery = graphql(`
  query ExplorerSearch($query: String!, $kinds: [SearchKind!]) {
    search(query: $query, kinds: $kinds, first: 20) {
      edges {
        score
        field
        snippet
        fuzzy
        node {
          __typename
          id
          label
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const MeasureQuery = graphql(`
  query ExplorerMeasure($id: ID!) {
    node(id: $id) {
      __typename
      id
      label
      ... on Measure {
        title
        description
        kind
        status
        hypothetical
        quote
        announcedOn {
          date
          precision
        }
        effectiveFrom {
          date
          precision
        }
        liftedOn {
          date
          precision
        }
        scope {
          kind
          quote
          inferred
          rationale
        }
        imposedBy(first: 5) {
          edges {
            node {
              id
              label
            }
          }
        }
        targets(first: 20) {
          edges {
            node {
              id
              label
            }
          }
        }
        exempts(first: 20) {
          edges {
            node {
              id
              label
            }
          }
        }
        covers(first: 50) {
          totalCount
          edges {
            quote
            inferred
            node {
              __typename
              ... on Node {
                id
                label
              }
            }
          }
        }
        statusHistory(first: 20) {
          edges {
            node {
              id
              status
              quote
              inferred
              rationale
              on {
                date
                precision
              }
              sources {
                id
                title
                url
              }
            }
          }
        }
        sources {
          id
          title
          url
          publisher
        }
      }
    }
  }
`);

export const ExposedFirmsQuery = graphql(`
  query ExplorerExposedFirms($measure: ID!, $asOf: Date, $minScore: Float) {
    exposedFirms(measure: $measure, asOf: $asOf, minScore: $minScore, first: 100) {
      totalCount
      uncertain
      uncertainty
      edges {
        node {
          score
          firm {
            id
            label
          }
          path {
            status
            hops {
              type
            }
          }
        }
      }
      error {
        __typename
        ... on Error {
          message
        }
      }
    }
  }
`);

export const FirmQuery = graphql(`
  query ExplorerFirm($id: ID!, $asOf: Date) {
    node(id: $id) {
      __typename
      id
      label
      ... on Company {
        description
        basedIn(first: 3) {
          edges {
            node {
              id
              label
            }
          }
        }
      }
    }
    exposure(firm: $id, asOf: $asOf) {
      total
      uncertain
      uncertainty
      measures {
        score
        measure {
          id
          label
          status
        }
        path {
          score
          status
          uncertain
          uncertainty
          steps {
            from {
              __typename
              id
              label
            }
            to {
              __typename
              id
              label
            }
          }
          hops {
            type
            weight
            inferred
            rationale
            confidence
            criticality
            scope
            quote
            from {
              __typename
              id
              label
            }
            to {
              __typename
              id
              label
            }
            sources {
              id
              title
              url
              publisher
              text
            }
          }
        }
      }
      error {
        __typename
        ... on Error {
          message
        }
      }
    }
  }
`);

export const SimulateQuery = graphql(`
  query ExplorerSimulate($measure: HypotheticalMeasureInput!) {
    simulate(measure: $measure) {
      firms {
        score
        firm {
          id
          label
        }
        path {
          hops {
            type
          }
        }
      }
      sectors {
        score
        sector {
          id
          label
        }
      }
      error {
        __typename
        ... on UnknownGoodError {
          good
          closestMatches {
            id
            label
          }
        }
        ... on Error {
          message
        }
      }
    }
  }
`);

export const CountriesQuery = graphql(`
  query ExplorerCountries($after: String) {
    countries(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
        }
      }
    }
  }
`);

export const GoodsQuery = graphql(`
  query ExplorerGoods {
    commodities(first: 100) {
      edges {
        node {
          id
          label
          hsCodes
        }
      }
    }
  }
`);

export const TimelineQuery = graphql(`
  query ExplorerTimeline {
    events(first: 100) {
      totalCount
      edges {
        node {
          id
          label
          kind
          summary
          occurredOn {
            date
            precision
          }
          sources {
            id
            title
            url
          }
        }
      }
    }
    statements(first: 100) {
      totalCount
      edges {
        node {
          id
          label
          text
          attributedTo
          saidOn {
            date
            precision
          }
          by(first: 1) {
            edges {
              node {
                id
                label
              }
            }
          }
          sources {
            id
            title
            url
          }
        }
      }
    }
    measures(first: 100) {
      totalCount
      edges {
        node {
          id
          label
          status
          announcedOn {
            date
            precision
          }
          effectiveFrom {
            date
            precision
          }
          sources {
            id
            title
            url
          }
        }
      }
    }
  }
`);
