package ingest

import (
	"testing"
	"unicode"
)

// TestRuneTable holds the answers of the rune table (and of the unicode
// package beyond it) to the unicode package's, for the runes of the Basic
// Multilingual Plane.
func TestRuneTable(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		dateWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if toLower(r) != unicode.ToLower(r) || isWordRune(r) != word || isDateWordRune(r) != dateWord ||
			isUpper(r) != unicode.IsUpper(r) || isSpace(r) != unicode.IsSpace(r) || facts(r).act != actionOf(r) {
			t.Fatalf("rune %U: the table disagrees with the unicode package", r)
		}
	}
}

// TestFold holds fold, rune by rune from the table, to fold by the book.
func TestFold(t *testing.T) {
	for _, s := range []string{"Tập Cận Bình", "Đỗ Mười", "ĐẶNG", "Erdoğan", "Støre", "Ukhnaagiin Khurelsukh",
		"Zelenskyy", "Thủ tướng Lý", "Mohammed bin Salman", "e\u0301", "Ǆ", "ঔ", "東京", "Σίσυφος", "\xff"} {
		if got, want := fold(s), foldNFD(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < tableRunes; r++ {
		if got, want := fold(string(r)), foldNFD(string(r)); got != want {
			t.Fatalf("fold(%q) = %q, want %q", r, got, want)
		}
	}
}
