// Who said what: every statement with its speaker, the speaker's positions, the occasion, and whether the words are verbatim.
MATCH (s:Statement)
OPTIONAL MATCH (s)-[:BY]->(speaker)
RETURN
  CASE s.saidOnPrecision WHEN 'year' THEN toString(s.saidOn.year) WHEN 'month' THEN left(toString(s.saidOn), 7) ELSE toString(s.saidOn) END AS said,
  coalesce(speaker.name, s.attributedTo) AS speaker,
  [(speaker)-[p:HOLDS_POSITION]->(place) | p.title + ', ' + place.name] AS positions,
  s.text AS said_that,
  CASE WHEN s.direct THEN 'verbatim' ELSE 'reported' END AS form,
  s.quote AS quote,
  [(s)-[:MADE_AT]->(occasion) | occasion.summary] AS occasion,
  s.id AS id
ORDER BY s.saidOn, speaker, id
