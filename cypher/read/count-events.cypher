// How many events match the filter of list-events.cypher (kept identical to it): asked only when
// a client selects `totalCount`.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
// The candidates as in list-events.cypher, which says why.
CALL () {
  MATCH (e:Event)
  USING INDEX e:Event(occurredOn)
  WHERE e.occurredOn >= date($from) - duration({years: 1})
    AND e.occurredOn <= coalesce(date($to), date('+999999999-12-31'))
  RETURN e
  UNION
  MATCH (e:Event) WHERE e.endedOn IS NOT NULL RETURN e
  UNION
  MATCH (e:Event) WHERE e.durationMonths IS NOT NULL RETURN e
  UNION
  UNWIND CASE WHEN $from IS NULL THEN [true] ELSE [] END AS unbounded
  MATCH (e:Event)
  RETURN e
}
WITH e
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
