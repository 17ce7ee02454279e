// The countries firms are based in, with the BASED_IN relationship for the path's last hop.
UNWIND $firmIds AS firmId
MATCH (firm:Entity {id: firmId})-[basedIn:BASED_IN]->(country:Country)
RETURN firm.id AS firmId, country.id AS countryId,
  {type: 'BASED_IN', from: firm.id, to: country.id, props: properties(basedIn)} AS hop
