// How many measures match the filter of list-measures.cypher (kept identical to it): asked only
// when a client selects `totalCount`.
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
MATCH (m:Measure)
WHERE (known IS NULL OR coalesce(m.assertedAt <= known, true))
  AND ($includeRetracted OR m.retractedAt IS NULL OR m.retractedAt > coalesce(known, m.retractedAt))
  AND ($imposedBy IS NULL OR EXISTS {
    (m)-[r:IMPOSED_BY]->(a:Entity) WHERE a.id IN $imposedBy
      AND (known IS NULL OR coalesce(r.assertedAt <= known, true))
      AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt))
  })
  AND ($targets IS NULL OR EXISTS {
    (m)-[r:TARGETS]->(a:Entity) WHERE a.id IN $targets
      AND (known IS NULL OR coalesce(r.assertedAt <= known, true))
      AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt))
  })
  AND ($covers IS NULL OR EXISTS {
    (m)-[r:COVERS]->(g:Entity) WHERE g.id IN $covers
      AND (known IS NULL OR coalesce(r.assertedAt <= known, true))
      AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt))
  })
WITH m, known,
  CASE WHEN known IS NULL OR coalesce(m.updatedAt, m.assertedAt, known) <= known
    THEN properties(m)
    // The version that held at `known`; the current properties if none did (never expected).
    ELSE coalesce(COLLECT {
      MATCH (m)-[:PREVIOUS_VERSION]->(v:Version)
      WHERE coalesce(v.updatedAt, v.assertedAt) <= known AND known < v.supersededAt
      RETURN properties(v)
    }[0], properties(m))
  END AS props,
  COLLECT {
    MATCH (m)-[h:HAD_STATUS]->(s:StatusChange)
    WHERE (known IS NULL OR coalesce(s.assertedAt <= known, true))
      AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
    // Each change as known then (its date and status): the version that held at `known` if an
    // import corrected it since.
    WITH s, CASE WHEN known IS NULL OR coalesce(s.updatedAt, s.assertedAt, known) <= known THEN s
      ELSE coalesce(COLLECT {
        MATCH (s)-[:PREVIOUS_VERSION]->(v:Version)
        WHERE coalesce(v.updatedAt, v.assertedAt) <= known AND known < v.supersededAt
        RETURN v
      }[0], s) END AS change
    WHERE $asOf IS NULL OR change.on <= date($asOf)
    RETURN change.status ORDER BY change.on DESC, change.index DESC LIMIT 1
  }[0] AS status
WHERE ($kinds IS NULL OR props.kind IN $kinds)
  AND ($asOf IS NULL OR status IN ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE'])
  AND ($statuses IS NULL OR status IN $statuses)
RETURN count(*) AS total
