import type { builder } from '../../builder.ts';
import type { RootConnection } from './root-list.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The `totalCount` field of a root list's connection (see root-list.ts): the count query runs only
 * when a client selects it, so paging through a long list costs one query per page.
 */
export function totalCountOf<Shape extends Pick<RootConnection, 'totalCount'>>(
  c: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
) {
  return c.int({
    description: 'How many items match, over all pages.',
    resolve: (connection) => connection.totalCount(),
  });
}
