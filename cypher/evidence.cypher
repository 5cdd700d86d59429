// name: evidence
// question: Why do we believe two things are linked? Each fact between them, directly or through a shared summit or agreement, with its articles and sentences.
// param: from  any name, lenient ('Putin', 'China', 'SCO', 'Samarkand') or a key [name:*]
// param: to  another name, the same way [name:*]
// param: type  only facts of this relationship type ('MET_AT', 'member_of'); '' for all [optional]
// :param {from: 'Putin', to: 'Tập Cận Bình', type: ''}

// $from -> a: the entity (any label) whose key is $from, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Leader {key: $from}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Country {iso2: $from}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Organization {key: $from}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:City {key: $from}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Summit {key: $from}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Agreement {key: $from}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($from, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' ' + w + '^4 ' + w + '*' + CASE WHEN size(w) >= 4 THEN ' ' + w + '~1' ELSE '' END) AS q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
  // Summit and Agreement names repeat the names of leaders, places and
  // organisations: they count less, so that 'Xi' is the leader, not a meeting of his.
  RETURN node AS n, score * CASE WHEN node:Summit OR node:Agreement THEN 0.7 ELSE 1.0 END AS score
}
WITH n AS a ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
// $to -> b: the entity (any label) whose key is $to, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Leader {key: $to}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Country {iso2: $to}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Organization {key: $to}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:City {key: $to}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Summit {key: $to}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Agreement {key: $to}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($to, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' ' + w + '^4 ' + w + '*' + CASE WHEN size(w) >= 4 THEN ' ' + w + '~1' ELSE '' END) AS q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
  // Summit and Agreement names repeat the names of leaders, places and
  // organisations: they count less, so that 'Xi' is the leader, not a meeting of his.
  RETURN node AS n, score * CASE WHEN node:Summit OR node:Agreement THEN 0.7 ELSE 1.0 END AS score
}
WITH a, n AS b ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
WITH a, b, toUpper(coalesce($type, '')) AS only
WHERE a <> b
CALL (a, b, only) {
  // Facts between the two.
  MATCH (a)-[r]-(b)
  WHERE type(r) <> 'MENTIONS' AND (only = '' OR type(r) = only)
  RETURN null AS via, r
  UNION
  // Facts that meet at a summit or agreement: both at the same summit, a
  // country that signed what a leader signed, a summit held in a city...
  MATCH (a)-[r1]-(m)-[r2]-(b)
  WHERE (m:Summit OR m:Agreement) AND type(r1) <> 'MENTIONS' AND type(r2) <> 'MENTIONS'
    AND (only = '' OR type(r1) = only OR type(r2) = only)
  UNWIND [r1, r2] AS r
  RETURN m AS via, r
}
WITH via, r, startNode(r) AS x, endNode(r) AS y
RETURN coalesce(via.name, via.key) AS via, via.date AS date,
       coalesce(x.name, x.key, x.iso2) AS from, type(r) AS type, coalesce(y.name, y.key, y.iso2) AS to,
       [k IN keys(r) WHERE NOT k IN ['sources', 'evidence'] | k + ': ' + toString(r[k])] AS properties,
       r.sources AS sources,
       COLLECT { UNWIND r.sources AS id MATCH (art:Article {id: id}) RETURN coalesce(art.title, art.source, art.id) ORDER BY id } AS articles,
       r.evidence AS evidence
ORDER BY via IS NOT NULL, date STARTS WITH '--', date, via, type, from;
