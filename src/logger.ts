import type { YogaLogger } from 'graphql-yoga';
import { pino } from 'pino';

export type Logger = pino.Logger;

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * One logger per process: human-readable (pino-pretty) when a person watches a terminal, one
 * JSON object per line otherwise, for a log collector. LOG_FORMAT forces either: `json` under
 * `docker run -t`, whose terminal nobody reads; `pretty` when piping into `less`.
 */
export function createLogger(level: string, format: LogFormat = 'auto'): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return pino({
    level,
    // API keys must never reach a log, whoever logs a request or its headers one day.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'headers.authorization',
        'headers["x-api-key"]',
      ],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
      : {}),
  });
}

/**
 * What Yoga logs, through ours. Yoga logs each error it masks, without the request it belongs
 * to; we log those ourselves with it (observability/error-log.ts), so Yoga's copy goes to debug.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const at =
    (level: 'debug' | 'info' | 'warn') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, ...(rest as []));
      else logger[level](String(first), ...(rest as []));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('debug') };
}
