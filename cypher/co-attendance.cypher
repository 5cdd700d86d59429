// name: co-attendance
// question: Whom did a leader meet (at the same summit, talks, visit or call), how often, and when last?
// param: leader  a leader's name, lenient: 'Putin', 'Tập Cận Bình', 'xi jinping' (or a key) [name:Leader]
// :param {leader: 'Putin'}

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
MATCH (l)-[:MET_AT]->(s:Summit)<-[:MET_AT]-(o:Leader)
WHERE o <> l
WITH l, o, s ORDER BY s.date STARTS WITH '--', s.date DESC
WITH l, o, collect(DISTINCT s) AS summits
// summits: the latest first; a date without a year ('--09-15') counts as older
// than any dated one, and an unknown date as the oldest.
RETURN l.name AS leader, o.name AS met, o.key AS met_key, o.country AS country,
       size(summits) AS meetings, head(summits).date AS last, [s IN summits | s.name] AS summits
ORDER BY meetings DESC, last STARTS WITH '--', last DESC, met;
