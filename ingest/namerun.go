package ingest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"kg/ingest/prose"
)

// This file reads where a name written after a title ends: a run of
// capitalised words (capitalRun), and the joins that let a name go on
// past a token that is not one (a hyphen, an initial's dot, a particle).
// To teach the extractor a new way names are written, add a join to
// nameJoins with a sentence it exists for; TestNameJoinExamples checks
// that each join reads its own.

// capitalRun returns how many capitalised words start at k and where they
// end; a run stops at a known country, organisation, title or cue, and may
// hold what nameJoins lets it ("Kassym-Jomart").
func capitalRun(lx *lexicon, toks []token, k int) (words, end int) {
	j := k
	viet := k < len(toks) && surnames[toks[k].low] // a Vietnamese name: "Trần Tuấn Anh", "Nguyễn Minh Đức"
	for j < len(toks) && words < 6 {
		if t := toks[j]; t.word && t.upper {
			n := lx.nameWords(toks, j, words, viet)
			if n == 0 {
				break
			}
			words += n
			j += n
			continue
		}
		n := 0
		for _, nj := range joinsOn[toks[j].text] {
			if n = nj.join(nameRun{toks, k, j, words}); n > 0 {
				break
			}
		}
		if n == 0 {
			break
		}
		j += n
	}
	if words == 0 || isDigitWord(toks[k].text) || dateWord[toks[k].low] || k > 0 && dateWord[toks[k-1].low] {
		return 0, k
	}
	return words, j
}

// nameWords returns how many capitalised words from j go on the name
// that starts at k after words of it, 0 when the name ends at j: a word
// the lexicon reads as something else (a country, a title, a cue) ends
// the name, unless it is a leader's name or a part of Vietnamese names
// that happens to be a word.
func (lx *lexicon) nameWords(toks []token, j, words int, viet bool) int {
	ms := lx.at(toks, j)
	if len(ms) == 0 {
		return 1
	}
	m := ms[0]
	_, leader := m.has(kLeader)
	_, short := m.has(kLeaderShort)
	_, inName := m.has(kCountryShort) // "Việt" in "Đỗ Hùng Việt"
	_, country := m.has(kCountry)     // "Anh" in "Cao Anh Tuấn"
	// "Ký" in "Nguyễn Xuân Ký": the verb "ký" capitalised is a name's; so
	// are "Quốc Khánh" in "Đặng Quốc Khánh". Not "Chính phủ" in "Đoàn
	// Chính phủ": a cue that goes on in lower case is no name's.
	cueWord := m.kinds == 1<<kCue && words > 0 && (m.end == j+1 || viet && words < 3 && toks[m.end-1].upper)
	// A fourth syllable ends the name: "Nguyễn Thị Vân Anh".
	lastOfFour := words == 3 && (j+1 >= len(toks) || !toks[j+1].word || !toks[j+1].upper)
	given := (inName && len(m.entries) == 1 || country && viet && (words < 3 || lastOfFour)) && m.end == j+1 && words > 0
	// A surname that is also a country's short form opens the name it
	// begins: "Thái Đại Ngọc".
	given = given || words == 0 && viet && inName && len(m.entries) == 1 && m.end == j+1 && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper
	if leader || short || given || cueWord {
		return 1
	}
	if _, particle := m.cue("nameparticle"); particle {
		return 1 // "El Malick Ndiaye", "Van der Bellen"
	}
	if e := m.end; words == 1 && viet && e-j <= 2 && (e == len(toks) || !toks[e].word || !toks[e].upper) && m.kinds&(1<<kCity) != 0 {
		// A place's name after the surname that ends the run is the
		// given names: "Nguyễn Tân Cương" (not Xinjiang), "Nguyễn Thanh
		// Hóa".
		return e - j
	}
	return 0
}

// nameRun is where capitalRun stands: the name started at token k, and
// token j, not a capitalised word, comes after words of it.
type nameRun struct {
	toks  []token
	k, j  int
	words int
}

// glued reports token j glued to the tokens on both sides of it, after
// the name's first word.
func (r nameRun) glued() bool {
	return r.j > r.k && r.j+1 < len(r.toks) && r.toks[r.j].start == r.toks[r.j-1].end && r.toks[r.j+1].start == r.toks[r.j].end
}

// lexAt is what the lexicon read at token i (lexicon.at).
func (r nameRun) lexAt(i int) []match { return r.toks[i].ms }

// next is the token after j; callers check there is one.
func (r nameRun) next() token { return r.toks[r.j+1] }

// nameJoin is one way a name goes on past a token that is not a
// capitalised word.
type nameJoin struct {
	name    string
	example string   // a sentence the join exists for
	want    string   // the name the example writes, as capitalRun reads it
	on      []string // the tokens the join may take, as written
	// join returns how many tokens from j the name takes, 0 when the join
	// does not apply.
	join func(r nameRun) int
}

// nameJoins are tried in order at a token that is not a capitalised word;
// the first that applies takes it.
var nameJoins = []nameJoin{
	{
		name:    "hyphenated-capitals",
		example: "Bộ trưởng Pháp Jean-Noël Barrot hội đàm với Bộ trưởng.",
		want:    "Jean-Noël Barrot",
		on:      []string{"-"},
		join: func(r nameRun) int {
			if !r.glued() || !r.next().word || !r.next().upper {
				return 0
			}
			if ms := r.lexAt(r.j + 1); len(ms) > 0 && ms[0].kinds&(1<<kTitle) != 0 {
				if e, _ := ms[0].has(kTitle); e.rank == "honorific" && ms[0].end == r.j+2 {
					return 2 // "Abdullah Mohammed Ibrahim Al-Sheikh": a style glued on is the name's
				}
				return 0 // "Hồ Văn Điềm-Ủy viên Ban Thường vụ Tỉnh ủy": a post glued on, not a name going on
			}
			return 1
		},
	},
	{
		// Lao names so spelled, and Korean given names: "Park Noh-wan".
		name:    "syllable-by-syllable",
		example: "Thủ tướng Lào Xỉn-lạ-vông Khút-phay-thun phát biểu.",
		want:    "Xỉn-lạ-vông Khút-phay-thun",
		on:      []string{"-"},
		join: func(r nameRun) int {
			if r.glued() && r.next().word && !r.next().upper && utf8.RuneCountInString(r.next().text) <= 5 {
				return 2
			}
			return 0
		},
	},
	{
		name:    "korean-given-name-spaced",
		example: "Bộ trưởng Hàn Quốc Lee Seon - Ho dự hội nghị.",
		want:    "Lee Seon - Ho",
		on:      []string{"-", "–"},
		join: func(r nameRun) int {
			toks, j := r.toks, r.j
			if r.words >= 2 && spacedDash(toks, j) && toks[j+1].upper && romanSyllable(strings.ToLower(toks[j+1].text)) && romanSyllable(strings.ToLower(toks[j-1].text)) &&
				(j+2 >= len(toks) || !toks[j+2].word || !toks[j+2].upper) {
				return 2
			}
			return 0
		},
	},
	{
		// A name's first word is never read so: "TS. Elbegdorj" is a doctor's style.
		name:    "middle-initial",
		example: "Tổng thống Ireland Michael D. Higgins thăm Việt Nam. Đại sứ Philippines Meynardo LB. Montealegre tới dự.",
		want:    "Michael D. Higgins",
		on:      []string{"."},
		join: func(r nameRun) int {
			toks, j := r.toks, r.j
			if j > r.k && (len(toks[j-1].text) == 1 || j-1 > r.k && prose.MiddleInitials(toks[j-1].text)) && toks[j].start == toks[j-1].end && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper {
				return 1
			}
			return 0
		},
	},
	{
		name:    "apostrophe-capital",
		example: "Bộ trưởng Thương mại New Zealand Damien O'Connor dự họp.",
		want:    "Damien O'Connor",
		on:      apostrophes,
		join: func(r nameRun) int {
			if r.glued() && r.next().word && r.next().upper {
				return 1
			}
			return 0
		},
	},
	{
		// A glottal stop inside a transliterated word, not a possessive: "Trump’s".
		name:    "apostrophe-inside-word",
		example: "Bộ trưởng Campuchia S’bong Sa Rat tiếp đoàn.",
		want:    "S’bong Sa Rat",
		on:      apostrophes,
		join: func(r nameRun) int {
			if r.glued() && r.next().word && !r.next().upper && latinSyllables(r.next().text) {
				return 2
			}
			return 0
		},
	},
	{
		name:    "name-particle",
		example: "Chủ tịch Hạ viện Bỉ Peter de Roover tiếp đoàn.",
		want:    "Peter de Roover",
		on:      nameParticles,
		join: func(r nameRun) int {
			if r.words > 0 && r.j+1 < len(r.toks) && r.next().word && r.next().upper {
				return 1
			}
			return 0
		},
	},
	{
		name:    "two-particles",
		example: "Chủ tịch Đại hội đồng Liên hợp quốc Juan Ramón de la Fuente phát biểu.",
		want:    "Juan Ramón de la Fuente",
		on:      nameParticles,
		join: func(r nameRun) int {
			if r.words > 0 && r.j+2 < len(r.toks) && slices.Contains(nameParticles, r.toks[r.j+1].low) && r.toks[r.j+2].word && r.toks[r.j+2].upper {
				return 2
			}
			return 0
		},
	},
	{
		name:    "arabic-article",
		example: "Tổng thư ký GCC Jassim al-Budaiwi cho biết.",
		want:    "Jassim al-Budaiwi",
		on:      []string{"al", "el"},
		join: func(r nameRun) int {
			if r.words > 0 && hyphenGoesOn(r.toks, r.j+1) && r.toks[r.j+2].upper {
				return 2
			}
			return 0
		},
	},
}

// latinSyllables reports a lower-case word of two to twelve plain Latin
// letters: the rest of a name's word after an apostrophe.
func latinSyllables(w string) bool {
	return len(w) >= 2 && len(w) <= 12 && plainLower(w)
}

// romanSyllable reports a short word of plain lower-case ASCII letters,
// the second half of a romanised given name; a Vietnamese syllable after a
// hyphen ("Ả-rập") has diacritics.
func romanSyllable(w string) bool {
	return w != "" && len(w) <= 5 && plainLower(w)
}

// plainLower reports a word made only of the letters a to z.
func plainLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// nameParticles are the lower-case words inside a Latin name.
var nameParticles = []string{"de", "van", "von", "der", "den", "da", "di", "du", "dos", "del", "la", "le", "bin", "binti", "bint", "ibn", "al", "el"}

// apostrophes are the straight and the curly one.
var apostrophes = []string{"'", "’"}

// joinsOn holds the joins of names by the tokens they may take.
var joinsOn = func() map[string][]*nameJoin {
	on := map[string][]*nameJoin{}
	for i := range nameJoins {
		for _, w := range nameJoins[i].on {
			on[w] = append(on[w], &nameJoins[i])
		}
	}
	return on
}()
