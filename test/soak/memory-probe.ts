/**
 * Preloaded into the soak's server (`node --import tsx --expose-gc --import this src/main.ts`):
 * answers the parent's "memory" message with the process's memory, measured after a full garbage
 * collection, so what is compared over time is what the server keeps, not what it has yet to free.
 */
process.on('message', (message) => {
  if (message !== 'memory') return;
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.send?.({ rss, heapUsed, heapTotal, external });
});
