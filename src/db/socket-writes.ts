/**
 * One socket write per batch of Bolt messages, a fix to one method of neo4j-driver.
 *
 * The driver packs each message into 1,400-byte buffers and hands every full buffer to the socket
 * at once, one `write` system call each: a planned statement of a few kilobytes (its text travels
 * with every RUN) went out in four or five writes, and the writes were 9% of our server's busy
 * CPU on the `measure` read (a CPU profile at concurrency 8 on the benchmark's medium store,
 * 2026-12-06). The driver writes a statement's messages (RUN and its chunks, PULL) in one
 * synchronous call, so here the socket is corked at its first write and uncorked in a microtask
 * right after that call: the buffers leave in one `writev`, and nothing else gets in between.
 *
 * The method is internal to neo4j-driver-bolt-connection (6.x). Should an upgrade move it, the
 * driver keeps its own writes and test/db/socket-writes.test.ts fails, which is how we learn of
 * it.
 */
import type { Socket } from 'node:net';
import { driverMethod } from './driver-internals.ts';

interface NodeChannel {
  _conn: Socket;
  _pending: unknown[] | null;
  write(buffer: unknown): void;
}

type Write = NodeChannel['write'];

const write = driverMethod<NodeChannel, 'write'>(
  'channel/node/node-channel.js',
  'default',
  'write',
);

/** The driver's own write, kept for the test that compares the two. */
export const driverChannelWrite: Write | undefined = write.original;

function corkedWrite(this: NodeChannel, buffer: unknown): void {
  const socket = this._conn;
  // Before the connection is up the driver queues writes itself.
  if (this._pending === null && socket && socket.writableCorked === 0) {
    socket.cork();
    queueMicrotask(() => socket.uncork());
  }
  (driverChannelWrite as Write).call(this, buffer);
}

/** Write with `method` (ours by default); false where the driver's method was not found. */
export const useChannelWrite = (method: Write = corkedWrite): boolean => write.use(method);

/** Whether the driver writes through `corkedWrite` above (installed at import). */
export const corkedSocketWrites = useChannelWrite();
