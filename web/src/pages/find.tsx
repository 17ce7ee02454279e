import { useEffect, useRef, useState } from 'preact/hooks';
import { useAsk } from '../api.ts';
import { Answered } from '../components/common.tsx';
import { SearchQuery } from '../operations/explorer.ts';
import { href, navigate } from '../route.ts';

/** Where a hit leads: measures and firms have pages; other kinds are shown as found. */
function hitLink(typename: string, id: string): string | undefined {
  if (typename === 'Measure') return href('measure', id);
  if (typename === 'Company') return href('firm', id);
  return undefined;
}

const KIND_WORDS: Record<string, string> = {
  Measure: 'measure',
  Company: 'firm',
  Commodity: 'good',
  Country: 'country',
  Sector: 'sector',
  Person: 'person',
  GovernmentBody: 'government body',
  MediaOutlet: 'media outlet',
  ResearchInstitute: 'research institute',
  Event: 'event',
  Statement: 'statement',
  Source: 'source',
};

export function FindPage({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(query), [query]);
  useEffect(() => input.current?.focus(), []);
  const answer = useAsk(SearchQuery, query.trim() ? { query: query.trim() } : null);
  return (
    <section aria-labelledby="find-heading">
      <h1 id="find-heading">Find</h1>
      <p>
        Which firms depend on which curbed goods, how badly, since when, and says who? Start with a
        measure, a firm, a good or a country.
      </p>
      <form
        class="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(href('', undefined, { q: text.trim() }));
        }}
      >
        <label for="search-box">Search measures, firms, goods and countries</label>
        <div class="search-row">
          <input
            id="search-box"
            ref={input}
            type="search"
            value={text}
            placeholder="dual-use export, Mitsubishi, gallium, Japan"
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">Search</button>
        </div>
      </form>
      {query.trim() ? (
        <Answered answer={answer} what="the search results">
          {({ search: { edges: hits, pageInfo } }) =>
            hits.length === 0 ? (
              <p class="empty" role="status">
                Nothing found for “{query}”. Try fewer words, another spelling, or a name such as
                “gallium” or “Mitsubishi”.
              </p>
            ) : (
              <>
                <p role="status" class="quiet">
                  {pageInfo.hasNextPage ? `The best ${hits.length}` : hits.length} found for “
                  {query}”{hits.every((hit) => hit.fuzzy) ? ' (by approximate spelling)' : ''}.
                </p>
                <ol class="hits">
                  {hits.map((hit) => {
                    const link = hitLink(hit.node.__typename, hit.node.id);
                    const kind = KIND_WORDS[hit.node.__typename] ?? hit.node.__typename;
                    return (
                      <li key={hit.node.id}>
                        <span class="kind">{kind}</span>{' '}
                        {link ? (
                          <a href={link}>{hit.node.label}</a>
                        ) : (
                          <strong>{hit.node.label}</strong>
                        )}
                        {hit.snippet && hit.snippet !== hit.node.label ? (
                          <span class="snippet"> — {hit.snippet}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
              </>
            )
          }
        </Answered>
      ) : null}
    </section>
  );
}
