/**
 * Root lists hide retracted facts unless the caller asks for them (docs/mutations.md): a filter
 * without `includeRetracted` gets `false`, so every list query receives the parameter.
 */
export function withRetracted<F extends { includeRetracted?: boolean }>(
  filter: F,
): F & { includeRetracted: boolean } {
  return { ...filter, includeRetracted: filter.includeRetracted ?? false };
}
