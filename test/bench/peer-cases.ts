/**
 * The peer's clients: what a front end sends to @neo4j/graphql for the same answers. The read
 * cases are one request each. Exposure needs the client to run our scoring on rows the peer's
 * @cypher fields return (peer-exposure.ts), so those answers take several requests.
 */
import { indexOptions } from '../../src/db/search.ts';
import { exactQueries } from '../../src/db/search-query.ts';
import { CASES, type CaseName, type Flow, graphqlBody } from './flows.ts';
import { caseVariables } from './ours-cases.ts';
import { peerExposedFirmsSteps, peerExposureSteps } from './peer-exposure.ts';
import type { Samples } from './samples.ts';

const SOURCES = 'sources { id title }';
const PEER_QUERIES: Record<Exclude<CaseName, 'exposure' | 'exposedFirms'>, string> = {
  node: `query Node($id: ID!) { companies(where: {id: {eq: $id}}) {
    id name aliases kind quote confidence inferred ${SOURCES}
    basedIn { id name } sectors { id name } } }`,
  measure: `query Measure($id: ID!) { measures(where: {id: {eq: $id}}) {
    id kind status description quote sources { id title publisher }
    imposedByConnection { edges { properties { quote } node { ... on Country { id name iso2 } } } }
    targetsConnection { edges { properties { quote } node {
      ... on Country { id name iso2 } ... on Company { id name basedIn { id name } } } } }
    coversConnection { edges { properties { quote sourceIds } node {
      ... on Commodity { id name hsCodes ${SOURCES} memberOf { id name } }
      ... on Sector { id name } } } }
    statusHistoryConnection(sort: [{node: {index: ASC}}]) { edges { node {
      status on onPrecision quote ${SOURCES} } } } } }`,
  measuresPage: `query Page($where: MeasureWhere) {
    measures(where: $where, limit: 51, sort: [{id: ASC}]) {
      id kind status description announcedOn announcedOnPrecision effectiveFrom effectiveFromPrecision
      imposedBy { ... on Country { id name } }
      targets { ... on Country { id name } ... on Company { id name } }
      covers { ... on Commodity { id name } ... on Sector { id name } } } }`,
  search: `query Search($text: String!, $stems: String, $options: SearchOptions!, $limit: Int!) {
    search(text: $text, stems: $stems, options: $options, limit: $limit) {
      id score name description summary } }`,
  timeline: `query Timeline($where: EventWhere) {
    events(where: $where, limit: 51, sort: [{occurredOn: ASC}, {id: ASC}]) {
      id kind summary occurredOn occurredOnPrecision
      by { ... on Country { id name } } about { id description } } }`,
};

/** A page of 20 hits and one more (whether there is a next page), read as ours reads it. */
const SEARCH_PAGE = 20;

/** The parameters of cypher/read/search-nodes.cypher for what a user typed, as ours sets them. */
export function searchVariables(query: string) {
  const options = indexOptions(SEARCH_PAGE, null) as { limit: { toNumber(): number } };
  return {
    ...(exactQueries(query) ?? { text: '""', stems: null }),
    options: { limit: options.limit.toNumber() },
    limit: SEARCH_PAGE + 1,
  };
}

/** Our variables, in the peer's shapes (filters as `where` inputs, search as Lucene). */
const PEER_VARIABLES: Record<keyof typeof PEER_QUERIES, (v: Record<string, unknown>) => object> = {
  node: (v) => v,
  measure: (v) => v,
  measuresPage: (v) => ({ where: v.kinds ? { kind: { in: v.kinds } } : {} }),
  search: (v) => searchVariables(String(v.query)),
  timeline: (v) => ({ where: { occurredOn: { lte: v.to }, endsOn: { gte: v.from } } }),
};

export function peerFlows(samples: Samples): Flow[] {
  const variables = caseVariables(samples, (_type, id) => id);
  const reads = (Object.keys(PEER_QUERIES) as (keyof typeof PEER_QUERIES)[]).map((name) => ({
    name,
    next: variables[name],
    steps: [
      {
        path: '/graphql',
        body: (vars: Record<string, unknown>) =>
          graphqlBody(PEER_QUERIES[name], PEER_VARIABLES[name](vars) as Record<string, unknown>),
      },
    ],
  }));
  const flows: Flow[] = [
    ...reads,
    { name: 'exposure', next: variables.exposure, steps: peerExposureSteps() },
    { name: 'exposedFirms', next: variables.exposedFirms, steps: peerExposedFirmsSteps() },
  ];
  return flows.sort((a, b) => CASES.indexOf(a.name) - CASES.indexOf(b.name));
}
