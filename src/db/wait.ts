import type { Database } from './database.ts';
import { DatabaseUnavailableError } from './errors.ts';

/**
 * Waits until the database answers a query: a server just started (ours, or a container) opens
 * its port before its databases are online. Authentication errors are final and thrown at once.
 */
export async function waitForDatabase(db: Database, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await db.runText('RETURN 1', {}, 'READ', { name: 'wait-for-database' });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security')) throw error;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  // The driver's message (host, port, refused or timed out) is what an operator needs here.
  const reason = lastError instanceof DatabaseUnavailableError ? lastError.cause : lastError;
  throw new Error(`Neo4j did not answer within ${timeoutMs / 1000} s: ${String(reason)}`);
}
