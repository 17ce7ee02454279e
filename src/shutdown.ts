import type { Logger } from './logger.ts';

/**
 * Docker, Compose and systemd wait 10 s after SIGTERM before SIGKILL: everything of ours stops
 * within 8 s, leaving npm (when it started us) the second or so it takes to exit after us.
 */
export const SHUTDOWN_MS = 8_000;

/** What asks the process to stop: what process managers, `timeout` and terminals send. */
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** One thing to stop, given the ms it may take; they run in the reverse order of `add`. */
type Step = { name: string; stop: (withinMs: number) => Promise<void> };

/**
 * Stops the process cleanly, whatever asks: SIGTERM, SIGINT, SIGHUP, or its parent going away.
 * `npm start` runs us as its child, and npm forwards SIGTERM and SIGINT but not SIGHUP; if npm
 * itself is killed we are left orphaned. So besides the signals we watch our parent: once it is
 * gone (we have been re-parented), we stop as if signalled.
 *
 * Steps added as the process starts (traces, Neo4j, the HTTP server) stop in reverse: the
 * server drains first, Neo4j stops after the last request. Each step gets what is left of
 * SHUTDOWN_MS minus what the steps after it reserve; past SHUTDOWN_MS the process exits anyway.
 * A repeated signal changes nothing: a terminal's Ctrl-C reaches us twice, from the terminal and
 * through npm.
 */
export class Shutdown {
  #steps: (Step & { reserveMs: number })[] = [];
  #stopping: Promise<never> | null = null;
  #parentWatch: NodeJS.Timeout | undefined;

  constructor(private readonly logger: Logger) {
    for (const signal of SIGNALS) process.on(signal, () => void this.stop(signal));
    const parent = process.ppid;
    // Pid 1 as parent (a container's init, or already orphaned) never changes: nothing to watch.
    if (parent > 1) {
      this.#parentWatch = setInterval(() => {
        if (process.ppid !== parent) void this.stop('parent process gone');
      }, 250);
      this.#parentWatch.unref();
    }
  }

  get stopping(): boolean {
    return this.#stopping !== null;
  }

  /** `reserveMs`: what this step keeps for itself when the steps before it share the budget. */
  add(name: string, stop: Step['stop'], reserveMs = 500): void {
    this.#steps.push({ name, stop, reserveMs });
  }

  stop(reason: string): Promise<never> {
    this.#stopping ??= this.#run(reason);
    return this.#stopping;
  }

  async #run(reason: string): Promise<never> {
    const deadline = Date.now() + SHUTDOWN_MS;
    clearInterval(this.#parentWatch);
    this.logger.info({ reason }, `stopping (${reason})`);
    const late = setTimeout(() => {
      this.logger.error(`not stopped within ${SHUTDOWN_MS} ms: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_MS);
    late.unref();
    let code = 0;
    const steps = [...this.#steps].reverse();
    for (const [i, step] of steps.entries()) {
      const reserved = steps.slice(i + 1).reduce((sum, later) => sum + later.reserveMs, 0);
      try {
        await step.stop(Math.max(0, deadline - Date.now() - reserved));
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, `stopping ${step.name} failed`);
        code = 1;
      }
    }
    this.logger.info('stopped');
    // pino writes asynchronously to a pipe: let the last lines out before exiting.
    await new Promise((resolve) => this.logger.flush(() => resolve(undefined)));
    process.exit(code);
  }
}
