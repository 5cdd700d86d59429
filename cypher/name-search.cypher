// name: name-search
// question: Which leaders, countries, organisations, cities, summits or agreements go by this name?
// param: q  any part of a name, with or without diacritics: 'tap can binh', 'Xi', 'Tập Cận Bình'
// :param {q: 'tap can binh'}

// The input is made lenient here, so Browser and notebooks get the same
// answers as `kg query`: Lucene's special characters become spaces, the
// words are lower-cased (so AND/OR/NOT are plain words), and each word
// matches as itself (boosted); the first three words, unless they are
// numbers, also as a prefix and, from 4 letters on, with one typo (those
// cost the index most, and a longer name is found by its words). The
// 'standard-folding' analyzer of the index folds diacritics.
// The index returns its 100 best hits ({limit: 100}): a common word such
// as 'talks' or 'summit' is in the names of a hundred thousand meetings,
// and without a limit every one of them would be read and sorted.
// The other prepared queries resolve their name parameters the same way.
WITH [w IN split(reduce(s = toLower(coalesce($q, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
WITH reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END) AS q
WHERE q <> ''
CALL db.index.fulltext.queryNodes('entity_names', q, {limit: 100}) YIELD node, score
// Hits under a quarter of the best score are noise beside it: for
// 'tap can binh' Xi Jinping scores 37, and APEC, whose Vietnamese name has
// the word 'Bình', 4.
WITH collect([node, score]) AS hits
WITH hits, reduce(best = 0.0, h IN hits | CASE WHEN h[1] > best THEN h[1] ELSE best END) AS best
UNWIND hits AS hit
WITH hit[0] AS node, hit[1] AS score, best
WHERE score >= best * 0.25
RETURN labels(node)[0] AS label, coalesce(node.key, node.iso2) AS key, node.name AS name, node.name_vi AS name_vi, score
ORDER BY score DESC, key
LIMIT 10;
