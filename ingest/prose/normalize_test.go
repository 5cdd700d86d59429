package prose

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// seedFiles returns the five real seed articles.
func seedFiles(t testing.TB) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "articles", "*.txt"))
	require.NoError(t, err)
	require.Len(t, paths, 5)
	out := make(map[string][]byte, len(paths))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		out[filepath.Base(p)[:3]] = raw
	}
	return out
}

func TestNormalizeText(t *testing.T) {
	wrapped := "Nhà lãnh đạo Trung Quốc Tập Cận Bình và người đồng cấp Nga Vladimir Putin sẽ thảo \n\n" +
		"luận về cuộc chiến ở Ukraine và các vấn đề khác tại cuộc gặp ở Trung \n\n" +
		"Quốc vào cuối tuần này, Điện Kremlin cho biết. \n\n" +
		"Hai nhà lãnh đạo sẽ gặp nhau ở Uzbekistan tại một hội nghị thượng đỉnh mà sẽ cho \n\n" +
		"thấy một sự thay thế đối với thế giới phương Tây. \n\n"
	tests := []struct {
		name, raw, want string
	}{
		{"plain lines are paragraphs", "Dòng một\nDòng hai.\n\nDòng ba", "Dòng một\nDòng hai.\nDòng ba"},
		{"hard-wrapped lines re-joined across blank lines", wrapped,
			"Nhà lãnh đạo Trung Quốc Tập Cận Bình và người đồng cấp Nga Vladimir Putin sẽ thảo luận về cuộc chiến ở Ukraine và các vấn đề khác tại cuộc gặp ở Trung Quốc vào cuối tuần này, Điện Kremlin cho biết.\n" +
				"Hai nhà lãnh đạo sẽ gặp nhau ở Uzbekistan tại một hội nghị thượng đỉnh mà sẽ cho thấy một sự thay thế đối với thế giới phương Tây."},
		{"glued function word", "Tổng thống Nga Vladimir Putinvà Chủ tịch Trung Quốc", "Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc"},
		{"glued word before punctuation", "gặp SCOtại Astana, với Kazakhstancùng.", "gặp SCO tại Astana, với Kazakhstan cùng."},
		{"real syllables are not split", "Thuở ấy Người Việt và Nguyễn Hoà đã được", "Thuở ấy Người Việt và Nguyễn Hoà đã được"},
		{"lowercase and accented words are not split", "putinvà Québecvà", "putinvà Québecvà"},
		{"odd spaces", "a\u00a0b\u2009c\u200bd\te\u3000f", "a b c d e f"},
		{"an Eth typed for Vietnamese Đ", "quan hệ Ðối tác, ðại sứ", "quan hệ Đối tác, đại sứ"},
		{"invisible characters dropped", "Trung\u00adQuốc\u200d và\ufeff Nga", "TrungQuốc và Nga"},
		{"space runs collapsed and trimmed", "  a   b  \n\n\n  c  ", "a b\nc"},
		{"CRLF and CR", "Một\r\nHai\rBa", "Một\nHai\nBa"},
		{"date prefix removed", " date 2026-02-05 Nội dung chi tiết\n\nĐoạn hai.", "Nội dung chi tiết\nĐoạn hai."},
		{"not a date prefix", "date 2026-13-05 Nội dung", "date 2026-13-05 Nội dung"},
		{"UTF-8 BOM", "\ufeffXin chào", "Xin chào"},
		{"NFD input", norm.NFD.String("Tập Cận Bình ở Bắc Kinh"), "Tập Cận Bình ở Bắc Kinh"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb", "a\ufffdb"},
		{"empty", " \n\n ", ""},
		{"marker and caption on one line", "Chụp lại hình ảnh, Ông Tập tại Bắc Kinh\nThân bài.", "Chụp lại hình ảnh,\nÔng Tập tại Bắc Kinh\nThân bài."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize([]byte(tt.raw))
			assert.Equal(t, tt.want, got.S)
			checkOffsets(t, []byte(tt.raw), got)
		})
	}
}

// TestNormalizeSeeds checks the hard cases of the real articles.
func TestNormalizeSeeds(t *testing.T) {
	seeds := seedFiles(t)
	tests := []struct {
		seed     string
		contains []string
		absent   []string
	}{
		{"000", []string{
			"một loạt phong tỏa mới ở Trung Quốc, nơi chính sách",
			"được thành lập bởi Trung Quốc, Nga, Kazakhstan",
			"\nÔng Putin (trái) và ông Tập lần cuối gặp mặt trực tiếp tại Bắc Kinh vào tháng Hai\nNhà lãnh đạo",
			"\nChủ tịch Tập Cận Bình đến thủ đô của Kazakhstan và là lần đầu tiên ông rời Trung Quốc kể từ đầu năm 2020\nCuộc họp",
			"\nPhân tích của Stephen McDonell - Phóng viên về Trung Quốc\nNhà lãnh đạo",
			"\nNguồn hình ảnh, Reuters\nChụp lại hình ảnh,\n",
		}, []string{"  ", " \n", "\n ", "\n\n"}},
		{"001", []string{"\nÔng nói: “Tôi tin rằng"}, []string{"\u00a0", "  "}},
		{"002", []string{"Nội dung chi tiết cuộc hội đàm"}, []string{"date 2026"}},
		{"003", []string{"Vladimir Putin và Chủ tịch", "chủ yếu thông qua Kazakhstan ."}, []string{"Putinvà", "\u00a0"}},
		{"004", []string{"Tin Vắn Thế Giới\nXS\nSM\nMD\nLG"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			got := Normalize(seeds[tt.seed])
			assert.False(t, strings.HasPrefix(got.S, " ") || strings.HasSuffix(got.S, "\n"))
			for _, c := range tt.contains {
				assert.Contains(t, got.S, c)
			}
			for _, c := range tt.absent {
				assert.NotContains(t, got.S, c)
			}
		})
	}
}

func TestNormalizeNFDSeedsMatchNFC(t *testing.T) {
	for name, raw := range seedFiles(t) {
		t.Run(name, func(t *testing.T) {
			nfd := norm.NFD.Bytes(raw)
			require.NotEqual(t, raw, nfd)
			want, got := Normalize(raw), Normalize(nfd)
			assert.Equal(t, want.S, got.S)
			checkOffsets(t, nfd, got)
		})
	}
}

// TestNormalizeOffsets checks Raw on every seed: each word of S is exactly
// the raw bytes it maps to (the seeds are NFC), and random spans of words
// map to raw bytes that normalise to the span.
func TestNormalizeOffsets(t *testing.T) {
	for name, raw := range seedFiles(t) {
		t.Run(name, func(t *testing.T) {
			text := Normalize(raw)
			for _, w := range wordSpans(text.S) {
				a, b := text.Raw(w.Start, w.End)
				require.Equal(t, text.S[w.Start:w.End], string(raw[a:b]), "word at %d", w.Start)
			}
			checkOffsets(t, raw, text)
		})
	}
}

// checkOffsets picks random spans of whole words of text.S and checks that
// the raw bytes they map to, NFC-normalised, with invisible characters
// dropped and whitespace collapsed, equal the span (ignoring the spaces
// Normalize inserts between glued words).
func checkOffsets(t *testing.T, raw []byte, text Text) {
	t.Helper()
	require.Len(t, text.offs, len(text.S)+1)
	for i := 1; i < len(text.offs); i++ {
		require.LessOrEqual(t, text.offs[i-1], text.offs[i], "offsets must not decrease")
	}
	words := wordSpans(text.S)
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200 && len(words) > 0; n++ {
		i := rng.Intn(len(words))
		j := min(len(words)-1, i+rng.Intn(12))
		start, end := words[i].Start, words[j].End
		a, b := text.Raw(start, end)
		require.LessOrEqual(t, a, b)
		got := squeeze(norm.NFC.String(string(raw[a:b])))
		want := squeeze(text.S[start:end])
		require.Equal(t, want, got, "span %d-%d -> raw %d-%d", start, end, a, b)
	}
}

func wordSpans(s string) []Span {
	var out []Span
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' {
			if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// squeeze drops whitespace and invisible characters, the only things
// Normalize adds or removes.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r) || actionOf(r) != actKeep:
			return -1
		case r == 'Ð': // Normalize spells it as the Vietnamese letter
			return 'Đ'
		case r == 'ð':
			return 'đ'
		}
		return r
	}, s)
}

func TestTextRawBounds(t *testing.T) {
	text := Normalize([]byte("  Xin  chào "))
	require.Equal(t, "Xin chào", text.S)
	tests := []struct {
		start, end, a, b int
	}{
		{0, 3, 2, 5},
		{3, 4, 5, 7}, // the collapsed space maps to both raw spaces
		{4, len(text.S), 7, 12},
		{-5, 100, 2, 12},
		{5, 2, 8, 8},
	}
	for _, tt := range tests {
		a, b := text.Raw(tt.start, tt.end)
		assert.Equal(t, []int{tt.a, tt.b}, []int{a, b}, "Raw(%d,%d)", tt.start, tt.end)
	}
	a, b := Text{}.Raw(0, 1)
	assert.Equal(t, []int{0, 0}, []int{a, b})
}

func TestParagraphsSeeds(t *testing.T) {
	seeds := seedFiles(t)
	type para struct {
		prefix string
		kind   ParaKind
		dup    bool
	}
	tests := []struct {
		seed  string
		paras []para // checked in order, among all paragraphs
	}{
		{"000", []para{
			{"Chụp lại hình ảnh,", ParaBoilerplate, false},
			{"Ông Putin (trái) và ông Tập", ParaCaption, false},
			{"Nhà lãnh đạo Trung Quốc Tập Cận Bình và người đồng cấp", ParaBody, false},
			{"Nguồn hình ảnh, Reuters", ParaCredit, false},
			{"Chụp lại hình ảnh,", ParaBoilerplate, true},
			{"Chủ tịch Tập Cận Bình đến thủ đô", ParaCaption, false},
			{"Cuộc họp của SCO", ParaBody, false},
			{"Phân tích của Stephen McDonell", ParaHeading, false},
			{"Tổ chức Hợp tác Thượng Hải là gì?", ParaHeading, false},
		}},
		{"001", []para{
			{"Tổng thống Nga Vladimir Putin gặp Chủ tịch Trung Quốc Tập Cận Bình tại Samarkand", ParaHeading, false},
			{"Nguồn hình ảnh, Reuters", ParaCredit, false},
			{"Chụp lại hình ảnh,", ParaBoilerplate, false},
			{"Tổng thống Nga Vladimir Putin gặp Chủ tịch Trung Quốc Tập Cận Bình tại Samarkand", ParaCaption, true},
			{"Tổng thống Nga Vladimir Putin hôm thứ Năm", ParaBody, false},
			{"Nguồn hình ảnh, Bộ Ngoại giao Uzbekistan", ParaCredit, false},
			{"Chụp lại hình ảnh,", ParaBoilerplate, true},
			{"Tổng thống Nga Vladimir Putin và Tổng thống Uzbekistan", ParaCaption, false},
			{"Hoạt động của Tập Cận Bình", ParaHeading, false},
			{"Lãnh đạo các nước chụp ảnh", ParaCaption, false},
		}},
		{"002", []para{
			{"Nội dung chi tiết cuộc hội đàm", ParaHeading, false},
			{"Hợp tác chiến lược sâu rộng hơn", ParaHeading, false},
			{"Hôm qua (4/2)", ParaBody, false},
			{"Ngày 4/2/2026, tại Đại lễ đường", ParaCaption, false},
			{"Chủ tịch Trung Quốc Tập Cận Bình gặp Tổng thống Nga Vladimir Putin tại Điện Kremlin, ngày 20/3/2023. Ảnh: Xinhua.", ParaCaption, false},
		}},
		{"003", []para{
			{"Chia sẻ Zalo", ParaBoilerplate, false},
			{"Kinhtedothi - Trong cuộc gặp", ParaBody, false},
			{"Tổng thống Nga Vladimir Putin và Chủ tịch", ParaCaption, false},
			{"Tổng thống Nga Vladimir Putin và Chủ tịch", ParaCaption, true},
			{"“Các nhà lãnh đạo của hai nước", ParaBody, false},
		}},
		{"004", []para{
			{"Đường dẫn truy cập", ParaBoilerplate, false},
			{"TT Putin củng cố quan hệ", ParaHeading, false},
			{"Hai nhà lãnh đạo cao nhất", ParaCaption, false},
			{"Hai nhà lãnh đạo cao nhất", ParaCaption, true},
			{"Theo kế hoạch", ParaBody, false},
			{"(AP)", ParaCredit, false},
			{"Tin Vắn Thế Giới", ParaBoilerplate, false},
			{"XS", ParaBoilerplate, false},
			{"LG", ParaBoilerplate, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			text := Normalize(seeds[tt.seed])
			paras := Paragraphs(text)
			k := 0
			for _, want := range tt.paras {
				for k < len(paras) && !strings.HasPrefix(text.S[paras[k].Start:paras[k].End], want.prefix) {
					k++
				}
				require.Less(t, k, len(paras), "paragraph %q not found in order", want.prefix)
				p := paras[k]
				assert.Equal(t, want.kind, p.Kind, "kind of %q", want.prefix)
				if want.dup {
					require.GreaterOrEqual(t, p.DupOf, 0, "%q repeats an earlier paragraph", want.prefix)
					q := paras[p.DupOf]
					assert.Equal(t, strings.ToLower(text.S[q.Start:q.End]), strings.ToLower(text.S[p.Start:p.End]))
				} else {
					assert.Equal(t, -1, p.DupOf, "%q", want.prefix)
				}
				k++
			}
		})
	}
}

func TestParagraphsKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []ParaKind
	}{
		{"caption after marker", "Tiêu đề ngắn\nChụp lại hình ảnh,\nÔng Tập tại Bắc Kinh\nThân bài có dấu chấm.",
			[]ParaKind{ParaHeading, ParaBoilerplate, ParaCaption, ParaBody}},
		{"credits", "Ảnh: Reuters\nNguồn ảnh: TTXVN\n(Reuters)", []ParaKind{ParaCredit, ParaCredit, ParaCredit}},
		{"caption endings", "Ông Putin tại Moscow (ảnh tư liệu)\nHai ông gặp nhau. Ảnh: AFP\nÔng Tập (Ảnh: Xinhua)",
			[]ParaKind{ParaCaption, ParaCaption, ParaCaption}},
		{"an archive or stock photo's credit ends a caption", "Lãnh đạo các nước BRICS chụp ảnh chung tại Osaka ngày 28/6/2019. Ảnh tư liệu: AFP/TTXVN\nMột cuộc họp tại Kiev, ngày 22/1/2024. Ảnh minh họa: AFP/TTXVN",
			[]ParaKind{ParaCaption, ParaCaption}},
		{"long Ảnh: line is a caption", "Ảnh: Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh",
			[]ParaKind{ParaCaption}},
		{"repeated body is a caption", "Câu thứ nhất là thân bài.\nCâu thứ nhất là thân bài.", []ParaKind{ParaBody, ParaCaption}},
		{"long question is body", strings.Repeat("từ ", 13) + "không?", []ParaKind{ParaBody}},
		{"a list item of links to other pages, dated in brackets, is furniture; a headline dated so is not",
			"- Chủ tịch UBND TPHCM Lê Hoàng Quân tiếp Tỉnh trưởng tỉnh Hải Nam (Trung Quốc) (11-07-2009)\nTổng thống Thổ Nhĩ Kỳ thăm Nga khẳng định sự gắn kết vì lợi ích (05/8/2022)",
			[]ParaKind{ParaBoilerplate, ParaHeading}},
		{"size switchers", "XS SM MD LG", []ParaKind{ParaBoilerplate}},
		{"a keywords line, however long, is furniture; a topic told in a sentence is not",
			"Từ khóa: Thổ Nhĩ Kỳ, thượng đỉnh Nga Ukraine, cuộc gặp Putin Zelensky, tin mới nhất về xung đột Nga Ukraine, đàm phán Nga Ukraine\nTags : ASEAN, Timor-Leste\nChủ đề của hội nghị năm nay là hợp tác kinh tế và an ninh khu vực.",
			[]ParaKind{ParaBoilerplate, ParaBoilerplate, ParaBody}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []ParaKind
			for _, p := range Paragraphs(Normalize([]byte(tt.text))) {
				got = append(got, p.Kind)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Empty(t, Paragraphs(Normalize(nil)))
	assert.Equal(t, "caption", ParaCaption.String())
}

// TestGluedWordsData checks the rule gluedWords relies on.
func TestGluedWordsData(t *testing.T) {
	for _, w := range gluedWords {
		assert.True(t, strings.ContainsAny(w[:1], "bcdghklmnpqrstvx") || strings.HasPrefix(w, "đ"), "%q starts with a consonant", w)
		assert.NotEqual(t, len(w), len([]rune(w)), "%q carries a diacritic", w)
		assert.Equal(t, norm.NFC.String(w), w, "%q is NFC", w)
	}
}

func BenchmarkNormalize(b *testing.B) {
	seeds := seedFiles(b)
	var all [][]byte
	size := 0
	for _, raw := range seeds {
		all = append(all, raw)
		size += len(raw)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, raw := range all {
			Paragraphs(Normalize(raw))
		}
	}
}

// TestLastPhotoCredit holds where the last photo credit of a paragraph
// starts, as isCaption looks for it.
func TestLastPhotoCredit(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Hai nhà lãnh đạo tại cuộc gặp. Ảnh: TTXVN", len("Hai nhà lãnh đạo tại cuộc gặp. ")},
		{"Lễ ký ngày 28/6/2019. Ảnh tư liệu: AFP/TTXVN", len("Lễ ký ngày 28/6/2019. ")},
		{"Quang cảnh hội nghị. Ảnh minh họa: KT/ VOV", len("Quang cảnh hội nghị. ")},
		{"Quang cảnh hội nghị (ảnh: Reuters)", len("Quang cảnh hội nghị (")},
		{"Ảnh hưởng của cuộc gặp là rất lớn.", -1},
		{"Thủ tướng nói về ảnh hưởng: rất lớn.", -1},
	}
	for _, tt := range tests {
		if got := lastPhotoCredit(tt.s, 0); got != tt.want {
			t.Errorf("lastPhotoCredit(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestFoldStarts holds the first-byte filters of isBoilerplate and
// isCredit to strings.EqualFold: every line that folds to one of the words
// starts with a byte the filter lets through, with the Kelvin sign for a K.
func TestFoldStarts(t *testing.T) {
	for _, words := range [][]string{boilerplateLines, creditPrefixes} {
		starts := foldStarts(words)
		for _, w := range words {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w), strings.Replace(strings.ToLower(w), "k", "\u212a", 1)} {
				if !strings.EqualFold(v, w) {
					continue
				}
				if !starts[v[0]] {
					t.Errorf("%q folds to %q but its first byte is filtered out", v, w)
				}
			}
		}
	}
	if s := foldStarts([]string{"kết"}); !s['k'] || !s['K'] || !s[0xE2] || s['c'] {
		t.Errorf("foldStarts(kết) misses the Kelvin sign or lets c through")
	}
}
