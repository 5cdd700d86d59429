// name: overview
// question: What does the graph hold? Nodes per label, relationships per type, and the 10 most connected leaders.
// :param {}

// Counts come from Neo4j's count store (no scan), so the labels and types
// are listed one by one: every label and type of the model.
CALL () {
  MATCH (n:Leader) RETURN 'Leader' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Country) RETURN 'Country' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Organization) RETURN 'Organization' AS name, count(n) AS count
  UNION ALL
  MATCH (n:City) RETURN 'City' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Summit) RETURN 'Summit' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Agreement) RETURN 'Agreement' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Article) RETURN 'Article' AS name, count(n) AS count
}
WITH name, count WHERE count > 0
RETURN 'label' AS kind, name, count
UNION ALL
CALL () {
  MATCH ()-[r:MET_AT]->() RETURN 'MET_AT' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SIGNED]->() RETURN 'SIGNED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:REPRESENTS]->() RETURN 'REPRESENTS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:HELD_IN]->() RETURN 'HELD_IN' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:OF]->() RETURN 'OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SIGNED_AT]->() RETURN 'SIGNED_AT' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS name, count(r) AS count
}
WITH name, count WHERE count > 0
RETURN 'relationship' AS kind, name, count
UNION ALL
// The leaders with the most facts (relationships other than MENTIONS),
// read through the index of the Leader key constraint.
CALL () {
  MATCH (l:Leader) USING INDEX l:Leader(key)
  WHERE l.key IS NOT NULL
  RETURN coalesce(l.name, l.key) AS name,
         COUNT { (l)-[r]-() WHERE type(r) <> 'MENTIONS' } AS count
  ORDER BY count DESC, name
  LIMIT 10
}
RETURN 'leader' AS kind, name, count;
