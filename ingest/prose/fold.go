package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldNFD is Fold by the book: decompose, drop the marks, lower-case.
func FoldNFD(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			b.WriteRune('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// IsDigitByte reports an ASCII digit.
func IsDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// IsASCIIAlnum reports an ASCII letter or digit.
func IsASCIIAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// Fold lower-cases s and strips diacritics ("Tập Cận Bình" -> "tap can binh").
func Fold(s string) string {
	var buf [64]byte
	if b, ok := appendFold(buf[:0], s); ok {
		return string(b)
	}
	return FoldNFD(s)
}

// appendFold appends Fold(s) to b, rune by rune from the rune table, and
// reports whether it could: a rune beyond the table, or one that folds to
// several, needs FoldNFD. (Folding rune by rune is exact: of what the
// decomposition would reorder, combining marks, nothing is kept.)
func appendFold(b []byte, s string) ([]byte, bool) {
	for _, r := range s {
		if uint32(r) >= tableRunes {
			return b, false
		}
		switch f := runeTable[r].fold; f {
		case foldNone:
		case foldMore:
			return b, false
		default:
			b = utf8.AppendRune(b, f)
		}
	}
	return b, true
}

// FoldsTo reports whether Fold(w) == f, without allocating where it can.
func FoldsTo(w, f string) bool {
	var buf [64]byte
	if b, ok := appendFold(buf[:0], w); ok {
		return string(b) == f
	}
	return FoldNFD(w) == f
}
