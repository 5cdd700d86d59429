package graph

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Match says how a name given to a prepared query matched the node it
// stands for.
type Match int

// The ways a name matches, the closest first.
const (
	MatchKey     Match = iota // the node's key
	MatchName                 // one of its names or aliases, but for case and punctuation
	MatchFolded               // one of its names, also but for diacritics ("tap can binh")
	MatchWords                // every word of the value is in its names ("Xi")
	MatchClosest              // only with prefixes or typos ("Puttin"): the closest match
)

// refine turns a match by words into a match of a whole name when the value
// is one of names, but for case and punctuation, or also diacritics.
func (m Match) refine(value string, names []string) Match {
	if m != MatchWords {
		return m
	}
	if slices.ContainsFunc(names, func(n string) bool { return slices.Equal(nameWords(value, false), nameWords(n, false)) }) {
		return MatchName
	}
	if slices.ContainsFunc(names, func(n string) bool { return slices.Equal(nameWords(value, true), nameWords(n, true)) }) {
		return MatchFolded
	}
	return m
}

// Notice is the line that tells a user how a name resolved, when it did
// other than exactly (by key or a whole name): `leader "Puttin": Vladimir
// Putin (closest match)`. It is "" for an exact match that was the only
// candidate.
func (r Resolution) Notice() string {
	var how []string
	if len(r.Labels) > 1 {
		how = append(how, r.Label)
	}
	switch r.Match {
	case MatchFolded:
		how = append(how, "the name without diacritics")
	case MatchWords:
		how = append(how, "part of the name")
	case MatchClosest:
		how = append(how, "closest match")
	}
	if len(r.Others) > 0 {
		others := make([]string, len(r.Others))
		for i, o := range r.Others {
			others[i] = o.Name
		}
		how = append(how, fmt.Sprintf("best of %d, then %s", len(r.Others)+1, strings.Join(others, ", ")))
	}
	if r.Match <= MatchName && len(r.Others) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %q: %s (%s)", r.Param, r.Value, r.Name, strings.Join(how, "; "))
}

// nodeNames is the Cypher list of the names a node goes by: name, name_vi,
// acronym and aliases.
func nodeNames(node string) string {
	return fmt.Sprintf("[x IN [%[1]s.name, %[1]s.name_vi, %[1]s.acronym] + coalesce(%[1]s.aliases, []) WHERE x IS NOT NULL] AS names", node)
}

// nameWords splits a name into its lower-case words, as the full-text
// analyzer does (letters and digits; anything else separates), with
// diacritics folded when fold is set.
func nameWords(s string, fold bool) []string {
	s = strings.ToLower(norm.NFC.String(s))
	if fold {
		s = foldDiacritics(s)
	}
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// foldDiacritics removes diacritics from Latin letters, as the analyzer
// standard-folding (Lucene's ASCII folding) does: marks that decompose are
// dropped, and the letters with a stroke or ligatures that do not are
// spelled out.
func foldDiacritics(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldLetters[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var foldLetters = map[rune]string{'đ': "d", 'ð': "d", 'ø': "o", 'ł': "l", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ı': "i", 'ħ': "h"}

// notFarBelow keeps the candidates, best first, that are not far below the
// best (farBelow).
func notFarBelow(cands []Candidate) []Candidate {
	if len(cands) == 0 {
		return cands
	}
	best := cands[0].Score
	out := cands[:1]
	for _, c := range cands[1:] {
		if c.Score >= farBelow*best {
			out = append(out, c)
		}
	}
	return out
}
