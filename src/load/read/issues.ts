// Turns zod issues into messages an analyst editing YAML can act on, with a path into the file.
import type { z } from 'zod';

export type PathKey = string | number;

export interface Problem {
  path: PathKey[];
  message: string;
}

/** `['nodes', 12, 'quote']` → `nodes[12].quote` */
export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, position) =>
      typeof key === 'number' ? `[${key}]` : position === 0 ? key : `.${key}`,
    )
    .join('');
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

type Issue = z.core.$ZodIssue;

export function issuesToProblems(
  issues: readonly Issue[],
  root: unknown,
  prefix: PathKey[] = [],
): Problem[] {
  return issues.flatMap((issue) => problemsOf(issue, root, prefix));
}

function problemsOf(issue: Issue, root: unknown, prefix: PathKey[]): Problem[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        const message =
          value === undefined
            ? `missing ${issue.discriminator}; expected one of: ${options.join(', ')}`
            : `unknown ${issue.discriminator} ${JSON.stringify(value)}; expected one of: ${options.join(', ')}`;
        return [{ path, message }];
      }
      // A union (a date written as text or as an object): report the branch the value was
      // meant for, i.e. the one that did not reject the value's type outright.
      const branches = issue.errors.filter(
        (branch) =>
          !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      const chosen = branches[0] ?? issue.errors[0];
      return chosen ? issuesToProblems(chosen, root, path) : [{ path, message: issue.message }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown property "${key}" (check its spelling, or the format in docs/seed-format.md)`,
      }));
    case 'invalid_type':
      return [
        {
          path,
          message:
            value === undefined
              ? `missing required property (expected ${issue.expected})`
              : `wrong type: expected ${issue.expected}, got ${describe(value)}`,
        },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
