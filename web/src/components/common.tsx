import type { ComponentChildren } from 'preact';
import type { Answer, AnswerData } from '../api.ts';

/** Loading, an error in words, or the page itself. */
export function Answered<T>({
  answer,
  what,
  children,
}: {
  answer: Answer<T>;
  what: string;
  children: (data: AnswerData<T>) => ComponentChildren;
}) {
  if (answer.state === 'loading') {
    return (
      <p class="quiet" role="status">
        Asking for {what}…
      </p>
    );
  }
  if (answer.state === 'error') {
    return (
      <p class="problem" role="alert">
        Could not get {what}: {answer.message}
      </p>
    );
  }
  return <>{children(answer.data)}</>;
}

/** A score 0..1 as a bar and a number, announced as a percentage. */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  const percent = Math.round(score * 1000) / 10;
  return (
    <span class="score">
      <meter min={0} max={1} value={score} aria-label={`${label}: score ${percent}%`} />
      <span class="score-number">{score.toFixed(3)}</span>
    </span>
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date at the precision the source gives it: "8 January 2026", "January 2026", "2010". */
export function formatDate(
  date: { date: string; precision: string } | null | undefined,
): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (date.precision === 'YEAR') return year;
  if (date.precision === 'MONTH') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** MEASURE_STATUS → "measure status". */
export function words(constant: string): string {
  return constant.toLowerCase().replace(/_/g, ' ');
}

export function Sources({
  sources,
}: {
  sources: { id: string; title: string; url?: string | null }[];
}) {
  if (sources.length === 0) return <span class="quiet">no source</span>;
  return (
    <span class="sources">
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : ''}
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </span>
      ))}
    </span>
  );
}
