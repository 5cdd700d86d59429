// name: shortest-path
// question: How are two things connected? The shortest chain of facts between any two named entities (never through an article).
// param: from  any name, lenient: a leader, country, organisation, city, summit or agreement ('Putin', 'Samarkand', 'SCO') or a key [name:*]
// param: to  another name, the same way [name:*]
// :param {from: 'Tokayev', to: 'Nga'}

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
  WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
  WHERE q <> ''
  // Every word as it is first; prefixes and typos, what Lucene spends its
  // time on, only when nothing has every word.
  CALL (strict) {
    CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
    RETURN collect([node, score]) AS core
  }
  // Summits and agreements, hundreds of thousands of names that repeat
  // the others, only when no leader, country, organisation or city has
  // every word.
  CALL (strict, core) {
    WITH strict, core WHERE core = []
    CALL db.index.fulltext.queryNodes('entity_names', strict, {limit: 100}) YIELD node, score
    RETURN collect([node, score]) AS events
  }
  WITH q, core + events AS hits
  CALL (q, hits) {
    UNWIND hits AS hit
    RETURN hit[0] AS node, hit[1] AS score
    UNION ALL
    WITH q, hits WHERE hits = []
    CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
    RETURN node, score
  }
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
  WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
  WHERE q <> ''
  // Every word as it is first; prefixes and typos, what Lucene spends its
  // time on, only when nothing has every word.
  CALL (strict) {
    CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
    RETURN collect([node, score]) AS core
  }
  // Summits and agreements, hundreds of thousands of names that repeat
  // the others, only when no leader, country, organisation or city has
  // every word.
  CALL (strict, core) {
    WITH strict, core WHERE core = []
    CALL db.index.fulltext.queryNodes('entity_names', strict, {limit: 100}) YIELD node, score
    RETURN collect([node, score]) AS events
  }
  WITH q, core + events AS hits
  CALL (q, hits) {
    UNWIND hits AS hit
    RETURN hit[0] AS node, hit[1] AS score
    UNION ALL
    WITH q, hits WHERE hits = []
    CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
    RETURN node, score
  }
  // Summit and Agreement names repeat the names of leaders, places and
  // organisations: they count less, so that 'Xi' is the leader, not a meeting of his.
  RETURN node AS n, score * CASE WHEN node:Summit OR node:Agreement THEN 0.7 ELSE 1.0 END AS score
}
WITH a, n AS b ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
WITH a, b WHERE a <> b
// Facts only: every relationship type but MENTIONS (the only way to an
// article), named so that the search skips the mentions of a country or a
// leader, tens of thousands of them, instead of reading and dropping them.
MATCH p = shortestPath((a)-[:MET_AT|MEMBER_OF|SIGNED|REPRESENTS|HELD_IN|OF|SIGNED_AT|LOCATED_IN|PARTNER_OF*..12]-(b))
WHERE none(n IN nodes(p) WHERE n:Article)
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS hops,
       reduce(route = coalesce(ns[0].name, ns[0].key, ns[0].iso2), i IN range(0, size(rs) - 1) |
         route + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> ' ELSE ' <-[' + type(rs[i]) + ']- ' END
               + coalesce(ns[i + 1].name, ns[i + 1].key, ns[i + 1].iso2)) AS route,
       [n IN ns | coalesce(n.key, n.iso2)] AS keys,
       // sources: of each hop, the first 100 articles that state it.
       COLLECT { UNWIND rs AS r UNWIND r.sources[..100] AS x RETURN DISTINCT x ORDER BY x } AS sources,
       p AS path;
