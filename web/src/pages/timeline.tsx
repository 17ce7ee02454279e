import { useAsk } from '../api.ts';
import { Answered, formatDate, Sources, words } from '../components/common.tsx';
import { TimelineQuery } from '../operations/explorer.ts';
import { href } from '../route.ts';

interface Entry {
  id: string;
  kind: string;
  date: { date: string; precision: string } | null | undefined;
  title: string;
  detail?: string | undefined;
  link?: string | undefined;
  sources: { id: string; title: string; url?: string | null }[];
}

/** The dispute's timeline: events, statements and measures in date order, each with its source. */
export function TimelinePage() {
  const answer = useAsk(TimelineQuery, {});
  return (
    <section aria-labelledby="timeline-heading">
      <h1 id="timeline-heading">The dispute’s timeline</h1>
      <Answered answer={answer} what="the timeline">
        {(data) => {
          const entries: Entry[] = [
            ...data.events.edges.map(({ node }) => ({
              id: node.id,
              kind: `event · ${node.kind.toLowerCase().replace(/_/g, ' ')}`,
              date: node.occurredOn,
              title: node.label,
              detail: node.summary !== node.label ? node.summary : undefined,
              sources: node.sources,
            })),
            ...data.statements.edges.map(({ node }) => {
              const by = node.by.edges[0]?.node.label ?? node.attributedTo ?? 'Someone';
              return {
                id: node.id,
                kind: 'statement',
                date: node.saidOn,
                title: `${by}: “${node.label}”`,
                sources: node.sources,
              };
            }),
            ...data.measures.edges.map(({ node }) => ({
              id: node.id,
              kind: `measure${node.status ? ` · ${words(node.status)}` : ''}`,
              date: node.announcedOn ?? node.effectiveFrom,
              title: node.label,
              link: href('measure', node.id),
              sources: node.sources,
            })),
          ].sort((a, b) => (a.date?.date ?? '9999').localeCompare(b.date?.date ?? '9999'));
          if (entries.length === 0) {
            return <p class="empty">The graph holds no event, statement or measure yet.</p>;
          }
          return (
            <ol class="timeline long">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <time dateTime={entry.date?.date}>{formatDate(entry.date) ?? 'undated'}</time>{' '}
                  <span class="kind">{entry.kind}</span>{' '}
                  {entry.link ? (
                    <a href={entry.link}>{entry.title}</a>
                  ) : (
                    <strong>{entry.title}</strong>
                  )}
                  {entry.detail ? <p>{entry.detail}</p> : null}
                  <p class="quiet">
                    Source: <Sources sources={entry.sources} />
                  </p>
                </li>
              ))}
            </ol>
          );
        }}
      </Answered>
    </section>
  );
}
