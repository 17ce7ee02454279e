import type { ArgBuilder } from '@pothos/core';
import type { builder } from '../../builder.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * `includeRetracted`, the one switch every list shares: reads hide retracted facts unless asked
 * (docs/mutations.md). A root list's filter then also follows retracted relationships.
 */
export const includeRetractedArg = (
  arg: ArgBuilder<Types>,
  description = 'Also retracted facts, and, in the filter, retracted relationships (hidden by default).',
) => arg.boolean({ required: false, defaultValue: false, description });
