// name: overview
// question: What does the graph hold? Nodes per label, relationships per type, and the 10 most connected leaders.
// :param {}

CALL {
  MATCH (n)
  UNWIND labels(n) AS name
  RETURN 'label' AS kind, name, count(*) AS count
  ORDER BY name
}
RETURN kind, name, count
UNION ALL
CALL {
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
  ORDER BY name
}
RETURN kind, name, count
UNION ALL
CALL {
  MATCH (l:Leader)
  RETURN 'leader' AS kind, coalesce(l.name, l.key) AS name,
         COUNT { (l)-[r]-() WHERE type(r) <> 'MENTIONS' } AS count
  ORDER BY count DESC, name
  LIMIT 10
}
RETURN kind, name, count;
