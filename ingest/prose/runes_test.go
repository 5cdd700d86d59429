package prose

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestRuneTable holds the answers of the rune table (and of the unicode
// package beyond it) to the unicode package's, for the runes of the Basic
// Multilingual Plane.
func TestRuneTable(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		dateWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if ToLower(r) != unicode.ToLower(r) || IsWordRune(r) != word || IsDateWordRune(r) != dateWord ||
			IsUpper(r) != unicode.IsUpper(r) || IsSpace(r) != unicode.IsSpace(r) || facts(r).act != actionOf(r) {
			t.Fatalf("rune %U: the table disagrees with the unicode package", r)
		}
	}
}

// TestFold holds Fold, rune by rune from the table, to fold by the book.
func TestFold(t *testing.T) {
	for _, s := range []string{"Tập Cận Bình", "Đỗ Mười", "ĐẶNG", "Erdoğan", "Støre", "Ukhnaagiin Khurelsukh",
		"Zelenskyy", "Thủ tướng Lý", "Mohammed bin Salman", "e\u0301", "Ǆ", "ঔ", "東京", "Σίσυφος", "\xff"} {
		if got, want := Fold(s), FoldNFD(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < tableRunes; r++ {
		if got, want := Fold(string(r)), FoldNFD(string(r)); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", r, got, want)
		}
	}
}

// TestDecodeRune compares DecodeRune and DecodeRuneBytes with the utf8
// package on every sequence of up to three bytes, and with a fourth after.
func TestDecodeRune(t *testing.T) {
	buf := make([]byte, 0, 4)
	check := func(b []byte) {
		r, n := DecodeRune(string(b))
		wr, wn := utf8.DecodeRuneInString(string(b))
		br, bn := DecodeRuneBytes(b)
		if r != wr || n != wn || br != wr || bn != wn {
			t.Fatalf("% x: DecodeRune %U %d, DecodeRuneBytes %U %d, utf8 %U %d", b, r, n, br, bn, wr, wn)
		}
	}
	for b0 := range 256 {
		check(append(buf[:0], byte(b0)))
		for b1 := range 256 {
			check(append(buf[:0], byte(b0), byte(b1)))
			for b2 := range 256 {
				check(append(buf[:0], byte(b0), byte(b1), byte(b2)))
				check(append(buf[:0], byte(b0), byte(b1), byte(b2), 0x80))
			}
		}
	}
}
