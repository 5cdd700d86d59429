// name: evidence
// question: Why do we believe two things are linked? Each fact between them, directly or through a shared summit or agreement, with its articles and sentences.
// param: from  any name, lenient ('Putin', 'China', 'SCO', 'Samarkand') or a key [name:*]
// param: to  another name, the same way [name:*]
// param: type  only facts of this relationship type ('MET_AT', 'member_of'); '' for all [optional]
// param: limit  at most this many facts: those between the two, then the latest of the others (default 100) [optional]
// :param {from: 'Putin', to: 'Tập Cận Bình', type: '', limit: 100}

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
WITH a, b, toUpper(coalesce($type, '')) AS only
WHERE a <> b
CALL (a, b, only) {
  // Facts between the two.
  // The fact types are named so that the search skips the mentions of a
  // country or a leader, tens of thousands of them.
  MATCH (a)-[r:MET_AT|MEMBER_OF|SIGNED|REPRESENTS|HELD_IN|OF|SIGNED_AT|LOCATED_IN|PARTNER_OF]-(b)
  WHERE only = '' OR type(r) = only
  RETURN null AS via, r
  UNION
  // Facts that meet at a summit or agreement: both at the same summit, a
  // country that signed what a leader signed, a summit held in a city...
  // Walked from the end with fewer of them: a country or a leader the news
  // follows daily has tens of thousands, and the plan, made before the
  // names are known, could start from either (the subquery sees only x).
  WITH only, CASE WHEN COUNT { (a)-[:MET_AT|SIGNED|HELD_IN|OF|SIGNED_AT]-() } <= COUNT { (b)-[:MET_AT|SIGNED|HELD_IN|OF|SIGNED_AT]-() } THEN [a, b] ELSE [b, a] END AS pair
  WITH only, pair[0] AS x, pair[1] AS y
  CALL (x) {
    MATCH (x)-[r1:MET_AT|SIGNED|HELD_IN|OF|SIGNED_AT]-(m)
    WHERE m:Summit OR m:Agreement
    RETURN m, r1
  }
  MATCH (m)-[r2:MET_AT|SIGNED|HELD_IN|OF|SIGNED_AT]-(y)
  WHERE r2 <> r1 AND (only = '' OR type(r1) = only OR type(r2) = only)
  UNWIND [r1, r2] AS r
  RETURN m AS via, r
}
// sources: the first 100 articles that state the fact (source_count says
// how many do: a city in its country can be stated by thousands); evidence:
// at most 20 sentences, and articles the titles of their articles.
// The facts between the two first, then the latest $limit of the others,
// chosen before anything else is read about them.
WITH via, r
ORDER BY via IS NOT NULL, via.date IS NULL, via.date STARTS WITH '--', via.date DESC, via.key DESC, type(r)
LIMIT coalesce(toInteger($limit), 100)
WITH via, r, startNode(r) AS x, endNode(r) AS y, r.sources AS sources
RETURN coalesce(via.name, via.key) AS via, via.date AS date,
       coalesce(x.name, x.key, x.iso2) AS from, type(r) AS type, coalesce(y.name, y.key, y.iso2) AS to,
       [k IN keys(r) WHERE NOT k IN ['sources', 'evidence', 'votes'] | k + ': ' + CASE WHEN r[k] IS :: LIST<ANY> THEN reduce(s = '', v IN r[k] | s + CASE s WHEN '' THEN '' ELSE ', ' END + toString(v)) ELSE toString(r[k]) END] AS properties,
       size(sources) AS source_count, sources[..100] AS sources,
       COLLECT { UNWIND r.evidence AS e WITH DISTINCT split(e, ':')[0] AS id MATCH (art:Article {id: id}) RETURN coalesce(art.title, art.source, art.id) ORDER BY id } AS articles,
       r.evidence AS evidence
ORDER BY via IS NOT NULL, date STARTS WITH '--', date, via, type, from;
