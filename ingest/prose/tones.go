package prose

import (
	"strings"
	"unicode/utf8"
)

// Vietnamese writes the tone of an open "oa", "oe" or "uy" syllable in two
// styles: on the second vowel ("hoà", "khoẻ", "thuý", the older one) or
// on the first ("hòa", "khỏe", "thúy"). Papers use both, often in one
// article, and the lexicon holds one spelling of each phrase: the
// lowercase forms the lexicon and the date grammar compare are put in the
// second style (tone on the first vowel) so that both spellings match.
// Only swaps that keep the byte length are made (offsets into the text
// hold); "oẽ", "uỳ" and "uỹ" stay as written.

// firstVowelTone returns, for a toned second vowel, the first vowel
// carrying that tone: after 'o' (for "oa", "oe") and after 'u' (for "uy");
// 0 where there is none.
func firstVowelTone(r rune) (afterO, afterU rune) {
	switch r {
	case 'à', 'è':
		return 'ò', 0
	case 'á', 'é':
		return 'ó', 0
	case 'ả', 'ẻ':
		return 'ỏ', 0
	case 'ã':
		return 'õ', 0
	case 'ạ', 'ẹ':
		return 'ọ', 0
	case 'ý':
		return 0, 'ú'
	case 'ỷ':
		return 0, 'ủ'
	case 'ỵ':
		return 0, 'ụ'
	}
	return 0, 0
}

// moveTone rewrites in place the toned second vowel r of n bytes at b[i:]
// when b[i-1] is the plain first vowel of an open "oa", "oe" or "uy"
// syllable ("qu" is a consonant: "quý" stays). It reports whether it did.
func moveTone(b []byte, i int, r rune, n int) bool {
	if i == 0 {
		return false
	}
	afterO, afterU := firstVowelTone(r)
	var first rune
	switch b[i-1] {
	case 'o':
		first = afterO
	case 'u':
		if i >= 2 && b[i-2] == 'q' {
			return false
		}
		first = afterU
	}
	if first == 0 || utf8.RuneLen(first) != n {
		return false
	}
	if e := i + n; e < len(b) {
		if c := b[e]; c < utf8.RuneSelf && IsASCIIAlnum(c) {
			return false // a closed syllable ("hoàn", "toán"): one style only
		} else if c >= utf8.RuneSelf {
			if r2, _ := utf8.DecodeRune(b[e:]); IsWordRune(r2) {
				return false
			}
		}
	}
	base := byte('a')
	switch r {
	case 'è', 'é', 'ẻ', 'ẹ':
		base = 'e'
	case 'ý', 'ỷ', 'ỵ':
		base = 'y'
	}
	utf8.EncodeRune(b[i-1:], first)
	b[i-1+utf8.RuneLen(first)] = base
	return true
}

// FirstStyle returns w (lowercase) with the tones of its open "oa", "oe"
// and "uy" syllables on the first vowel; w itself when there are none.
func FirstStyle(w string) string {
	var b []byte
	for i := 0; i < len(w); {
		if w[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if i > 0 && (w[i-1] == 'o' || w[i-1] == 'u') {
			if o, u := firstVowelTone(r); o == 0 && u == 0 {
				i += n
				continue
			}
			if b == nil {
				b = []byte(w)
			}
			moveTone(b, i, r, n)
		}
		i += n
	}
	if b == nil {
		return w
	}
	return string(b)
}

// Lower is strings.ToLower, with the tones of open "oa", "oe" and "uy"
// syllables on the first vowel (tones.go), without an allocation for
// words already lower-case ASCII.
func Lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return FirstStyle(strings.ToLower(w))
		}
	}
	return w
}

// LowerKeepOffsets returns s with every rune lowercased whose lowercase
// has the same UTF-8 length, so that byte offsets into s hold in the
// result, and whether that was every rune that has a lowercase (then any
// piece of the result between rune boundaries is strings.ToLower of that
// piece of s, in the tone style of lower: tones.go). An article is
// lowercased once, not word by word. buf is reused for the work.
func LowerKeepOffsets(s string, buf []byte) (low string, exact bool, _ []byte) {
	b := append(buf[:0], s...)
	exact = true
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := DecodeRuneBytes(b[i:])
		l := ToLower(r)
		switch {
		case r == utf8.RuneError && n == 1:
			exact = false // strings.ToLower would write U+FFFD
		case l != r && utf8.RuneLen(l) == n:
			utf8.EncodeRune(b[i:], l)
			if i > 0 && (b[i-1] == 'o' || b[i-1] == 'u') {
				moveTone(b, i, l, n)
			}
		case l != r:
			exact = false
		case i > 0 && (b[i-1] == 'o' || b[i-1] == 'u'):
			moveTone(b, i, l, n)
		}
		i += n
	}
	return string(b), exact, b
}
