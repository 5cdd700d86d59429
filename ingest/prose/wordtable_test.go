package prose

import (
	"strconv"
	"testing"
)

// TestWordTable holds Get to a map's answers, for a table small enough
// to turn words away on its filter and for one too large to.
func TestWordTable(t *testing.T) {
	probes := []string{"", "a", "ngày", "tháng", "năm", "Ngày", "ngàyy", "hôm", "khuya", "x", "thứ", "thu", "w100", "w99"}
	for _, size := range []int{3, 300} {
		m := map[string]int{"ngày": 1, "tháng": 2, "khuya": 3}
		for i := 3; i < size; i++ {
			m[string(rune('a'+i%26))+strconv.Itoa(i)+string(rune('a'+i/26%26))] = i
		}
		tb := NewWordTable(m)
		if want := size < 100; tb.useFilter != want {
			t.Errorf("size %d: useFilter %v, want %v", size, tb.useFilter, want)
		}
		for w := range m {
			probes = append(probes, w)
		}
		for _, w := range probes {
			v, ok := tb.Get(w)
			wv, wok := m[w]
			if v != wv || ok != wok {
				t.Errorf("size %d: Get(%q) = %d, %v; want %d, %v", size, w, v, ok, wv, wok)
			}
		}
	}
}
