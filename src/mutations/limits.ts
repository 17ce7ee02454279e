// How much one mutation may carry. Yoga already caps the request body (MAX_BODY_BYTES); these
// limits name the field that is too big, so the analyst knows what to shorten, and keep a single
// fact's properties to what a fact is (a name is not a novel, an alias list not a dictionary).
import type { ValidationIssue } from '../schema/errors.ts';

export const MUTATION_LIMITS = {
  /** Characters of one text field. */
  textChars: 10_000,
  /** Characters of a source's text: the document itself, checked against quotes. */
  documentChars: 1_000_000,
  /** Items of one list (aliases, hsCodes, sourceIds). */
  listItems: 100,
};

/**
 * The fields of `args` over a limit, with GraphQL paths (`input.aliases`, `provenance.quote`).
 * `documents` are the paths that hold a whole document and get the larger text limit.
 */
export function oversizedFields(
  args: Record<string, unknown>,
  documents: ReadonlySet<string> = new Set(),
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const limit = documents.has(path) ? MUTATION_LIMITS.documentChars : MUTATION_LIMITS.textChars;
      if (value.length > limit) {
        issues.push({
          path,
          message: `too long: ${value.length.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}`,
        });
      }
    } else if (Array.isArray(value)) {
      if (value.length > MUTATION_LIMITS.listItems) {
        issues.push({
          path,
          message: `too many items: ${value.length.toLocaleString('en')}; the limit is ${MUTATION_LIMITS.listItems}`,
        });
        return;
      }
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
    }
  };
  visit(args, '');
  return issues;
}
