package prose

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
		if got := FirstStyle(tt.in); got != tt.want {
			t.Errorf("FirstStyle(%q) = %q, want %q", tt.in, got, tt.want)
		}
		low, _, _ := LowerKeepOffsets(tt.in, nil)
		if low != tt.want {
			t.Errorf("LowerKeepOffsets(%q) = %q, want %q", tt.in, low, tt.want)
		}
	}
	if low, _, _ := LowerKeepOffsets("Cộng Hoà Angola", nil); low != "cộng hòa angola" {
		t.Errorf("LowerKeepOffsets upper case = %q", low)
	}
}
