// Package data holds what the extractor knows before it reads an article,
// as data: the gazetteer (countries, organisations, cities, venues,
// leaders, titles), the cue words of the grammar, well-known agreements,
// partnership levels, institutions and surnames, one entry a line in
// tab-separated files whose header comments say their columns.
package data

import "embed"

// Files are the data files, at the root.
//
//go:embed *.tsv
var Files embed.FS
