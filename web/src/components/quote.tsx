/**
 * A quote shown inside its source's text, highlighted: the passage around it, with the whole text
 * a click away.
 */
const AROUND = 280;

export function QuoteInSource({
  quote,
  source,
}: {
  quote: string;
  source: { id: string; title: string; publisher?: string | null; text?: string | null };
}) {
  const text = source.text ?? '';
  const at = findQuote(text, quote);
  const heading = `${source.title}${source.publisher ? ` (${source.publisher})` : ''}`;
  if (at === undefined) {
    return (
      <figure class="source">
        <blockquote>
          <mark>{quote}</mark>
        </blockquote>
        <figcaption>{heading}. The quote is not in the text the graph keeps of it.</figcaption>
      </figure>
    );
  }
  const [start, end] = at;
  const from = Math.max(0, start - AROUND);
  const to = Math.min(text.length, end + AROUND);
  return (
    <figure class="source" data-source={source.id}>
      <figcaption>In {heading}:</figcaption>
      <blockquote>
        {from > 0 ? '… ' : ''}
        {text.slice(from, start)}
        <mark>{text.slice(start, end)}</mark>
        {text.slice(end, to)}
        {to < text.length ? ' …' : ''}
      </blockquote>
      {from > 0 || to < text.length ? (
        <details>
          <summary>The whole source</summary>
          <p class="source-text">
            {text.slice(0, start)}
            <mark>{text.slice(start, end)}</mark>
            {text.slice(end)}
          </p>
        </details>
      ) : null}
    </figure>
  );
}

/** Where the quote stands in the text: exactly, else ignoring runs of white space. */
export function findQuote(text: string, quote: string): [number, number] | undefined {
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (pattern === '') return undefined;
  const match = new RegExp(pattern).exec(text);
  return match ? [match.index, match.index + match[0].length] : undefined;
}
