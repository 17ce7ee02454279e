// Labels of the graph, their id prefixes and super-labels, and the base every fact node shares.
import { z } from 'zod';
import { idWithPrefix, provenanceFields, provenanceRules } from './format-primitives.ts';

/** Id prefix of each label: `country:JP`, `government-body:cn-customs` … */
export const ID_PREFIX = {
  Country: 'country',
  Person: 'person',
  Company: 'company',
  GovernmentBody: 'government-body',
  MediaOutlet: 'media-outlet',
  ResearchInstitute: 'research-institute',
  Commodity: 'commodity',
  Sector: 'sector',
  Measure: 'measure',
  Event: 'event',
  Statement: 'statement',
  Observation: 'observation',
  TradeFlow: 'trade-flow',
  SupplyDependency: 'supply-dependency',
  ImpactEstimate: 'impact-estimate',
} as const;

export type FactLabel = keyof typeof ID_PREFIX;
export type InputLabel = FactLabel | 'Source';
/** Labels the normaliser adds: a measure's status history becomes StatusChange nodes. */
export type Label = InputLabel | 'StatusChange' | 'Alias' | 'Actor' | 'Organization';

/** Super-labels stored next to the primary one, so queries can match `(:Actor)`. */
export const SUPER_LABELS: Record<InputLabel, Label[]> = {
  Country: ['Actor'],
  Person: ['Actor'],
  Company: ['Organization', 'Actor'],
  GovernmentBody: ['Organization', 'Actor'],
  MediaOutlet: ['Organization', 'Actor'],
  ResearchInstitute: ['Organization', 'Actor'],
  Commodity: [],
  Sector: [],
  Measure: [],
  Event: [],
  Statement: [],
  Observation: [],
  TradeFlow: [],
  SupplyDependency: [],
  ImpactEstimate: [],
  Source: [],
};

/** The labels that are actors (`Actor` among their super-labels), in ID_PREFIX's order. */
export const ACTOR_LABELS = (Object.keys(SUPER_LABELS) as InputLabel[]).filter((label) =>
  SUPER_LABELS[label].includes('Actor'),
);

/** A strict node schema: id with the label's prefix, the label, provenance, then `shape`. */
export function factNode<L extends FactLabel, S extends z.ZodRawShape>(label: L, shape: S) {
  const base = { id: idWithPrefix(ID_PREFIX[label]), label: z.literal(label), ...provenanceFields };
  return provenanceRules(z.strictObject({ ...base, ...shape }));
}
