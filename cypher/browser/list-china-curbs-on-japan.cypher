// What China has curbed against Japan: each measure (taken or under consideration, not the costed scenarios) with its status, goods covered, status history and quote.
// Another pair of countries: change the two ids below (ISO alpha-2: country:CN, country:JP).
MATCH (m:Measure)-[:IMPOSED_BY]->(:Country {id: 'country:CN'}),
  (m)-[:TARGETS]->(:Country {id: 'country:JP'})
WHERE NOT coalesce(m.hypothetical, false)
RETURN
  coalesce(m.title, m.description) AS title,
  m.kind AS kind,
  m.status AS status,
  m.description AS description,
  [(m)-[:COVERS]->(good) | good.name] AS covers,
  COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange)
    WITH s ORDER BY s.index
    RETURN s.status + ' ' + CASE s.onPrecision WHEN 'year' THEN toString(s.on.year) WHEN 'month' THEN left(toString(s.on), 7) ELSE toString(s.on) END
      + CASE WHEN s.onInferred THEN ' (inferred)' ELSE '' END
  } AS history,
  m.quote AS quote,
  m.id AS id
ORDER BY coalesce(m.announcedOn, m.effectiveFrom, date('2100-01-01')), id
