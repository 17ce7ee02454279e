import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { INVALID_BOOKMARK } from '../db/errors.ts';
import { currentScope } from '../request-scope.ts';
import { refusalResponse } from '../security/errors.ts';

/** The request header that carries bookmarks back; several: comma-separated, or repeated. */
export const BOOKMARK_HEADER = 'x-bookmark';

/** What a Neo4j bookmark is made of (`FB:` and base64 in Neo4j 5), and how many a request may send. */
const BOOKMARK = /^[\w:+/=.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/**
 * Read-your-writes across API replicas (docs/deploy.md). A mutation's answer carries the
 * bookmark of its transaction in `extensions.bookmark`; a client that sends it back in
 * X-Bookmark has every Neo4j transaction of its request wait until the server it reaches has
 * that write, whichever replica (of the API or of Neo4j) serves it. A header that is not a list
 * of bookmarks is refused before anything runs (400 INVALID_BOOKMARK); one that looks right but
 * that Neo4j does not know is refused by Neo4j, with the same code (db/errors.ts).
 */
export function bookmarks(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== endpoint) return;
      const sent = request.headers.get(BOOKMARK_HEADER);
      if (sent === null) return;
      const parsed = parseBookmarks(sent);
      if (parsed === undefined) {
        currentScope()?.codes.push(INVALID_BOOKMARK);
        endResponse(refusalResponse(invalid()));
        return;
      }
      const scope = currentScope();
      if (scope) scope.bookmarks = parsed;
    },
  };
}

/** The bookmarks of a header value, or undefined when it is not a short list of them. */
export function parseBookmarks(value: string): string[] | undefined {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0 || items.length > MAX_BOOKMARKS) return undefined;
  return items.every((item) => BOOKMARK.test(item)) ? items : undefined;
}

const invalid = () =>
  new GraphQLError(
    `X-Bookmark must hold at most ${MAX_BOOKMARKS} bookmarks from extensions.bookmark, comma-separated.`,
    { extensions: { code: INVALID_BOOKMARK, http: { status: 400 } } },
  );
