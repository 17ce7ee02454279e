// Ids in mutation arguments: the graph's own (`company:acme`, as the seed format writes them) or
// the read API's Relay global ids (base64 of `Company:company:acme`), whichever the caller has.
import { ValidationError } from '../schema/errors.ts';
import { ID_PREFIX } from '../seed/format.ts';

const LABEL_OF_PREFIX = new Map<string, string>(
  Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label]),
);
LABEL_OF_PREFIX.set('source', 'Source');

/** The label an id's prefix stands for (`company:acme` → Company), if any. */
export function labelOfId(id: string): string | undefined {
  // A measure's status changes are `<measure id>/status/<index>` (src/seed/normalize.ts).
  if (/\/status\/\d+$/.test(id)) return 'StatusChange';
  return LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(':')));
}

/**
 * The graph id of an id argument. Graph ids contain a colon and base64 never does, so the two
 * forms cannot be confused. A global id must name the type its id is of: a Country global id
 * around a company's id is refused rather than followed.
 */
export function graphId(value: string, path: string): string {
  if (value.includes(':')) return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !id.includes(':')) {
    throw new ValidationError([
      { path, message: `"${value}" is neither an id like "company:acme" nor a global id` },
    ]);
  }
  const label = labelOfId(id);
  if (label !== undefined && label !== type) {
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
