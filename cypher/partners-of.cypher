// name: partners-of
// question: Which countries are partners of a country, at what level, since when, and how did the relations climb the ladder?
// param: country  a country, lenient: 'Việt Nam', 'Vietnam', 'VN', 'viet nam' [name:Country]
// param: level  only partners at this level: 'comprehensive_strategic', 'strategic', 'comprehensive' ... (spaces for _ will do), or '' for every level (a level only planned counts then only) [optional]
// :param {country: 'Việt Nam', level: 'comprehensive_strategic'}

// $country -> c: the Country whose iso2 is $country, else the best hit of the
// full-text index core_names (lenient, as in name-search.cypher).
CALL () {
  MATCH (n:Country {iso2: $country}) RETURN n, 1.0e9 AS score
  UNION ALL
  WITH [w IN split(reduce(s = toLower(coalesce($country, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
  WITH reduce(q = '', w IN words | q + ' +' + w) AS strict, reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
  WHERE q <> ''
  // Every word as it is first; prefixes and typos, what Lucene spends its
  // time on, only when nothing has every word.
  CALL (strict) {
    CALL db.index.fulltext.queryNodes('core_names', strict, {limit: 100}) YIELD node, score
    WHERE node:Country
    RETURN collect([node, score]) AS hits
  }
  CALL (q, hits) {
    UNWIND hits AS hit
    RETURN hit[0] AS node, hit[1] AS score
    UNION ALL
    WITH q, hits WHERE hits = []
    CALL db.index.fulltext.queryNodes('core_names', q, {limit: 100}) YIELD node, score
    WHERE node:Country
    RETURN node, score
  }
  RETURN node AS n, score
}
WITH n AS c ORDER BY score DESC, n.iso2 LIMIT 1
// A pair has one PARTNER_OF, from the smaller code to the larger: either
// way round. A partner may be a union of states (EU, ASEAN) as an
// Organization.
MATCH (c)-[r:PARTNER_OF]-(p)
WITH c, r, p, replace(replace(toLower(trim(coalesce($level, ''))), ' ', '_'), '-', '_') AS wanted
// A level asked for is one the pair has: a plan to reach it is not.
WHERE wanted = '' OR r.level = wanted AND coalesce(r.status, '') <> 'planned'
// The ladder of levels, lowest first, as model.PartnershipLevels has it (a
// test keeps the two equal): the highest partners come first.
WITH c, r, p, ['comprehensive', 'comprehensive_cooperative', 'strategic', 'strategic_cooperative', 'extensive_strategic', 'comprehensive_strategic', 'comprehensive_strategic_cooperative', 'comprehensive_strategic_coordination', 'special', 'no_limits', 'alliance'] AS ladder
WITH c, r, p, coalesce(head([i IN range(0, size(ladder) - 1) WHERE ladder[i] = r.level]), -1) AS rank
RETURN c.name AS country, coalesce(p.iso2, p.acronym, p.key) AS partner, p.name AS name, p.name_vi AS name_vi,
       r.level AS level, r.since AS since, r.status AS status, coalesce(r.history, []) AS history, r.sources AS sources
ORDER BY rank DESC, since IS NULL, since STARTS WITH '--', since, name;
