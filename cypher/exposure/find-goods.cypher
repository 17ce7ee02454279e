// The commodities `simulate` was given as ids or HS codes ("2846", "2805.30", "03"): each entry of
// $refs finds the commodity with that id, or those whose hsCodes list the code. Few commodities
// carry codes, so the scan of the label is small; ids are a unique index seek.
UNWIND $refs AS ref
OPTIONAL CALL (ref) {
  MATCH (good:Commodity:Entity {id: ref})
  WHERE good.retractedAt IS NULL
  RETURN good
  UNION
  MATCH (good:Commodity)
  WHERE ref IN good.hsCodes AND good.retractedAt IS NULL
  RETURN good
}
RETURN ref, collect(good.id) AS goodIds
