// Measures matching a filter, one page, ordered by id: the root of a planned read (src/read/),
// which projects what the client selected of each. Every filter is optional (null = no filter).
// $asOf (a date string) asks for each measure's status on that day: the last status change on or
// before it. A measure that did not exist yet, or was lifted or suspended by then, is not active.
// $knownAt (an instant) reads the graph as it was known then (docs/history.md): facts asserted by
// then and not retracted by then, each measure with the properties it had then (its version) and
// its status from the status changes known then. Retracted facts count only with
// $includeRetracted. The status is always derived from the changes that stand, so a retracted
// change no longer decides it.
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
MATCH (m:Measure)
// Read from the id index in its order: no sort of them all, and the scan stops at the page's end
// (list-current-measures.cypher says why the hint).
USING INDEX m:Measure(id)
WHERE m.id IS NOT NULL
  AND (known IS NULL OR coalesce(m.assertedAt <= known, true))
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
  // Without $knownAt a measure's kind is its current one: filter on it before any other work.
  AND ($kinds IS NULL OR known IS NOT NULL OR m.kind IN $kinds)
  AND ($covers IS NULL OR EXISTS {
    (m)-[r:COVERS]->(g:Entity) WHERE g.id IN $covers
      AND (known IS NULL OR coalesce(r.assertedAt <= known, true))
      AND ($includeRetracted OR r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt))
  })
WITH m, known,
  // The properties as known then: read before the page only when $knownAt asks for a past
  // version (its kind may differ); otherwise the page's own properties are read after it.
  CASE WHEN known IS NULL OR coalesce(m.updatedAt, m.assertedAt, known) <= known
    THEN null
    // The version that held at `known`; the current properties if none did (never expected).
    ELSE coalesce(COLLECT {
      MATCH (m)-[:PREVIOUS_VERSION]->(v:Version)
      WHERE coalesce(v.updatedAt, v.assertedAt) <= known AND known < v.supersededAt
      RETURN properties(v)
    }[0], properties(m))
  END AS pastProps,
  // The status is worked out here only when a filter needs it, else for the page alone below.
  CASE WHEN $asOf IS NULL AND $statuses IS NULL THEN null ELSE
    COLLECT {
      MATCH (m)-[h:HAD_STATUS]->(s:StatusChange)
      WHERE (known IS NULL OR coalesce(s.assertedAt <= known, true))
        AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
      // Each change as known then (its date and status): the version that held at `known` if
      // an import corrected it since.
      WITH s, CASE WHEN known IS NULL OR coalesce(s.updatedAt, s.assertedAt, known) <= known THEN s
        ELSE coalesce(COLLECT {
          MATCH (s)-[:PREVIOUS_VERSION]->(v:Version)
          WHERE coalesce(v.updatedAt, v.assertedAt) <= known AND known < v.supersededAt
          RETURN v
        }[0], s) END AS change
      WHERE $asOf IS NULL OR change.on <= date($asOf)
      RETURN change.status ORDER BY change.on DESC, change.index DESC LIMIT 1
    }[0]
  END AS status
WHERE ($kinds IS NULL OR coalesce(pastProps.kind, m.kind) IN $kinds)
  AND ($asOf IS NULL OR status IN ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE'])
  AND ($statuses IS NULL OR status IN $statuses)
WITH m, known, pastProps, status
ORDER BY m.id
SKIP $offset
LIMIT $limit
RETURN m AS n
