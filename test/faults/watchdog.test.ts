/** The watchdog on its own, with a fake ping and short times: who is left alone, who is cut. */
import { describe, expect, it } from 'vitest';
import { Availability } from '../../src/db/availability.ts';
import { DatabaseUnavailableError } from '../../src/db/errors.ts';

const TIMES = { checkAfterMs: 50, pingTimeoutMs: 50, recheckEveryMs: 25 };
const resolvesAfter = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function availability(ping: () => Promise<unknown>) {
  const events: string[] = [];
  const watched = new Availability(ping, TIMES, {
    onUnavailable: () => events.push('down'),
    onAvailable: () => events.push('up'),
  });
  return { watched, events };
}

describe('the watchdog', () => {
  it('leaves a slow call alone while Neo4j answers its ping', async () => {
    const { watched, events } = availability(() => resolvesAfter(5, 1));
    const abandon = new AbortController();
    await expect(watched.watch(resolvesAfter(200, 'rows'), abandon)).resolves.toBe('rows');
    expect(abandon.signal.aborted).toBe(false);
    expect(events).toEqual([]);
  });

  it('cuts a call when the ping goes unanswered, aborts it, and says so once', async () => {
    const { watched, events } = availability(() => new Promise(() => {}));
    const abandon = new AbortController();
    const started = Date.now();
    const calls = [
      watched.watch(resolvesAfter(1000, 'late'), abandon),
      watched.watch(resolvesAfter(1000, 'late'), new AbortController()),
    ];
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(400);
    expect(abandon.signal.aborted).toBe(true);
    expect(watched.available).toBe(false);
    expect(events).toEqual(['down']);
  });

  it('keeps checking: cuts a call when Neo4j stops answering after a first good check', async () => {
    let pings = 0;
    const { watched } = availability(() =>
      ++pings === 1 ? resolvesAfter(5, 1) : new Promise(() => {}),
    );
    const started = Date.now();
    await expect(
      watched.watch(resolvesAfter(1000, 'late'), new AbortController()),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(pings).toBe(2);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('cuts every watched call when a check fails, not only the one that asked', async () => {
    let pings = 0;
    // The first check passes (a stopping Neo4j still answers), then Neo4j falls silent.
    const watched = new Availability(
      () => (++pings === 1 ? resolvesAfter(5, 1) : new Promise(() => {})),
      { checkAfterMs: 100, pingTimeoutMs: 100, recheckEveryMs: 50 },
    );
    const started = Date.now();
    const failedAt = (call: Promise<unknown>) =>
      call.then(
        () => Number.NaN,
        (error: unknown) => (error instanceof DatabaseUnavailableError ? Date.now() - started : -1),
      );
    // Checked at ~100 ms (passes), again at ~150 ms: that ping fails at ~250 ms.
    const first = failedAt(watched.watch(resolvesAfter(5000, 'late'), new AbortController()));
    await resolvesAfter(180, null);
    // Begun at ~180 ms: its own first check would come at ~280 ms and fail at ~380 ms.
    const second = failedAt(watched.watch(resolvesAfter(5000, 'late'), new AbortController()));
    const [firstMs, secondMs] = [await first, await second];
    expect(firstMs).toBeGreaterThan(0);
    expect(secondMs).toBeGreaterThan(0);
    expect(secondMs - firstMs).toBeLessThan(20); // cut by the first call's failed check
    expect(pings).toBe(2);
  });

  it('leaves a call alone when its ping is late but Neo4j completes new work meanwhile (starved, not gone)', async () => {
    const { watched, events } = availability(() => resolvesAfter(120, 1)); // later than 50 ms
    const abandon = new AbortController();
    const call = watched.watch(resolvesAfter(300, 'rows'), abandon);
    // Other calls, begun after each ping went out, keep coming back.
    const others = setInterval(() => {
      const begun = performance.now();
      setTimeout(() => watched.answered(begun), 10);
    }, 20);
    try {
      await expect(call).resolves.toBe('rows');
    } finally {
      clearInterval(others);
    }
    expect(abandon.signal.aborted).toBe(false);
    expect(events).toEqual([]);
  });

  it('still cuts a call when only calls begun before the ping come back', async () => {
    const { watched } = availability(() => new Promise(() => {}));
    const old = performance.now();
    const cut = watched.watch(resolvesAfter(1000, 'late'), new AbortController());
    setTimeout(() => watched.answered(old), 70); // begun before any ping
    await expect(cut).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });

  it('gives a call begun while Neo4j is down no second chance, and the ping brings it back', async () => {
    const { watched, events } = availability(() => resolvesAfter(5, 1));
    watched.markUnavailable(new Error('gone'));
    await expect(
      watched.watch(resolvesAfter(1000, 'late'), new AbortController()),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await resolvesAfter(20, null); // the ping it started answers meanwhile
    expect(watched.available).toBe(true);
    expect(events).toEqual(['down', 'up']);
  });

  it('passes a quick call through untouched, success or failure', async () => {
    const { watched } = availability(() => new Promise(() => {}));
    await expect(watched.watch(resolvesAfter(5, 'rows'), new AbortController())).resolves.toBe(
      'rows',
    );
    const failing = Promise.reject(new Error('syntax'));
    await expect(watched.watch(failing, new AbortController())).rejects.toThrow('syntax');
  });
});
