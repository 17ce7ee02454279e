/**
 * The query mix as a front end sends it to our API: one GraphQL request per answer. Ids are Relay
 * global ids, which are the graph's ids (`company:…`), as our clients hold them.
 */
import { type CaseName, type Flow, graphqlBody, rotate } from './flows.ts';
import { AS_OF, type Samples } from './samples.ts';

const globalId = (_type: string, id: string) => id;

const SOURCES = 'sources { id title }';
export const OUR_QUERIES: Record<CaseName, string> = {
  node: `query Node($id: ID!) { node(id: $id) { id ... on Company {
    name aliases kind quote confidence inferred ${SOURCES}
    basedIn { edges { node { id name } } }
    sectors { edges { node { id name } } } } } }`,
  measure: `query Measure($id: ID!) { node(id: $id) { id ... on Measure {
    kind status description quote sources { id title publisher }
    imposedBy { edges { quote node { ... on Country { id name iso2 } } } }
    targets { edges { quote node {
      ... on Country { id name iso2 }
      ... on Company { id name basedIn { edges { node { id name } } } } } } }
    covers { edges { quote ${SOURCES} node {
      ... on Commodity { id name hsCodes ${SOURCES} memberOf { edges { node { id name } } } }
      ... on Sector { id name } } } }
    statusHistory { edges { node { status on { date precision } quote ${SOURCES} } } } } } }`,
  measuresPage: `query Page($kinds: [MeasureKind!]) {
    measures(first: 50, filter: {kinds: $kinds}) { edges { node {
      id kind status description announcedOn { date precision } effectiveFrom { date precision }
      imposedBy { edges { node { ... on Country { id name } } } }
      targets { edges { node { ... on Country { id name } ... on Company { id name } } } }
      covers { edges { node { ... on Commodity { id name } ... on Sector { id name } } } } } }
    pageInfo { hasNextPage endCursor } } }`,
  search: `query Search($query: String!) { search(query: $query, first: 20) { edges { score node { id
    ... on Company { name } ... on Country { name } ... on Commodity { name }
    ... on Sector { name } ... on Measure { description } ... on Event { summary } } } } }`,
  exposure: `query Exposure($firm: ID!, $asOf: Date) { exposure(firm: $firm, asOf: $asOf) {
    total measures { score measure { id description }
      path { score status supplyShare hops {
        type weight criticality quote inferred from { id } to { id } ${SOURCES} } } }
    error { ... on Error { message } } } }`,
  exposedFirms: `query Exposed($measure: ID!, $asOf: Date) {
    exposedFirms(measure: $measure, asOf: $asOf, first: 50) {
      edges { node { score firm { id name }
        path { score status hops { type weight quote from { id } to { id } } } } }
        pageInfo { hasNextPage } error { ... on Error { message } } } }`,
  timeline: `query Timeline($from: Date, $to: Date) {
    events(first: 50, filter: {between: {from: $from, to: $to}}) { edges { node {
      id kind summary occurredOn { date precision }
      by { edges { node { ... on Country { id name } } } }
      about { edges { node { ... on Measure { id description } } } } } }
    pageInfo { hasNextPage endCursor } } }`,
};

/**
 * Variables of each case, in turn from the samples; `toId` turns a node id into what the target's
 * clients hold (our global ids; plain ids for the floor and the peer).
 */
export function caseVariables(
  samples: Samples,
  toId: (type: string, id: string) => string,
): Record<CaseName, () => Record<string, unknown>> {
  const firm = rotate(samples.firmIds.map((id) => toId('Company', id)));
  const measure = rotate(samples.measureIds.map((id) => toId('Measure', id)));
  const active = rotate(samples.activeMeasureIds.map((id) => toId('Measure', id)));
  const term = rotate(samples.searchTerms);
  const kind = rotate(samples.measureKinds);
  const window = rotate(samples.windows);
  return {
    node: () => ({ id: firm() }),
    measure: () => ({ id: measure() }),
    measuresPage: () => {
      const k = kind();
      return { kinds: k ? [k] : null };
    },
    search: () => ({ query: term() }),
    exposure: () => ({ firm: firm(), asOf: AS_OF }),
    exposedFirms: () => ({ measure: active(), asOf: AS_OF }),
    timeline: () => window(),
  };
}

export function ourFlows(samples: Samples): Flow[] {
  const variables = caseVariables(samples, globalId);
  return (Object.keys(OUR_QUERIES) as CaseName[]).map((name) => ({
    name,
    next: variables[name],
    steps: [{ path: '/graphql', body: (vars) => graphqlBody(OUR_QUERIES[name], vars) }],
  }));
}
