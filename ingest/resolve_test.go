package ingest

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestResolveNames holds how short and varied references to people resolve
// within an article: each text is one article, and want maps a surface
// form (as the article writes it) to the leader key it must resolve to, or
// to "" when it must not become a leader at all.
func TestResolveNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{"Sino-Vietnamese name and its short form",
			"Chủ tịch Trung Quốc Tập Cận Bình đến Moscow. Ông Tập gặp Tổng thống Nga Vladimir Putin.",
			map[string]string{"Tập Cận Bình": "xi-jinping", "Ông Tập": "xi-jinping", "Vladimir Putin": "vladimir-putin"}},
		{"abbreviated title",
			"TT Putin củng cố quan hệ với Trung Quốc.",
			map[string]string{"TT Putin": "vladimir-putin"}},
		{"transliteration variants are one person",
			"Ngoại trưởng Nga Sergey Lavrov nói. Sau đó Sergei Lavrov gặp báo chí.",
			map[string]string{"Sergey Lavrov": "sergei-lavrov", "Sergei Lavrov": "sergei-lavrov"}},
		{"short and long Mongolian name",
			"Tổng thống Mông Cổ Ukhnaa Khurelsukh tới Bắc Kinh. Ông Khurelsukh gặp báo chí.",
			map[string]string{"Ukhnaa Khurelsukh": "ukhnaagiin-khurelsukh", "Ông Khurelsukh": "ukhnaagiin-khurelsukh"}},
		{"a description resolves to the person the article names",
			"Tổng thống Nga Vladimir Putin gặp Chủ tịch Tập Cận Bình. Nhà lãnh đạo Trung Quốc nói rằng quan hệ tốt. Tổng thống Nga cũng phát biểu.",
			map[string]string{"Nhà lãnh đạo Trung Quốc": "xi-jinping", "Tổng thống Nga": "vladimir-putin"}},
		{"an unknown official named with title and country",
			"Tổng thống Mông Cổ Batbold Tsendsuren thăm Hà Nội.",
			map[string]string{"Batbold Tsendsuren": "batbold-tsendsuren"}},
		{"journalists and analysts are not leaders",
			"Phóng viên Stephen McDonell viết rằng ông Tập rất cẩn trọng. Nhà phân tích Ana Ferreira cho biết thêm.",
			map[string]string{"Stephen McDonell": "", "Ana Ferreira": ""}},
		{"the two leaders are the article's principal pair",
			"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Hàn Quốc Lee Jae-myung. Hai nhà lãnh đạo nhất trí tăng cường hợp tác.",
			map[string]string{"Hai nhà lãnh đạo": "lee-jae-myung+to-lam"}},
		{"a bare title names the one holder in the article",
			"Thủ tướng Phạm Minh Chính tiếp Tổng thống Pháp Emmanuel Macron. Thủ tướng đề nghị Pháp hỗ trợ.",
			map[string]string{"Thủ tướng": "pham-minh-chinh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolvedMentions(tt.text)
			for form, key := range tt.want {
				assert.Equal(t, key, got[form], "%q in %q", form, tt.text)
			}
		})
	}
}

// resolvedMentions extracts text as an article and maps every person
// mention's surface form (prefix match on the mention's tokens) to its keys.
func resolvedMentions(text string) map[string]string {
	a := &analysis{lx: defaultLexicon(), text: Normalize([]byte(text))}
	for pi, p := range Paragraphs(a.text) {
		for _, sp := range Sentences(a.text.S, p) {
			s := &sentence{start: sp.Start, end: sp.End, para: pi}
			s.toks = tokenize(a.text.S, sp.Start, sp.End, nil)
			a.lx.scan(s)
			a.sents = append(a.sents, s)
		}
	}
	a.people = resolve(a.sents, 2025)
	out := map[string]string{}
	for _, s := range a.sents {
		for _, m := range s.ments {
			if m.kind == mCountry || m.kind == mOrg || m.kind == mCity || m.kind == mOrgRef {
				continue
			}
			form := span(s.toks, m.start, m.end)
			keys := append([]string(nil), m.keys...)
			sort.Strings(keys)
			key := strings.Join(keys, "+")
			if m.kind == mLeader && len(m.keys) == 0 {
				key = ""
			}
			out[form] = key
			// Also the name alone, for "Tổng thống Nga Vladimir Putin".
			if m.name != "" {
				out[m.name] = key
			}
		}
	}
	return out
}
