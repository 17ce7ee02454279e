import type { ArgBuilder } from '@pothos/core';
import type { builder } from '../builder.ts';
import { DateTime } from './scalars.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * `knownAt` of the exposure queries: the graph as it was known at an instant (docs/history.md).
 * Beside `asOf` (valid time: which measures were in force that day) it answers "what did the
 * graph say last Tuesday about exposure on 1 December". Retracted facts never count.
 */
export const knownAtArg = (arg: ArgBuilder<Types>) =>
  arg({
    type: DateTime,
    required: false,
    description:
      'Read the graph as it was known at this instant: only facts asserted by then and not retracted by then. Default: now.',
  });
