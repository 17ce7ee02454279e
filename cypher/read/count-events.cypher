// How many events match the filter of list-events.cypher (kept identical to it): asked only when
// a client selects `totalCount`.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (e:Event)
WHERE ($includeRetracted OR e.retractedAt IS NULL)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($involving IS NULL OR EXISTS {
    (e)-[r:BY|INVOLVES|ABOUT]->(a:Actor)
    WHERE a.id IN $involving AND ($includeRetracted OR r.retractedAt IS NULL)
  })
WITH e,
  CASE coalesce(e.endedOnPrecision, e.occurredOnPrecision)
    WHEN 'year' THEN duration({years: 1, days: -1})
    WHEN 'month' THEN duration({months: 1, days: -1})
    ELSE duration({days: 0})
  END AS lastDayOffset
WITH e,
  CASE WHEN e.endedOn IS NOT NULL THEN e.endedOn + lastDayOffset
    ELSE e.occurredOn + lastDayOffset + duration({months: coalesce(e.durationMonths, 0)})
  END AS endsOn
WHERE ($from IS NULL OR endsOn >= date($from))
  AND ($to IS NULL OR e.occurredOn <= date($to))
RETURN count(*) AS total
