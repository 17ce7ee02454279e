import { useEffect, useState } from 'preact/hooks';
import { useAsk } from '../api.ts';
import { Answered, formatDate, ScoreBar, Sources, words } from '../components/common.tsx';
import { ExposedFirmsQuery, MeasureQuery } from '../operations/explorer.ts';
import { href, navigate } from '../route.ts';

const SCOPE_WORDS: Record<string, string> = {
  NAMED_TARGETS: 'Reaches the targets it names',
  ALL_DESTINATIONS: 'Reaches every destination but the imposer',
  ALL_EXCEPT: 'Reaches every destination but the imposer and those it exempts',
};

export function MeasurePage({
  id,
  asOf,
  minScore,
}: {
  id: string;
  asOf: string;
  minScore: string;
}) {
  const measure = useAsk(MeasureQuery, { id });
  return (
    <Answered answer={measure} what="the measure">
      {(data) => {
        const node = data.node;
        if (!node) {
          return (
            <p class="problem" role="alert">
              There is no measure with the id “{id}”. <a href={href('')}>Search for one</a>.
            </p>
          );
        }
        if (node.__typename !== 'Measure') {
          return (
            <p class="problem" role="alert">
              “{node.label}” is a {node.__typename.toLowerCase()}, not a measure.
            </p>
          );
        }
        const history = node.statusHistory.edges
          .map((edge) => edge.node)
          .sort((a, b) => a.on.date.localeCompare(b.on.date));
        return (
          <article aria-labelledby="measure-heading">
            <p class="kind">
              {words(node.kind)}
              {node.status ? ` · ${words(node.status)}` : ''}
              {node.hypothetical ? ' · hypothetical' : ''}
            </p>
            <h1 id="measure-heading">{node.title}</h1>
            <p>{node.description}</p>
            <dl class="facts">
              <dt>Imposed by</dt>
              <dd>{node.imposedBy.edges.map((edge) => edge.node.label).join(', ') || '—'}</dd>
              <dt>Scope</dt>
              <dd>
                {SCOPE_WORDS[node.scope.kind] ?? node.scope.kind}
                {node.targets.edges.length > 0
                  ? `: ${node.targets.edges.map((edge) => edge.node.label).join(', ')}`
                  : ''}
                {node.exempts.edges.length > 0
                  ? `; exempts ${node.exempts.edges.map((edge) => edge.node.label).join(', ')}`
                  : ''}
                {node.scope.quote ? (
                  <>
                    {' '}
                    <q class="quote">{node.scope.quote}</q>
                  </>
                ) : null}
                {node.scope.inferred && node.scope.rationale ? (
                  <span class="quiet"> (inferred: {node.scope.rationale})</span>
                ) : null}
              </dd>
              <dt>Sources</dt>
              <dd>
                <Sources sources={node.sources} />
              </dd>
            </dl>

            <h2 id="history-heading">Status history</h2>
            {history.length === 0 ? (
              <p class="empty">No status change is recorded.</p>
            ) : (
              <ol class="timeline" aria-labelledby="history-heading">
                {history.map((change) => (
                  <li key={change.id}>
                    <time dateTime={change.on.date}>{formatDate(change.on)}</time>{' '}
                    <strong>{words(change.status)}</strong>
                    {change.quote ? (
                      <>
                        {' '}
                        <q class="quote">{change.quote}</q>
                      </>
                    ) : null}
                    {change.inferred && change.rationale ? (
                      <span class="quiet"> (inferred: {change.rationale})</span>
                    ) : null}{' '}
                    <span class="quiet">
                      — <Sources sources={change.sources} />
                    </span>
                  </li>
                ))}
              </ol>
            )}

            <h2>Goods it covers ({node.covers.totalCount})</h2>
            {node.covers.edges.length === 0 ? (
              <p class="empty">It names no good.</p>
            ) : (
              <ul class="goods">
                {node.covers.edges.map((edge) => (
                  <li key={edge.node.id}>{edge.node.label}</li>
                ))}
              </ul>
            )}

            <ExposedFirms measure={node.id} asOf={asOf} minScore={minScore} />
          </article>
        );
      }}
    </Answered>
  );
}

/** Today in ISO form, the API's default `asOf`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function ExposedFirms({
  measure,
  asOf,
  minScore,
}: {
  measure: string;
  asOf: string;
  minScore: string;
}) {
  const [day, setDay] = useState(asOf || today());
  const [threshold, setThreshold] = useState(minScore || '0');
  useEffect(() => setDay(asOf || today()), [asOf]);
  useEffect(() => setThreshold(minScore || '0'), [minScore]);
  const score = Number(threshold);
  const answer = useAsk(ExposedFirmsQuery, {
    measure,
    asOf: asOf || null,
    minScore: minScore && Number(minScore) > 0 ? Number(minScore) : null,
  });
  const change = (next: { asOf?: string; minScore?: string }) =>
    navigate(
      href('measure', measure, {
        asOf: next.asOf ?? asOf,
        minScore: next.minScore ?? minScore,
      }),
      true,
    );
  return (
    <section aria-labelledby="firms-heading">
      <h2 id="firms-heading">Firms exposed</h2>
      <form class="controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          As of{' '}
          <input
            type="date"
            name="asOf"
            value={day}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDay(value);
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) change({ asOf: value });
            }}
          />
        </label>
        <label>
          Lowest score shown{' '}
          <input
            type="number"
            name="minScore"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setThreshold(value);
              if (value === '' || (Number(value) >= 0 && Number(value) <= 1)) {
                change({ minScore: value === '0' ? '' : value });
              }
            }}
          />
        </label>
      </form>
      <Answered answer={answer} what="the exposed firms">
        {(data) => {
          const result = data.exposedFirms;
          if (!result || result.error) {
            return (
              <p class="problem" role="alert">
                {result?.error && 'message' in result.error
                  ? result.error.message
                  : 'The measure cannot be scored.'}
              </p>
            );
          }
          const firms = result.edges.map((edge) => edge.node);
          const on = formatDate({ date: asOf || today(), precision: 'DAY' });
          return (
            <>
              {result.uncertain && result.uncertainty ? (
                <p class="warning" role="note">
                  Uncertain: {result.uncertainty}
                </p>
              ) : null}
              {firms.length === 0 ? (
                <p class="empty" role="status">
                  No firm is exposed to this measure on {on}
                  {score > 0 ? ` with a score of ${score} or more` : ''}. A measure counts only
                  while it is announced, under consideration, in force or suspended: before it was
                  taken, or after it was lifted, it reaches no one.
                </p>
              ) : (
                <>
                  <p class="quiet" role="status">
                    {result.totalCount} firm{result.totalCount === 1 ? '' : 's'} exposed on {on},
                    most exposed first. A score is the product of the weights along the firm’s best
                    path to the measure (0 to 1).
                  </p>
                  <ol class="ranked">
                    {firms.map((firm) => (
                      <li key={firm.firm.id}>
                        <a href={href('firm', firm.firm.id, { asOf, focus: measure })}>
                          {firm.firm.label}
                        </a>
                        <ScoreBar score={firm.score} label={firm.firm.label} />
                        <span class="quiet">
                          {' '}
                          via {firm.path.hops.map((hop) => hop.type).join(' → ')}
                        </span>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </>
          );
        }}
      </Answered>
    </section>
  );
}
