/**
 * The first answer of each persisted document after our server is ready (it warms them up at
 * start, as `npm start` does: src/http/warm-documents.ts), asked once each before any other
 * target starts or the benchmark's own warm-up runs. The variables name the benchmark's sample
 * nodes, not the ones the server warmed up with: plans are per statement, not per value.
 */
import type { Database } from '../../src/db/database.ts';
import { operationOf, sampleVariables } from '../../src/http/warm-documents.ts';
import { schema } from '../../src/schema/index.ts';
import { readPersistedDocuments } from '../../src/security/persisted.ts';
import type { Samples } from './samples.ts';

export interface FirstAnswer {
  name: string;
  ms: number;
  /** The first error's message, when the answer had one. */
  error?: string;
}

export async function firstAnswers(
  baseUrl: string,
  db: Database,
  samples: Samples,
): Promise<FirstAnswer[]> {
  const idOf = async (label: string) => {
    if (label === 'Measure') return samples.activeMeasureIds.at(-1);
    if (label === 'Company') return samples.firmIds.at(-1);
    const [row] = await db.runText<{ id: string }>(
      'MATCH (n:$($label)) RETURN n.id AS id ORDER BY n.id DESC LIMIT 1',
      { label },
    );
    return row?.id;
  };
  const answers: FirstAnswer[] = [];
  for (const [documentId, text] of Object.entries(readPersistedDocuments())) {
    const operation = operationOf(text);
    if (operation?.operation !== 'query') continue;
    const variables = await sampleVariables(schema, operation, idOf);
    if (!('values' in variables)) continue;
    const started = performance.now();
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId, variables: variables.values }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    const ms = performance.now() - started;
    const error = body.errors?.[0]?.message;
    answers.push({ name: operation.name?.value ?? documentId, ms, ...(error ? { error } : {}) });
  }
  return answers;
}
