/**
 * A request whose client has gone (it closed its connection before its answer was ready): its
 * reads not yet sent are refused, and those still running in Neo4j are terminated, so that an
 * abandoned `exposedFirms` on a broad measure does not go on ranking for seconds. Writes run on:
 * a mutation that was sent goes to its commit or rollback (docs/errors.md).
 */
import type { Driver } from 'neo4j-driver';
import { currentScope, type RequestScope } from '../request-scope.ts';
import { defineQuery } from './cypher.ts';
import { ClientGoneError } from './errors.ts';

type Mode = 'READ' | 'WRITE';

const terminateRequestReads = defineQuery<{ token: string }, { terminated: string }>(
  'read/terminate-request-reads',
  ['token'],
);

/** The scopes whose client is watched already: one listener per request. */
const watched = new WeakSet<RequestScope>();

/** A read of a request whose client has gone is not sent. */
export function refuseIfClientGone(mode: Mode): void {
  if (mode === 'READ' && currentScope()?.left?.aborted) throw new ClientGoneError();
}

/** A read's transaction metadata: the request's token, by which it can be found and stopped. */
export function readMetadata(mode: Mode): { request: string } | undefined {
  const scope = currentScope();
  return mode === 'READ' && scope?.left ? { request: scope.token } : undefined;
}

/**
 * Once per request, at its first read: when its client goes, the reads carrying its token are
 * terminated. On a cluster only those running on the server this reaches (the leader): the
 * others run to their end, and what the request had yet to send is refused everywhere.
 */
export function watchClient(driver: Driver, database: string, mode: Mode): void {
  const scope = currentScope();
  const left = scope?.left;
  if (mode !== 'READ' || !scope || !left || watched.has(scope)) return;
  watched.add(scope);
  const terminate = () => {
    // Best effort: a read that ends first needs nothing, and a failure here is no one's answer.
    driver
      .executeQuery(terminateRequestReads.text, { token: scope.token }, { database })
      .catch(() => {});
  };
  if (left.aborted) return;
  left.addEventListener('abort', terminate, { once: true });
}

/** Whatever a read of a request whose client has gone failed with (terminated, mostly) is that. */
export function asClientGone(mode: Mode, error: unknown): unknown {
  return mode === 'READ' && currentScope()?.left?.aborted ? new ClientGoneError() : error;
}
