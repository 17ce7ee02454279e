/**
 * Benchmark child process: the floor over HTTP. `POST /<case>` with `{"variables": …}` answers
 * with the JSON of FLOOR_ANSWERS: the same HTTP and JSON costs as a GraphQL request, none of
 * GraphQL's parsing, validation or resolvers.
 */
import { createServer } from 'node:http';
import { Database } from '../../src/db/database.ts';
import { announce, databaseSettings, HOST, readBody } from './child-server.ts';
import { FLOOR_ANSWERS } from './floor-answers.ts';
import type { CaseName } from './flows.ts';

// The reach index, as ours reads it: the best Cypher we know for exposedFirms (floor-answers.ts).
const db = new Database(databaseSettings(), { reachIndex: true });
const server = createServer(async (request, response) => {
  const answer = FLOOR_ANSWERS[(request.url ?? '').slice(1) as CaseName];
  try {
    if (!answer || request.method !== 'POST') throw new Error(`no case ${request.url}`);
    const { variables } = JSON.parse(await readBody(request)) as {
      variables: Record<string, unknown>;
    };
    const data = await answer(db, variables);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data }));
  } catch (error) {
    response.statusCode = 500;
    response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  }
});
await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
await announce(
  server,
  () => db.roundTrips,
  () => db.close(),
);
