// name: org-members
// question: Which countries belong to an organisation, with what status and since when?
// param: org  an organisation's acronym or name, lenient: 'SCO', 'brics', 'Tổ chức Hợp tác Thượng Hải' [name:Organization]
// :param {org: 'SCO'}

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
MATCH (c:Country)-[m:MEMBER_OF]->(o)
RETURN coalesce(o.acronym, o.key) AS org, c.iso2 AS country, c.name AS name, c.name_vi AS name_vi,
       m.status AS status, m.since AS since, m.sources AS sources
ORDER BY CASE m.status WHEN 'founding_member' THEN 0 WHEN 'member' THEN 1 WHEN 'partner' THEN 2
                       WHEN 'observer' THEN 3 WHEN 'applicant' THEN 4 ELSE 5 END,
         since, name;
