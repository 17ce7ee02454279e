/**
 * The peer: @neo4j/graphql (v7) serving type definitions equivalent to ours over the same graph.
 * Relationships become its generated fields and connections (with provenance as relationship
 * properties); `sources` and the event's end are @cypher fields; the exposure queries are @cypher
 * fields carrying the very text of cypher/exposure/*.cypher, each wrapped in `CALL () { … }` so
 * its several columns come back as one map per row.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, compact, parametersOf } from '../../src/db/cypher.ts';

const SOURCES = `sources: [Source!]! @cypher(statement: """
  UNWIND this.sourceIds AS sourceId MATCH (s:Entity {id: sourceId}) RETURN s""", columnName: "s")`;
const FACT = `quote: String\n  confidence: Float\n  inferred: Boolean\n  rationale: String\n  sourceIds: [String!]\n  ${SOURCES}`;

/** The GraphQL type of each parameter the @cypher root fields take (else a list of ids). */
const PARAMETER_TYPES: Record<string, string> = {
  maxHops: 'Int!',
  asOf: 'String!',
  firmId: 'String!',
  measureId: 'String!',
  knownAt: 'String = null',
  countryIds: '[String!] = null',
  // find-measures-against's (null: every covered good); find-firm-paths' always gets a list.
  goodIds: '[String!] = null',
  allDestinations: 'Boolean!',
  likelihood: 'Float!',
  minScore: 'Float!',
  offset: 'Int!',
  limit: 'Int!',
  weights: 'RankWeights!',
  // search-nodes.cypher's
  text: 'String!',
  stems: 'String',
  options: 'SearchOptions!',
  labels: '[String!] = null',
  includeRetracted: 'Boolean! = false',
  fields: '[String!]! = []',
};

/**
 * A root field whose @cypher statement is a file of cypher/ (`exposure/…`, `read/search-nodes`),
 * wrapped so that each row comes back as one map `row`; its arguments are the file's
 * `$parameters`.
 */
function cypherField(name: string, file: string, row: string, rowType: string): string {
  // Sent as ours is, without its comment lines (compact): the same bytes to Neo4j as ours.
  const text = compact(readFileSync(path.join(CYPHER_DIR, `${file}.cypher`), 'utf8'));
  const args = parametersOf(text).map((p) => `${p}: ${PARAMETER_TYPES[p] ?? '[String!]!'}`);
  const statement = `CALL () {\n${text}\n}\nRETURN ${row} AS row`;
  return `${name}(${args.join(', ')}): [${rowType}!]! @cypher(statement: """${statement}""", columnName: "row")`;
}

/** An exposure query as a root field: its columns, each under its own name. */
const exposureField = (name: string, file: string, columns: string[], rowType: string) =>
  cypherField(
    name,
    `exposure/${file}`,
    `{${columns.map((c) => `${c}: ${c}`).join(', ')}}`,
    rowType,
  );

/**
 * `search`, answering what ours answers (the same hits, scores and order): a user of the peer
 * who wants stems, both spellings and positions held puts cypher/read/search-nodes.cypher in a
 * @cypher field, as with the exposure queries, and projects each hit into a row (a union of the
 * searchable types would have to name every kind).
 */
const searchField = () =>
  cypherField(
    'search',
    'read/search-nodes',
    '{id: n.id, score: score, name: n.name, description: n.description, summary: n.summary}',
    'SearchHit',
  );

export function peerTypeDefs(): string {
  const scope = [
    'measureId',
    'changes',
    'scope',
    'scopeProps',
    'targetHops',
    'exemptIds',
    'imposerIds',
    'coverHops',
  ];
  const paths = ['goodId', 'hops', 'goodIds'];
  return `
type Provenance @relationshipProperties {
  quote: String
  confidence: Float
  inferred: Boolean
  rationale: String
  sourceIds: [String!]
  criticality: Float
}
type Source @node { id: ID! title: String! publisher: String kind: String }
type Country @node { id: ID! name: String! iso2: String iso3: String ${FACT} }
type Sector @node { id: ID! name: String! ${FACT} }
type Company @node {
  id: ID! name: String! aliases: [String!] kind: String ${FACT}
  basedIn: [Country!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Provenance")
  sectors: [Sector!]! @relationship(type: "IN_SECTOR", direction: OUT, properties: "Provenance")
}
type Commodity @node {
  id: ID! name: String! hsCodes: [String!] ${FACT}
  memberOf: [Commodity!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Provenance")
}
union Actor = Country | Company
union Covered = Commodity | Sector
input SearchOptions { limit: Int }
type SearchHit { id: String! score: Float! name: String description: String summary: String }
type StatusChange @node { id: ID! status: String! on: Date! onPrecision: String index: Int ${FACT} }
type Measure @node {
  id: ID! kind: String! status: String description: String!
  announcedOn: Date announcedOnPrecision: String effectiveFrom: Date effectiveFromPrecision: String
  ${FACT}
  imposedBy: [Actor!]! @relationship(type: "IMPOSED_BY", direction: OUT, properties: "Provenance")
  targets: [Actor!]! @relationship(type: "TARGETS", direction: OUT, properties: "Provenance")
  covers: [Covered!]! @relationship(type: "COVERS", direction: OUT, properties: "Provenance")
  statusHistory: [StatusChange!]! @relationship(type: "HAD_STATUS", direction: OUT, properties: "Provenance")
}
type Event @node {
  id: ID! kind: String! summary: String! occurredOn: Date occurredOnPrecision: String ${FACT}
  endsOn: Date @cypher(statement: """
    WITH CASE coalesce(this.endedOnPrecision, this.occurredOnPrecision)
      WHEN 'year' THEN duration({years: 1, days: -1})
      WHEN 'month' THEN duration({months: 1, days: -1})
      ELSE duration({days: 0}) END AS lastDayOffset
    RETURN CASE WHEN this.endedOn IS NOT NULL THEN this.endedOn + lastDayOffset
      ELSE this.occurredOn + lastDayOffset + duration({months: coalesce(this.durationMonths, 0)})
    END AS endsOn""", columnName: "endsOn")
  by: [Actor!]! @relationship(type: "BY", direction: OUT, properties: "Provenance")
  about: [Measure!]! @relationship(type: "ABOUT", direction: OUT, properties: "Provenance")
}

type HopProps { id: String scope: String criticality: Float partial: Boolean quote: String confidence: Float inferred: Boolean rationale: String sourceIds: [String!] }
type ScopeProps { scope: String! quote: String confidence: Float inferred: Boolean rationale: String sourceIds: [String!] }
type DatedChange { status: String! on: String! precision: String index: Int! }
type Hop { type: String! from: String! to: String! props: HopProps! }
type BasedInRow { firmId: String! countryId: String! hop: Hop! }
type ScopeRow { measureId: String! changes: [DatedChange!]! scope: String! scopeProps: ScopeProps! targetHops: [Hop!]! exemptIds: [String!]! imposerIds: [String!]! coverHops: [Hop!]! }
type FirmGoodsRow { isCompany: Boolean! goodIds: [String!]! }
type FirmPathRow { firmId: String! goodId: String! hops: [Hop!]! goodIds: [String!]! }
type DependentPathRow { dependentId: String! isSector: Boolean! goodId: String! hops: [Hop!]! goodIds: [String!]! }
type SectorFirmRow { sectorId: String! firmId: String! hop: Hop! }
type SupplyShareRow { importerId: String! supplierId: String! goodId: String! dependencyId: String! share: Float! }

input RankWeights { defaultCriticality: Float! memberOf: Float! inSector: Float! unknownSupplyShare: Float! }
type RankShare { importerId: String! supplierId: String! goodId: String! dependencyId: String! share: Float }
type RankRow { total: Int! firmId: String score: Float coveredId: String importer: String supplyShare: RankShare hops: [Hop!] basedInHop: Hop }

type Query {
  ${searchField()}
  ${exposureField('basedIn', 'find-based-in', ['firmId', 'countryId', 'hop'], 'BasedInRow')}
  ${exposureField('measuresAgainst', 'find-measures-against', scope, 'ScopeRow')}
  ${exposureField('measureScope', 'find-measure-scope', scope, 'ScopeRow')}
  ${exposureField('firmGoods', 'find-firm-goods', ['isCompany', 'goodIds'], 'FirmGoodsRow')}
  ${exposureField('firmPaths', 'find-firm-paths', ['firmId', ...paths], 'FirmPathRow')}
  ${exposureField('dependentPaths', 'find-dependent-paths', ['dependentId', 'isSector', ...paths], 'DependentPathRow')}
  ${exposureField('sectorFirms', 'find-sector-firms', ['sectorId', 'firmId', 'hop'], 'SectorFirmRow')}
  ${exposureField('rankedFirms', 'rank-exposed-firms', ['total', 'firmId', 'score', 'coveredId', 'importer', 'supplyShare', 'hops', 'basedInHop'], 'RankRow')}
  ${exposureField('supplyShares', 'find-supply-shares', ['importerId', 'supplierId', 'goodId', 'dependencyId', 'share'], 'SupplyShareRow')}
}
`;
}
