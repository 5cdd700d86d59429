// name: leader-timeline
// question: What did a leader do, in date order: the meetings and summits attended, the agreements signed?
// param: leader  a leader's name, lenient: 'Xi', 'Tập Cận Bình', 'putin' (or a key) [name:Leader]
// :param {leader: 'Tập Cận Bình'}

// $leader -> l: the Leader whose key is $leader, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Leader {key: $leader}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($leader, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' ' + w + '^4 ' + w + '*' + CASE WHEN size(w) >= 4 THEN ' ' + w + '~1' ELSE '' END) AS q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
  WHERE node:Leader
  RETURN node AS n, score
}
WITH n AS l ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
CALL (l) {
  MATCH (l)-[r:MET_AT]->(s:Summit)
  RETURN s.date AS date, 'meeting' AS event, s.kind AS kind, s.key AS key, s.name AS name,
         [s] AS at, s.status AS status,
         COLLECT { MATCH (s)<-[:MET_AT]-(o:Leader) WHERE o <> l RETURN o.name ORDER BY o.name } AS with,
         r.sources AS sources
  UNION ALL
  MATCH (l)-[r:SIGNED]->(g:Agreement)
  RETURN g.date AS date, 'agreement' AS event, g.kind AS kind, g.key AS key, g.name AS name,
         COLLECT { MATCH (g)-[:SIGNED_AT]->(s:Summit) RETURN s ORDER BY s.date DESC } AS at, g.status AS status,
         COLLECT { MATCH (g)<-[:SIGNED]-(o) WHERE o <> l RETURN DISTINCT coalesce(o.name, o.key, o.iso2) AS o ORDER BY o } AS with,
         r.sources AS sources
}
// The place: the city, else the country's name (looked up by its key).
WITH l, date, event, kind, key, name, status, with, sources, head(at) AS s
RETURN l.name AS leader, date, event, kind, name,
       coalesce(s.city, head(COLLECT { MATCH (c:Country {iso2: s.country}) RETURN c.name }), s.country) AS place,
       s.org AS org, status, with, sources, key
ORDER BY date STARTS WITH '--', date, event DESC, key;
