// GraphQL inputs to seed-format entries. The input types mirror the seed format field for field
// (src/schema/mutations/inputs.ts), so this is mostly dropping the nulls GraphQL sends for
// absent optional fields (the seed schemas are strict: null is not "absent") and resolving ids.
import { graphIds } from './ids.ts';

/** The provenance argument every write of a fact carries. */
export interface ProvenanceArgs {
  sourceIds: readonly string[];
  quote?: string | null;
  confidence: number;
  inferred?: boolean | null;
  rationale?: string | null;
}

/** Objects without their null and undefined fields, recursively; lists kept as they are. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => [key, compact(item)]),
  ) as T;
}

/** The provenance fields of an entry, source ids resolved (global ids accepted). */
export function provenanceEntry(provenance: ProvenanceArgs, path = 'provenance') {
  return compact({
    ...provenance,
    sourceIds: graphIds(provenance.sourceIds, `${path}.sourceIds`),
  });
}

/** A node entry of `label` from its data input and its provenance. */
export function nodeEntry(
  label: string,
  input: Record<string, unknown>,
  provenance: ProvenanceArgs,
): Record<string, unknown> {
  return { ...compact(input), label, ...provenanceEntry(provenance) };
}
