/**
 * The driver's messages leave in one socket write (src/db/socket-writes.ts): installed, a
 * statement longer than the driver's 1,400-byte buffers goes out in one system call instead of
 * one per buffer, and its answer is unchanged.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  corkedSocketWrites,
  driverChannelWrite,
  useChannelWrite,
} from '../../src/db/socket-writes.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
afterEach(() => useChannelWrite());

// Three buffers' worth of text (and a parameter) in one RUN message.
const LONG = `RETURN $n AS n, '${'x'.repeat(4000)}' AS padding`;

/** Socket writes (one system call each: `_write`, or `_writev` for a corked batch) during `work`. */
async function socketWrites<T>(work: () => Promise<T>): Promise<{ calls: number; result: T }> {
  const socket = net.Socket.prototype as unknown as Record<
    '_write' | '_writev',
    (this: unknown, ...args: unknown[]) => unknown
  >;
  const write = socket._write;
  const writev = socket._writev;
  let calls = 0;
  socket._write = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    return write.apply(this, args);
  };
  socket._writev = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    return writev.apply(this, args);
  };
  try {
    return { result: await work(), calls };
  } finally {
    socket._write = write;
    socket._writev = writev;
  }
}

const longStatement = () => db.runText<{ n: number; padding: string }>(LONG, { n: 7 });

describe("the driver's socket writes", () => {
  it('are ours (an upgrade of neo4j-driver that moved the method would leave one per buffer)', () => {
    expect(corkedSocketWrites).toBe(true);
    expect(driverChannelWrite).toBeTypeOf('function');
  });

  it('send a statement longer than a buffer in one write, where the driver used several', async () => {
    await longStatement(); // a pooled connection, so that only the statement is counted
    const ours = await socketWrites(longStatement);
    expect(useChannelWrite(driverChannelWrite)).toBe(true);
    const driver = await socketWrites(longStatement);
    expect(ours.calls).toBe(1);
    expect(driver.calls).toBeGreaterThanOrEqual(3);
    expect(ours.result).toEqual(driver.result);
    expect(ours.result[0]?.n).toBe(7);
    expect(ours.result[0]?.padding).toHaveLength(4000);
  });

  it('keep concurrent statements on their own connections apart', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) => db.runText<{ n: number; padding: string }>(LONG, { n })),
    );
    expect(answers.map((rows) => rows[0]?.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
