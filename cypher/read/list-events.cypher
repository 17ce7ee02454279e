// The timeline: events matching a filter, one page, the root of a planned read (src/read/), oldest first (undated events last, ties by
// id). Every filter is optional (null = no filter).
// An event spans from its first day (`occurredOn`, the first day of the period the source names)
// to the last day of `endedOn`'s period, or else of `occurredOn`'s period plus `durationMonths`:
// an event known only as "2012" may have happened on any day of 2012, so it matches a window
// that overlaps its span ($from and $to are inclusive days).
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
// With $from, only events that can reach it are read (the last three CALL branches cost an
// index seek each): those that began in the year before $from or since (a span without
// `endedOn` or `durationMonths` is at most a year, its period's), those with `endedOn` and those
// with `durationMonths` (indexed: a few, long ones). Without $from every event is a candidate.
// The window is then checked exactly below. On the benchmark's 2,400 events a quarter's page
// reads ~400 where it read all (docs/reads.md).
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
WITH e
ORDER BY e.occurredOn IS NULL, e.occurredOn, e.id
SKIP $offset
LIMIT $limit
RETURN e AS n
