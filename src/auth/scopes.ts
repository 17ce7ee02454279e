import {
  type AuthFailure,
  AuthScopeFailureType,
  type ForbiddenResult,
} from '@pothos/plugin-scope-auth';
import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type { Context, Viewer } from '../context.ts';
import { refusal } from './errors.ts';

/** The builder's `scopeAuth` options (a test builds a schema with a Mutation from the same). */
export const scopeAuthOptions = {
  // One scope per role the viewer holds.
  authScopes: ({ viewer }: Context) => ({
    reader: viewer.roles.has('reader'),
    editor: viewer.roles.has('editor'),
  }),
  unauthorizedError: (
    _parent: unknown,
    { viewer }: Context,
    info: GraphQLResolveInfo,
    { failure }: ForbiddenResult,
  ) => refuse(viewer, failure, `${info.parentType.name}.${info.fieldName}`),
};

/**
 * The error for a field scope-auth refused: UNAUTHENTICATED when the request sent no key (it
 * needs one), FORBIDDEN when its key lacks the role. Raised before the resolver: no database work.
 */
export function refuse(viewer: Viewer, failure: AuthFailure, field: string): GraphQLError {
  const needs = [...new Set(failedScopes(failure))].join(' or ') || 'another';
  if (viewer.key === null) {
    return refusal(
      'UNAUTHENTICATED',
      `${field} needs an API key with the ${needs} role: send it as "Authorization: Bearer <key>".`,
    );
  }
  const held = [...viewer.roles].join(', ') || 'no role';
  return refusal(
    'FORBIDDEN',
    `${field} needs the ${needs} role; the key "${viewer.key.name}" has ${held}.`,
  );
}

function failedScopes(failure: AuthFailure): string[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return [failure.scope];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(failedScopes);
    default:
      return [];
  }
}
