package prose

import (
	"unicode"
	"unicode/utf8"
)

// The scanners ask the same few questions of every rune of an article (is
// it a letter? upper case? what is its lower case?), and the unicode
// package answers each by a binary search over its range tables: that was
// a tenth of the extractor's time. runeTable holds the answers for the
// runes below tableRunes, which cover Latin with Vietnamese, Greek,
// Cyrillic and the general punctuation (quotes, dashes); other runes ask
// the unicode package as before.

const tableRunes = 0x2070

// runeFacts are the precomputed answers for one rune.
type runeFacts struct {
	lower rune
	fold  rune // what Fold makes of it: foldNone, foldMore, or one rune
	flags uint8
	act   charAction // what cleanRaw does with it
}

const (
	foldNone rune = -1 // nothing: a combining mark
	foldMore rune = -2 // more than one rune: Fold decomposes the text
)

const (
	fWord     uint8 = 1 << iota // IsWordRune
	fDateWord                   // IsDateWordRune
	fUpper                      // unicode.IsUpper
	fSpace                      // unicode.IsSpace
)

var runeTable = func() *[tableRunes]runeFacts {
	t := new([tableRunes]runeFacts)
	for r := range rune(tableRunes) {
		t[r] = factsOf(r)
	}
	return t
}()

// facts returns the facts of r, from the table where it covers r.
func facts(r rune) runeFacts {
	if uint32(r) < tableRunes {
		return runeTable[r]
	}
	return factsOf(r)
}

// factsOf asks the unicode package about r.
func factsOf(r rune) runeFacts {
	f := runeFacts{lower: unicode.ToLower(r), fold: foldRune(r), act: actionOf(r)}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		f.flags |= fWord
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		f.flags |= fDateWord
	}
	if unicode.IsUpper(r) {
		f.flags |= fUpper
	}
	if unicode.IsSpace(r) {
		f.flags |= fSpace
	}
	return f
}

// foldRune is Fold of r alone as one rune, or foldNone or foldMore.
func foldRune(r rune) rune {
	rs := []rune(FoldNFD(string(r)))
	switch {
	case len(rs) == 0:
		return foldNone
	case len(rs) > 1 || r == utf8.RuneError:
		return foldMore
	}
	return rs[0]
}

// ToLower is unicode.ToLower.
func ToLower(r rune) rune { return facts(r).lower }

// IsWordRune reports the runes of lexicon words: letters, digits and
// nonspacing marks.
func IsWordRune(r rune) bool { return facts(r).flags&fWord != 0 }

// IsDateWordRune reports the runes of the date grammar's words: letters,
// digits and marks.
func IsDateWordRune(r rune) bool { return facts(r).flags&fDateWord != 0 }

// IsUpper is unicode.IsUpper.
func IsUpper(r rune) bool { return facts(r).flags&fUpper != 0 }

// IsSpace is unicode.IsSpace.
func IsSpace(r rune) bool { return facts(r).flags&fSpace != 0 }

// DecodeRune is utf8.DecodeRuneInString that decodes the two- and
// three-byte runes of Vietnamese text (U+0080 to U+07FF, and U+1000 to
// U+FFFF but for the surrogates' lead byte 0xED and the lead byte 0xE0,
// whose second bytes are restricted) itself: the scanners decode every
// letter with a diacritic, and utf8's general decoder, a call and a
// table, cost several times as much.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		if c0, c1, c2 := s[0], s[1], s[2]; c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	if len(s) >= 2 {
		if c0, c1 := s[0], s[1]; c0 >= 0xC2 && c0 <= 0xDF && c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeRuneBytes is DecodeRune of a byte slice (utf8.DecodeRune).
func DecodeRuneBytes(b []byte) (rune, int) {
	if len(b) >= 3 {
		if c0, c1, c2 := b[0], b[1], b[2]; c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	if len(b) >= 2 {
		if c0, c1 := b[0], b[1]; c0 >= 0xC2 && c0 <= 0xDF && c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return utf8.DecodeRune(b)
}
