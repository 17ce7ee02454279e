import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { YogaServerOptions } from 'graphql-yoga';
import type { AuthSettings } from '../context.ts';
import { bodySizeLimit } from './body-size.ts';
import { csrfPrevention } from './browser.ts';
import { costLimit } from './cost.ts';
import { depthLimit } from './depth.ts';
import { documentLimits } from './document-limits.ts';
import { badRequestParameters, codedErrors } from './error-codes.ts';
import { persistedDocuments, servedDocuments } from './persisted.ts';
import { rateLimit } from './rate-limit.ts';
import type { SecuritySettings } from './settings.ts';
import { hideSuggestions } from './suggestions.ts';

/**
 * The Yoga plugins that guard the API, in the order a request meets them: the rate limit (before
 * the body is read), CSRF (before it is parsed), persisted documents (which document runs), the
 * token limit (while parsing), depth/aliases/directives, introspection and suggestions
 * (validation), cost (once
 * variables are known); then every error leaving execution gets a code. Every refusal happens
 * before a resolver runs: no database work.
 * The body size limit (body-size.ts) is checked as the body is about to be parsed.
 */
export function securityPlugins(
  security: SecuritySettings,
  auth: AuthSettings,
  endpoint: string,
): NonNullable<YogaServerOptions<object, object>['plugins']> {
  const { limits } = security;
  return [
    rateLimit(limits.rate, auth, security.trustProxy, endpoint),
    csrfPrevention(),
    ...(limits.bodyBytes > 0 ? [bodySizeLimit(limits.bodyBytes)] : []),
    badRequestParameters(),
    // The explorer asks by id, so it works with PERSISTED_ONLY too (docs/explorer.md).
    persistedDocuments(servedDocuments(security.explorer), security.persistedOnly),
    ...documentLimits(limits),
    depthLimit(limits.depth),
    ...(security.introspection ? [] : [useDisableIntrospection(), hideSuggestions()]),
    costLimit(limits.cost),
    codedErrors(),
  ];
}
