// The dispute's timeline: every event and every change in a measure's status, oldest first, with the words that date it.
// Dates print at the precision the source gives (2012, 2025-11, 2026-01-07), and `inferred` marks a date the article implies but does not print.
CALL () {
  MATCH (e:Event)
  WHERE e.occurredOn IS NOT NULL
  RETURN e.occurredOn AS on, e.occurredOnPrecision AS precision, coalesce(e.occurredOnInferred, false) AS inferred,
    'event ' + e.kind AS what, e.summary AS summary, e.quote AS quote, e.id AS id
  UNION ALL
  MATCH (m:Measure)-[:HAD_STATUS]->(s:StatusChange)
  RETURN s.on AS on, s.onPrecision AS precision, coalesce(s.onInferred, false) AS inferred,
    'measure ' + s.status AS what, coalesce(m.title, m.description) AS summary, s.quote AS quote, m.id AS id
}
RETURN
  CASE precision WHEN 'year' THEN toString(on.year) WHEN 'month' THEN left(toString(on), 7) ELSE toString(on) END AS date,
  inferred, what, summary, quote, id
ORDER BY on, what, id
