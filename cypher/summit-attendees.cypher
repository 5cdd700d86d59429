// name: summit-attendees
// question: Who attended a summit, named or given by key, or the summits of an organisation in a year?
// param: summit  a summit's name or key, lenient: 'SCO summit Samarkand 2022', 'sco-summit-2022-09'; '' to use org and year [name:Summit] [optional]
// param: org  an organisation's acronym or name ('SCO', 'Tổ chức Hợp tác Thượng Hải'), with year; '' to use summit [name:Organization] [optional]
// param: year  with org: the year of its summits ('2022'); '' for every year [optional]
// :param {summit: '', org: 'SCO', year: '2022'}

CALL () {
  // $summit -> s: the Summit whose key is $summit, else the best hit of the
  // full-text index entity_names (lenient, as in name-search.cypher).
  CALL () {
    MATCH (n:Summit {key: $summit}) RETURN n, 1.0e9 AS score
    UNION ALL
    WITH [w IN split(reduce(s = toLower(coalesce($summit, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
    WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
    WHERE q <> ''
    // Every word as it is first; prefixes and typos, what Lucene spends its
    // time on, only when nothing has every word.
    CALL (strict) {
      CALL db.index.fulltext.queryNodes('entity_names', strict, {limit: 100}) YIELD node, score
      WHERE node:Summit
      RETURN collect([node, score]) AS hits
    }
    CALL (q, hits) {
      UNWIND hits AS hit
      RETURN hit[0] AS node, hit[1] AS score
      UNION ALL
      WITH q, hits WHERE hits = []
      CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
      WHERE node:Summit
      RETURN node, score
    }
    RETURN node AS n, score
  }
  WITH n AS s ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
  RETURN s
  UNION
  // $org -> o: the Organization whose key is $org, else the best hit of the
  // full-text index entity_names (lenient, as in name-search.cypher).
  CALL () {
    MATCH (n:Organization {key: $org}) RETURN n, 1.0e9 AS score
    UNION ALL
    WITH [w IN split(reduce(s = toLower(coalesce($org, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
    WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
    WHERE q <> ''
    // Every word as it is first; prefixes and typos, what Lucene spends its
    // time on, only when nothing has every word.
    CALL (strict) {
      CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
      WHERE node:Organization
      RETURN collect([node, score]) AS hits
    }
    CALL (q, hits) {
      UNWIND hits AS hit
      RETURN hit[0] AS node, hit[1] AS score
      UNION ALL
      WITH q, hits WHERE hits = []
      CALL db.index.fulltext.queryNodes('core_names', q, {limit: 100}) YIELD node, score
      WHERE node:Organization
      RETURN node, score
    }
    RETURN node AS n, score
  }
  WITH n AS o ORDER BY score DESC, coalesce(n.key, n.iso2) LIMIT 1
  MATCH (o)<-[:OF]-(s:Summit)
  WHERE coalesce(toString($year), '') = '' OR s.date STARTS WITH toString($year)
  RETURN s
}
MATCH (l:Leader)-[r:MET_AT]->(s)
OPTIONAL MATCH (l)-[:REPRESENTS]->(c:Country)
RETURN s.key AS summit, s.name AS name, s.date AS date,
       coalesce(s.city, head(COLLECT { MATCH (sc:Country {iso2: s.country}) RETURN sc.name }), s.country) AS place,
       s.status AS status, l.name AS leader, l.key AS leader_key, l.role AS role,
       coalesce(c.name, l.country) AS country, r.sources AS sources
ORDER BY s.date STARTS WITH '--', date, summit, leader;
