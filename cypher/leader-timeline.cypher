// name: leader-timeline
// question: What did a leader do, in date order: the meetings and summits attended, the agreements signed?
// param: leader  a leader's name, lenient: 'Xi', 'Tập Cận Bình', 'putin' (or a key) [name:Leader]
// param: limit  at most this many events, the latest (default 100) [optional]
// :param {leader: 'Tập Cận Bình', limit: 100}

// $leader -> l: the Leader whose key is $leader, else the best hit of the
// full-text index entity_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Leader {key: $leader}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($leader, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
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
WITH n AS l ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
CALL (l) {
  MATCH (l)-[r:MET_AT]->(s:Summit)
  RETURN s.date AS date, 'meeting' AS event, s.key AS key, s AS x, r
  UNION ALL
  MATCH (l)-[r:SIGNED]->(g:Agreement)
  RETURN g.date AS date, 'agreement' AS event, g.key AS key, g AS x, r
}
// The latest $limit events (dated ones first, then dates without a year,
// then unknown dates), chosen before anything else is read about them.
WITH l, date, event, key, x, r
ORDER BY date IS NULL, date STARTS WITH '--', date DESC, event, key DESC
LIMIT coalesce(toInteger($limit), 100)
CALL (l, x, event) {
  WITH l, x, event WHERE event = 'meeting'
  RETURN x.kind AS kind, x.name AS name, x AS s, x.status AS status,
         COLLECT { MATCH (x)<-[:MET_AT]-(o:Leader) WHERE o <> l RETURN o.name ORDER BY o.name } AS with
  UNION ALL
  WITH l, x, event WHERE event = 'agreement'
  RETURN x.kind AS kind, x.name AS name,
         head(COLLECT { MATCH (x)-[:SIGNED_AT]->(s:Summit) RETURN s ORDER BY s.date DESC }) AS s, x.status AS status,
         COLLECT { MATCH (x)<-[:SIGNED]-(o) WHERE o <> l RETURN DISTINCT coalesce(o.name, o.key, o.iso2) AS o ORDER BY o } AS with
}
// The place: the city, else the country's name (looked up by its key).
RETURN l.name AS leader, date, event, kind, name,
       coalesce(s.city, head(COLLECT { MATCH (c:Country {iso2: s.country}) RETURN c.name }), s.country) AS place,
       s.org AS org, status, with, r.sources AS sources, key
ORDER BY date STARTS WITH '--', date, event DESC, key;
