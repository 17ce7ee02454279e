import { GraphQLError } from 'graphql';
import {
  CompanyRef,
  CountryRef,
  GovernmentBodyRef,
  MediaOutletRef,
  PersonRef,
  ResearchInstituteRef,
} from '../nodes/node-refs.ts';

/**
 * The types an actor id may name, for `t.globalIDList({ for: ACTOR_REFS })`: an id of another
 * type (a measure asked as a speaker) is refused by name instead of silently matching nothing.
 */
export const ACTOR_REFS = [
  CountryRef,
  PersonRef,
  CompanyRef,
  GovernmentBodyRef,
  MediaOutletRef,
  ResearchInstituteRef,
];

/** The node ids of decoded global ids (`t.globalIDList()`), or null when the filter is absent. */
export function idsOf(list?: readonly { id: string }[] | null): string[] | null {
  return list ? list.map((globalId) => globalId.id) : null;
}

/**
 * A window of days, both ends inclusive and optional. The Date scalar has already refused
 * impossible days; what is left to refuse is a window that ends before it starts, which would
 * silently match nothing.
 */
export function dayWindow(
  field: string,
  window?: { from?: string | null; to?: string | null } | null,
): { from: string | null; to: string | null } {
  const from = window?.from ?? null;
  const to = window?.to ?? null;
  // ISO days compare correctly as strings.
  if (from !== null && to !== null && from > to) {
    throw new GraphQLError(
      `Invalid ${field}: "from" (${from}) is after "to" (${to}); give from <= to.`,
      { extensions: { code: 'BAD_USER_INPUT', argument: field } },
    );
  }
  return { from, to };
}
