// name: agreements-of
// question: Which agreements did a country or a leader sign (a country also through its leaders), with whom, when, and where do they stand?
// param: party  a country or a leader, lenient: 'Nga', 'China', 'CN', 'Putin', 'Tập Cận Bình' [name:Country|Leader]
// param: limit  at most this many agreements, the latest (default 100) [optional]
// :param {party: 'Trung Quốc', limit: 100}

// $party -> p: the Country or Leader whose key is $party, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Country {iso2: $party}) RETURN n, 1.0e9 AS score
  UNION ALL
  MATCH (n:Leader {key: $party}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($party, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
  WHERE q <> ''
  // Every word as it is first; prefixes and typos, what Lucene spends its
  // time on, only when nothing has every word.
  CALL (strict) {
    CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
    WHERE node:Country OR node:Leader
    RETURN collect([node, score]) AS hits
  }
  CALL (q, hits) {
    UNWIND hits AS hit
    RETURN hit[0] AS node, hit[1] AS score
    UNION ALL
    WITH q, hits WHERE hits = []
    CALL db.index.fulltext.queryNodes('core_names', q, {limit: 100}) YIELD node, score
    WHERE node:Country OR node:Leader
    RETURN node, score
  }
  RETURN node AS n, score
}
WITH n AS p ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
CALL (p) {
  MATCH (p)-[r:SIGNED]->(g:Agreement)
  RETURN g, r
  UNION ALL
  MATCH (p)<-[:REPRESENTS]-(:Leader)-[r:SIGNED]->(g:Agreement)
  RETURN g, r
}
WITH p, g, collect(r) AS rs
// The latest $limit agreements, chosen before anything else is read about them.
ORDER BY g.date IS NULL, g.date STARTS WITH '--', g.date DESC, g.key DESC
LIMIT coalesce(toInteger($limit), 100)
RETURN coalesce(p.name, p.key) AS party, g.key AS agreement, g.name AS name, g.kind AS kind,
       g.date AS date, g.status AS status,
       COLLECT { MATCH (g)<-[:SIGNED]-(x) RETURN DISTINCT coalesce(x.name, x.key, x.iso2) AS x ORDER BY x } AS parties,
       COLLECT { MATCH (g)-[:SIGNED_AT]->(s:Summit) RETURN s.name ORDER BY s.name } AS signed_at,
       COLLECT { UNWIND rs AS r UNWIND r.sources AS x RETURN DISTINCT x ORDER BY x } AS sources
ORDER BY g.date STARTS WITH '--', date, agreement;
