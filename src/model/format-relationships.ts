// The relationship entries of a seed file and, for each type, which labels may stand at its ends.
import { z } from 'zod';
import type { Label } from './format-nodes.ts';
import {
  Confidence,
  NodeIdSchema,
  NonEmptyText,
  provenanceFields,
  provenanceRules,
  SeedDateSchema,
} from './format-primitives.ts';

type Ends = { from: readonly Label[]; to: readonly Label[] };

const FACTS: Label[] = [
  'Actor',
  'Commodity',
  'Sector',
  'Measure',
  'Event',
  'Statement',
  'Observation',
  'TradeFlow',
  'SupplyDependency',
  'ImpactEstimate',
];

/**
 * Allowed endpoints per type, read left to right. The first block is the domain model's; the
 * second adds what the article needed (documented in docs/seed-format.md).
 */
export const RELATIONSHIP_ENDS = {
  HOLDS_POSITION: { from: ['Person'], to: ['Country', 'Organization'] },
  BASED_IN: { from: ['Organization'], to: ['Country'] },
  IN_SECTOR: { from: ['Organization'], to: ['Sector'] },
  DEPENDS_ON: { from: ['Company', 'Sector'], to: ['Commodity'] },
  INPUT_TO: { from: ['Commodity'], to: ['Commodity', 'Sector'] },
  MEMBER_OF: { from: ['Commodity'], to: ['Commodity'] },
  IMPOSED_BY: { from: ['Measure'], to: ['Actor'] },
  TARGETS: { from: ['Measure'], to: ['Actor'] },
  COVERS: { from: ['Measure'], to: ['Commodity', 'Sector'] },
  RESPONDS_TO: { from: ['Measure', 'Event', 'Statement'], to: ['Event', 'Measure', 'Statement'] },
  BY: { from: ['Event', 'Statement'], to: ['Actor'] },
  ABOUT: { from: ['Event', 'Statement'], to: FACTS },
  OF: { from: ['Observation'], to: ['Actor', 'Commodity', 'Sector'] },
  FOLLOWS: { from: ['Observation'], to: ['Event', 'Measure'] },
  FROM: { from: ['TradeFlow'], to: ['Country'] },
  TO: { from: ['TradeFlow'], to: ['Country'] },
  OF_GOOD: { from: ['TradeFlow', 'SupplyDependency'], to: ['Commodity'] },
  IMPORTER: { from: ['SupplyDependency'], to: ['Country'] },
  SUPPLIER: { from: ['SupplyDependency'], to: ['Country'] },
  ESTIMATED_BY: { from: ['ImpactEstimate'], to: ['Person', 'Organization'] },
  OF_SCENARIO: { from: ['ImpactEstimate'], to: ['Measure'] },
  FOR: { from: ['ImpactEstimate'], to: ['Country', 'Sector', 'Company'] },
  COMPARED_TO: { from: FACTS, to: ['Event', 'Measure'] },

  /**
   * (Company|Sector)-[:PRODUCES]->(Commodity): what a firm or sector makes. Exposure follows it to
   * the product's inputs (a maker of missiles needs magnets); it also records the output side.
   */
  PRODUCES: { from: ['Company', 'Sector'], to: ['Commodity'] },
  /** (Measure)-[:EXEMPTS]->(Actor): left out of a measure on all destinations (ALL_EXCEPT). */
  EXEMPTS: { from: ['Measure'], to: ['Actor'] },
  /** (Sector)-[:SUBSECTOR_OF]->(Sector): automotive is part of manufacturing. */
  SUBSECTOR_OF: { from: ['Sector'], to: ['Sector'] },
  /** (Statement)-[:MADE_AT]->(Event): said at a press conference, in a TV interview. */
  MADE_AT: { from: ['Statement'], to: ['Event'] },
  /** (Event)-[:INVOLVES]->(Actor): parties to an event other than the one who acted (BY). */
  INVOLVES: { from: ['Event'], to: ['Actor'] },
  /** (Event)-[:LOCATED_IN]->(Country): where it happened or will happen. */
  LOCATED_IN: { from: ['Event'], to: ['Country'] },
  /** (Event)-[:TRIGGERED_BY]->(Event|Measure|Statement): causation the source states. */
  TRIGGERED_BY: { from: ['Event'], to: ['Event', 'Measure', 'Statement'] },
  /** (Event)-[:PART_OF]->(Event): the protests and the freeze were part of the 2012 rift. */
  PART_OF: { from: ['Event'], to: ['Event'] },
  /** (Measure|TradeFlow|Observation)-[:REPORTED_BY]->(Actor): China Daily, China Customs. */
  REPORTED_BY: { from: ['Measure', 'TradeFlow', 'Observation'], to: ['Actor'] },
  /** (Observation)-[:CONTRASTS_WITH]->(Observation): the Nikkei fell while benchmarks rose. */
  CONTRASTS_WITH: { from: ['Observation'], to: ['Observation'] },
} satisfies Record<string, Ends>;

export type RelationshipType = keyof typeof RELATIONSHIP_ENDS;
/**
 * Written by the normaliser only: (Measure)-[:HAD_STATUS]->(StatusChange) and
 * (node)-[:ALSO_KNOWN_AS]->(Alias) for an alias written with provenance of its own.
 */
export const GENERATED_RELATIONSHIP_TYPES = ['HAD_STATUS', 'ALSO_KNOWN_AS'] as const;

/** Properties some types carry besides provenance. */
const PROPERTIES: Partial<Record<RelationshipType, z.ZodRawShape>> = {
  HOLDS_POSITION: {
    title: NonEmptyText,
    since: SeedDateSchema.optional(),
    until: SeedDateSchema.optional(),
  },
  DEPENDS_ON: { criticality: Confidence },
  INPUT_TO: { criticality: Confidence.optional() },
  /** How much of the producer's business rests on the product: its weight in exposure. */
  PRODUCES: { criticality: Confidence.optional() },
  /** "certain rare earth elements": only some members of the class belong to it. */
  MEMBER_OF: { partial: z.boolean().optional() },
  COMPARED_TO: { by: NonEmptyText.optional() },
};

function relationship(type: RelationshipType) {
  return provenanceRules(
    z.strictObject({
      type: z.literal(type),
      from: NodeIdSchema,
      to: NodeIdSchema,
      /** Tells apart two relationships of one type between the same two nodes. */
      key: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case key like "cost"')
        .optional(),
      ...provenanceFields,
      ...PROPERTIES[type],
    }),
  );
}

const TYPES = Object.keys(RELATIONSHIP_ENDS) as RelationshipType[];

export const RelationshipSchema = z.discriminatedUnion(
  'type',
  TYPES.map(relationship) as unknown as [
    ReturnType<typeof relationship>,
    ...ReturnType<typeof relationship>[],
  ],
);

export interface RelationshipEntry {
  type: RelationshipType;
  from: string;
  to: string;
  key?: string;
  sourceIds?: string[];
  quote?: string;
  confidence: number;
  inferred: boolean;
  rationale?: string;
  [property: string]: unknown;
}

/** `${from}-[${type}${key ? '#' + key : ''}]->${to}`: stable, so loading twice changes nothing. */
export function relationshipId(relationship: {
  from: string;
  to: string;
  type: string;
  key?: string;
}): string {
  const key = relationship.key ? `#${relationship.key}` : '';
  return `${relationship.from}-[${relationship.type}${key}]->${relationship.to}`;
}
