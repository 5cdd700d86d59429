// name: co-attendance
// question: Whom did a leader meet (at the same summit, talks, visit or call), how often (held meetings, one a day and place; planned and cancelled apart), and when last?
// param: leader  a leader's name, lenient: 'Putin', 'Tập Cận Bình', 'xi jinping' (or a key) [name:Leader]
// param: limit  at most this many leaders, those met most often (default 100); each with their last 10 meetings held [optional]
// :param {leader: 'Putin', limit: 100}

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
// Meetings are held meetings, and held events on one day in one place are
// one meeting: a summit, the talks on its sidelines and a trilateral there
// the same day are one occasion to meet. An event dated less precisely
// than a day counts on its own. Planned and cancelled events are counted
// apart. Each summit's occasion is read once, not once per participant.
MATCH (l)-[:MET_AT]->(s:Summit)
WITH l, s, coalesce(s.status, 'held') AS status
WITH l, s, status,
     CASE WHEN status <> 'held' THEN null
          WHEN size(s.date) = 10 THEN [s.date, coalesce(s.city, s.country)]
          ELSE [elementId(s)] END AS occasion
MATCH (s)<-[:MET_AT]-(o:Leader)
WHERE o <> l
WITH l, o, collect(DISTINCT occasion) AS occasions,
     collect(CASE WHEN status = 'held' THEN s END) AS held,
     count(CASE WHEN status = 'planned' THEN 1 END) AS planned,
     count(CASE WHEN status = 'cancelled' THEN 1 END) AS cancelled
// The $limit leaders met most often; for each, the last 10 meetings held.
WITH l, o, held, planned, cancelled, size(occasions) AS meetings
ORDER BY meetings DESC, planned DESC, o.name
LIMIT coalesce(toInteger($limit), 100)
WITH l, o, meetings, planned, cancelled,
     COLLECT { UNWIND held AS s RETURN s ORDER BY s.date IS NULL, s.date STARTS WITH '--', s.date DESC LIMIT 10 } AS summits
// summits: the latest first; a date without a year ('--09-15') counts as older
// than any dated one, and an unknown date as the oldest.
RETURN l.name AS leader, o.name AS met, o.key AS met_key, o.country AS country,
       meetings, planned, cancelled, head(summits).date AS last, [s IN summits | s.name] AS summits
ORDER BY meetings DESC, planned DESC, last STARTS WITH '--', last DESC, met;
