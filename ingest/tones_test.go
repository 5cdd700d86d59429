package ingest

import "testing"

func TestFirstStyle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"cộng hoà", "cộng hòa"},
		{"thoả thuận", "thỏa thuận"},
		{"khoẻ", "khỏe"},
		{"thuý", "thúy"},
		{"huỷ", "hủy"},
		{"hòa", "hòa"},   // already in that style
		{"hoàn", "hoàn"}, // closed syllable: one style only
		{"toán", "toán"},
		{"quý", "quý"}, // "qu" is a consonant
		{"quả", "quả"},
		{"tuỳ", "tuỳ"}, // "ù" is shorter than "ỳ": left as written
		{"hoà bình", "hòa bình"},
		{"hoá", "hóa"},
	}
	for _, tt := range tests {
		if got := firstStyle(tt.in); got != tt.want {
			t.Errorf("firstStyle(%q) = %q, want %q", tt.in, got, tt.want)
		}
		low, _, _ := lowerKeepOffsets(tt.in, nil)
		if low != tt.want {
			t.Errorf("lowerKeepOffsets(%q) = %q, want %q", tt.in, low, tt.want)
		}
	}
	if low, _, _ := lowerKeepOffsets("Cộng Hoà Angola", nil); low != "cộng hòa angola" {
		t.Errorf("lowerKeepOffsets upper case = %q", low)
	}
}

// TestToneStylesMatchOnePhrase: a phrase of the lexicon in one style is
// found in text written in the other.
func TestToneStylesMatchOnePhrase(t *testing.T) {
	for _, text := range []string{"Cộng hoà", "Cộng hòa"} {
		toks := tokenize(text, "", 0, len(text), nil)
		ms := defaultLexicon().lookUp(toks, nil)
		found := false
		for _, m := range ms {
			if _, ok := m.cue("institution"); ok && m.end == 2 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: the institution cue not found", text)
		}
	}
}
