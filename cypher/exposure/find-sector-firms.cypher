// The firms in each of $sectorIds: a sector passes its dependencies on to the firms in it.
UNWIND $sectorIds AS sectorId
MATCH (firm:Company)-[inSector:IN_SECTOR]->(sector:Entity {id: sectorId})
RETURN sector.id AS sectorId, firm.id AS firmId,
  {type: 'IN_SECTOR', from: firm.id, to: sector.id, props: properties(inSector)} AS hop
