// Commodities whose HS codes share the longest leading digits with $code: what to suggest when no
// commodity carries the code itself (2847 suggests the rare-earth compounds of 2846, in chapter 28).
MATCH (good:Commodity)
WHERE good.retractedAt IS NULL AND good.hsCodes IS NOT NULL
WITH good, reduce(best = 0, hs IN good.hsCodes |
  CASE WHEN size([i IN range(1, size(replace(hs, '.', ''))) WHERE left(replace(hs, '.', ''), i) = left($code, i)]) > best
    THEN size([i IN range(1, size(replace(hs, '.', ''))) WHERE left(replace(hs, '.', ''), i) = left($code, i)]) ELSE best END) AS shared
WHERE shared >= 2
RETURN good.id AS goodId, shared
ORDER BY shared DESC, goodId
LIMIT 5
