// Builders of bad mutation variables, shared by the bad-case tables (bad-formats.ts,
// bad-references.ts): each case names the field its error must name (a ValidationError's issue
// path), the typed error expected, or the GraphQL error (for what the schema's types refuse
// before any resolver runs).
import type { Variable } from './client.ts';
import { MEASURE, quoted } from './fixtures.ts';

export type Expected = { paths: string[] } | { typename: string } | { graphql: RegExp };
export type BadCase = [
  name: string,
  field: string,
  variables: Record<string, Variable>,
  expected: Expected,
];

export const fact = quoted('Zmut Motors');
export const node = (type: string, input: Record<string, unknown>, provenance: unknown = fact) => ({
  input: [`${type}!`, input] as Variable,
  provenance: ['ProvenanceInput!', provenance] as Variable,
});
export const firm = (overrides: Record<string, unknown>, provenance?: unknown) =>
  node('OrganizationInput', { id: 'company:zmut-bad', name: 'Zmut Bad', ...overrides }, provenance);
export const link = (
  type: string,
  from: string,
  to: string,
  properties: unknown = null,
  provenance: unknown = quoted('relies on neodymium magnets'),
) => ({
  type: ['RelationshipType!', type] as Variable,
  from: ['ID!', from] as Variable,
  to: ['ID!', to] as Variable,
  properties: ['LinkPropertiesInput', properties] as Variable,
  provenance: ['ProvenanceInput!', provenance] as Variable,
});
export const status = (on: string, provenance: unknown, measure = MEASURE) => ({
  measure: ['ID!', measure] as Variable,
  status: ['MeasureStatus!', 'LIFTED'] as Variable,
  on: ['PartialDateInput!', { on }] as Variable,
  provenance: ['ProvenanceInput!', provenance] as Variable,
});
export const paths = (...list: string[]) => ({ paths: list });
export const long = 'x'.repeat(20_000);
