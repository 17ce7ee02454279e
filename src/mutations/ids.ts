// Ids in mutation arguments: the graph's own (`company:acme`, the read API's global ids too), or
// ids of the earlier form (base64 of `Company:company:acme`) that a client may have kept.
import { ValidationError } from '../schema/errors.ts';
import { labelOfId, legacyGlobalId, quoted } from '../schema/nodes/global-ids.ts';

/**
 * The graph id of an id argument. Graph ids contain a colon and base64 never does, so the two
 * forms cannot be confused. A global id must name the type its id is of: a Country global id
 * around a company's id is refused rather than followed.
 */
export function graphId(value: string, path: string): string {
  if (value.includes(':')) return value;
  const legacy = legacyGlobalId(value);
  if (!legacy) {
    throw new ValidationError([
      { path, message: `${quoted(value)} is not an id: ids look like "company:acme"` },
    ]);
  }
  const { typename: type, id } = legacy;
  const label = labelOfId(id);
  if (label !== type) {
    throw new ValidationError([
      { path, message: `the global id names a ${type}, but "${id}" is a ${label}'s id` },
    ]);
  }
  return id;
}

/** `graphId` over a list, each item with its own path. */
export function graphIds(values: readonly string[], path: string): string[] {
  return values.map((value, index) => graphId(value, `${path}[${index}]`));
}
