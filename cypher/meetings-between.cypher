// name: meetings-between
// question: When and where did two leaders meet? Each meeting once, with the articles and sentences that state it.
// param: a  a leader's name, lenient: 'Putin', 'Tập Cận Bình', 'tap can binh', 'Xi' (or a key: 'vladimir-putin') [name:Leader]
// param: b  the other leader's name, the same way [name:Leader]
// param: limit  at most this many meetings, the latest (default 100) [optional]
// :param {a: 'Putin', b: 'Tập Cận Bình', limit: 100}

// $a -> a: the Leader whose key is $a, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Leader {key: $a}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($a, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
  WHERE q <> ''
  // Every word as it is first; prefixes and typos, what Lucene spends its
  // time on, only when nothing has every word.
  CALL (strict) {
    CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
    WHERE node:Leader
    RETURN collect([node, score]) AS hits
  }
  CALL (q, hits) {
    UNWIND hits AS hit
    RETURN hit[0] AS node, hit[1] AS score
    UNION ALL
    WITH q, hits WHERE hits = []
    CALL db.index.fulltext.queryNodes('core_names', q, {limit: 100}) YIELD node, score
    WHERE node:Leader
    RETURN node, score
  }
  RETURN node AS n, score
}
WITH n AS a ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
// $b -> b: the Leader whose key is $b, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Leader {key: $b}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($b, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
  WHERE q <> ''
  // Every word as it is first; prefixes and typos, what Lucene spends its
  // time on, only when nothing has every word.
  CALL (strict) {
    CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
    WHERE node:Leader
    RETURN collect([node, score]) AS hits
  }
  CALL (q, hits) {
    UNWIND hits AS hit
    RETURN hit[0] AS node, hit[1] AS score
    UNION ALL
    WITH q, hits WHERE hits = []
    CALL db.index.fulltext.queryNodes('core_names', q, {limit: 100}) YIELD node, score
    WHERE node:Leader
    RETURN node, score
  }
  RETURN node AS n, score
}
WITH a, n AS b ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
WITH a, b WHERE a <> b
// Walk from the leader with fewer meetings: a head of government the
// news follows daily has tens of thousands, and the plan, made before the
// names are known, could start from either (the subquery sees only x).
WITH CASE WHEN COUNT { (a)-[:MET_AT]->() } <= COUNT { (b)-[:MET_AT]->() } THEN [a, b] ELSE [b, a] END AS pair
WITH pair[0] AS x, pair[1] AS y
CALL (x) {
  MATCH (x)-[ra:MET_AT]->(s:Summit)
  RETURN s, ra
}
MATCH (s)<-[rb:MET_AT]-(y)
// The latest $limit meetings, chosen before their sources are read.
WITH s, ra, rb
ORDER BY s.date IS NULL, s.date STARTS WITH '--', s.date DESC, s.key DESC
LIMIT coalesce(toInteger($limit), 100)
// sources: the ids of the articles that put either leader there; evidence:
// '<article id>:<start>-<end> <sentence>', byte offsets into the article.
RETURN s.key AS summit, s.name AS name, s.date AS date, s.end_date AS end_date,
       s.kind AS kind, s.city AS city, s.country AS country, s.org AS org, s.status AS status,
       COLLECT { UNWIND ra.sources + rb.sources AS x RETURN DISTINCT x ORDER BY x } AS sources,
       COLLECT { UNWIND ra.evidence + rb.evidence AS x RETURN DISTINCT x ORDER BY x } AS evidence
// Dates without a year ('--09-15') after dated ones, unknown dates last.
ORDER BY s.date STARTS WITH '--', s.date, summit;
