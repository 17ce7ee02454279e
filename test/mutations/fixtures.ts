// Test data for the mutations: a source whose text the facts quote, and the inputs that build
// on it. Every id contains `zmut` (see client.ts).
import type { Variable } from './client.ts';

export const TEXT =
  'Zmut Motors, a Japanese carmaker, relies on neodymium magnets. On 2 March 2026 China announced a ban on exports of neodymium to Japan, in force from 1 April. The ban was suspended on 10 May.';
export const SOURCE = 'source:zmut-note';
export const FIRM = 'company:zmut-motors';
export const GOOD = 'commodity:zmut-neodymium';
export const MEASURE = 'measure:zmut-cn-neodymium-ban';

export const quoted = (quote: string, confidence = 1) => ({
  sourceIds: [SOURCE],
  quote,
  confidence,
});

export const sourceVariables = (text = TEXT): Record<string, Variable> => ({
  input: ['SourceInput!', { id: SOURCE, kind: 'ARTICLE', title: 'A test note', text }],
});

export const firmVariables = (
  overrides: Record<string, unknown> = {},
  provenance: Record<string, unknown> = quoted('Zmut Motors, a Japanese carmaker'),
): Record<string, Variable> => ({
  input: ['OrganizationInput!', { id: FIRM, name: 'Zmut Motors', kind: 'carmaker', ...overrides }],
  provenance: ['ProvenanceInput!', provenance],
});
