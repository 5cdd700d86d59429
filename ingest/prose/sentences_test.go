package prose

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSentences(t *testing.T) {
	long := "“" + strings.Repeat("Câu dài trong trích dẫn. ", 20) + "Hết”, ông nói."
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "Ông Tập đến Kazakhstan. Sau đó ông gặp ông Putin! Vì sao? Không rõ…",
			[]string{"Ông Tập đến Kazakhstan.", "Sau đó ông gặp ông Putin!", "Vì sao?", "Không rõ…"}},
		{"digit and quote starts", "Ông nói vậy. 2019 là năm khác. “Tốt”, ông nói. \"Được\", bà đáp.",
			[]string{"Ông nói vậy.", "2019 là năm khác.", "“Tốt”, ông nói.", "\"Được\", bà đáp."}},
		{"a period a page glued to the next sentence", "Hai bên sẽ gặp nhau vào ngày mai 1/11.Trong số các đại biểu có bà Georgieva (IMF).Đáp lại, ông Lee cảm ơn.",
			[]string{"Hai bên sẽ gặp nhau vào ngày mai 1/11.", "Trong số các đại biểu có bà Georgieva (IMF).", "Đáp lại, ông Lee cảm ơn."}},
		{"an acronym glued to the sentence before starts a sentence", "Lễ ký diễn ra ngay sau đó vào ngày 15/11.RCEP là một hiệp định lớn.",
			[]string{"Lễ ký diễn ra ngay sau đó vào ngày 15/11.", "RCEP là một hiệp định lớn."}},
		{"no glued sentence in TP.HCM, U.S., v.v. or a web address", "Ông đến TP.HCM, đọc vnexpress.net và gặp nhóm U.S.Army v.v. rồi về.",
			[]string{"Ông đến TP.HCM, đọc vnexpress.net và gặp nhóm U.S.Army v.v. rồi về."}},
		{"an outlet's tag opening the paragraph is no part of its first sentence: '(VOV5) - ', '(PLO)- ', 'VOV.VN - '",
			"(VOV5) - Nhận lời mời của Bộ trưởng, ông thăm Đức. Rồi về.",
			[]string{"Nhận lời mời của Bộ trưởng, ông thăm Đức.", "Rồi về."}},
		{"a tag glued to its dash, or a web address", "(PLO)- Chiều 25/10, hai bên hội đàm.", []string{"Chiều 25/10, hai bên hội đàm."}},
		{"a dotted tag", "VOV.VN - Sáng nay, hai bên hội đàm.", []string{"Sáng nay, hai bên hội đàm."}},
		{"a bare word before a dash may be a side of a pair, and a bracket with a comma is no tag",
			"EU - Mercosur ký hiệp định. (Ảnh, TTXVN) - Thủ tướng phát biểu.", []string{"EU - Mercosur ký hiệp định.", "(Ảnh, TTXVN) - Thủ tướng phát biểu."}},
		{"no split before lowercase", "Giá là 3.5 lần. và tiếp tục", []string{"Giá là 3.5 lần. và tiếp tục"}},
		{"numbers", "Thương mại đạt 1.000 tỷ USD. Năm sau tăng 3.5%.", []string{"Thương mại đạt 1.000 tỷ USD.", "Năm sau tăng 3.5%."}},
		{"abbreviations", "Ông đến TP. Hồ Chí Minh và gặp Dr. Smith cùng Mr. Brown. Họ ăn tối.",
			[]string{"Ông đến TP. Hồ Chí Minh và gặp Dr. Smith cùng Mr. Brown.", "Họ ăn tối."}},
		{"initials and dotted acronyms", "Ông J. F. Kennedy đến U.S. Army hôm đó. Rồi về.",
			[]string{"Ông J. F. Kennedy đến U.S. Army hôm đó.", "Rồi về."}},
		{"'Ma.' (Maria) opening a Filipino name goes on", "Trong cuộc gặp với Bộ trưởng Ngoại giao Philippines Ma. Theresa P. Lazaro, hai bên đã thảo luận. Rồi về.",
			[]string{"Trong cuộc gặp với Bộ trưởng Ngoại giao Philippines Ma. Theresa P. Lazaro, hai bên đã thảo luận.", "Rồi về."}},
		{"two initials after a Latin given name go on; an acronym after a Vietnamese word ends", "Ông tiếp ông Meynardo LB. Montealegre, Đại sứ. Châu Âu cùng EU. Rồi về.",
			[]string{"Ông tiếp ông Meynardo LB. Montealegre, Đại sứ.", "Châu Âu cùng EU.", "Rồi về."}},
		{"TP.HCM ends a sentence", "Ông đến TP.HCM. Rồi về.", []string{"Ông đến TP.HCM.", "Rồi về."}},
		{"closing quote after the period", "Ông nói: “Chúng tôi đồng ý.” Sau đó ông đi.",
			[]string{"Ông nói: “Chúng tôi đồng ý.”", "Sau đó ông đi."}},
		{"period after the closing quote", "Họ gọi đó là “không giới hạn”. Nga xâm lược Ukraine.",
			[]string{"Họ gọi đó là “không giới hạn”.", "Nga xâm lược Ukraine."}},
		{"short quotation that continues stays whole",
			"“Chúng tôi đánh giá cao lập trường. Chúng tôi hiểu câu hỏi”, ông Putin nói. Ông Tập gật đầu.",
			[]string{"“Chúng tôi đánh giá cao lập trường. Chúng tôi hiểu câu hỏi”, ông Putin nói.", "Ông Tập gật đầu."}},
		{"long quotation is split", long, nil},
		{"unclosed quote is ignored", "Ông nói: “Đồng ý. Rồi đi.", []string{"Ông nói: “Đồng ý.", "Rồi đi."}},
		{"ellipsis then bracket", "các cường quốc lớn… (Tổng thống Putin tuyên bố rằng), Nga sẵn sàng.",
			[]string{"các cường quốc lớn…", "(Tổng thống Putin tuyên bố rằng), Nga sẵn sàng."}},
		{"caption credit", "Ông Tập gặp ông Putin. Ảnh: Xinhua.", []string{"Ông Tập gặp ông Putin.", "Ảnh: Xinhua."}},
		{"no terminal", "Tổ chức Hợp tác Thượng Hải", []string{"Tổ chức Hợp tác Thượng Hải"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Paragraph{Start: 0, End: len(tt.text), DupOf: -1}
			var got []string
			for _, s := range Sentences(tt.text, p) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if tt.want == nil {
				assert.Greater(t, len(got), 10)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSentencesWithinParagraph(t *testing.T) {
	text := Normalize([]byte("Tiêu đề\n\nCâu một. Câu hai.\n\nCâu ba."))
	paras := Paragraphs(text)
	require.Len(t, paras, 3)
	got := Sentences(text.S, paras[1])
	require.Len(t, got, 2)
	assert.Equal(t, "Câu một.", text.S[got[0].Start:got[0].End])
	assert.Equal(t, "Câu hai.", text.S[got[1].Start:got[1].End])
	assert.Empty(t, Sentences(text.S, Paragraph{Start: 5, End: 5}))
}

// TestSentencesSeeds checks the splits of real paragraphs.
func TestSentencesSeeds(t *testing.T) {
	seeds := seedFiles(t)
	tests := []struct {
		seed, sentence string
	}{
		{"000", "Cuộc họp của SCO diễn ra trong bối cảnh các cuộc đụng độ mới xảy ra ở biên giới giữa hai thành viên của tổ chức, Kyrgyzstan và Tajikistan."},
		{"000", "Sau đó, ông sẽ gặp ông Putin vào thứ Năm tại Hội nghị thượng đỉnh của Tổ chức Hợp tác Thượng Hải (SCO) ở Samarkand, diễn ra từ ngày 15 - 16/9."},
		{"001", "“Chúng tôi đánh giá cao lập trường cân bằng của những người bạn Trung Quốc liên quan đến cuộc khủng hoảng Ukraine. Chúng tôi hiểu những câu hỏi và mối quan tâm của bạn về vấn đề này”, ông Putin nói trong bài phát biểu trước khi gặp riêng ông Tập."},
		{"002", "Tổng thống Nga đã nhận lời mời của Chủ tịch Trung Quốc thăm Bắc Kinh vào nửa đầu năm 2026”."},
		{"003", "Năm 2017, Ấn Độ và Pakistan trở thành thành viên cấp nhà nước và năm ngoái Iran đã trở thành thành viên đầy đủ."},
		{"004", "Theo kế hoạch, Tổng thống Nga Putin sẽ hội đàm với Chủ tịch Trung Quốc Tập Cận Bình vào thứ Sáu 4/2, đánh dấu cuộc gặp trực tiếp đầu tiên giữa hai ông kể từ năm 2019."},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			text := Normalize(seeds[tt.seed])
			var all []string
			for _, p := range Paragraphs(text) {
				for _, s := range Sentences(text.S, p) {
					all = append(all, text.S[s.Start:s.End])
				}
			}
			assert.Contains(t, all, tt.sentence)
		})
	}
}

// A sentence longer than maxSentence is cut at its last space before the
// limit (or at a rune boundary when it has none), and nothing is lost.
func TestSentencesCapLength(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"words without punctuation", strings.Repeat("ông Tập gặp ông Putin tại Bắc Kinh ", 300)},
		{"no space at all", strings.Repeat("ệ", 3000)},
		{"a long sentence between short ones", "Mở đầu. " + strings.Repeat("Trung Quốc và Nga ", 400) + "kết thúc. Hết."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.text, Paragraph{Start: 0, End: len(tt.text)})
			require.NotEmpty(t, spans)
			var joined []string
			for _, sp := range spans {
				assert.LessOrEqual(t, sp.End-sp.Start, maxSentence)
				assert.True(t, sp.Start < sp.End)
				joined = append(joined, tt.text[sp.Start:sp.End])
			}
			assert.Equal(t, strings.Join(strings.Fields(tt.text), ""), strings.Join(strings.Fields(strings.Join(joined, "")), ""), "the sentences hold all the text")
			assert.Greater(t, len(spans), len(tt.text)/maxSentence-1)
		})
	}
}

// TestIsAbbreviation holds isAbbreviation to strings.EqualFold, which it
// stands in for, on every way of writing each abbreviation in runes that
// fold to its letters, and on other words.
func TestIsAbbreviation(t *testing.T) {
	ref := func(w string) bool {
		return slices.ContainsFunc(abbreviations, func(a string) bool { return strings.EqualFold(w, a) })
	}
	var words []string
	for _, a := range abbreviations {
		if len(a) > 4 || strings.ToLower(a) != a || strings.Trim(a, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Fatalf("abbreviation %q is not up to four lower-case ASCII letters, as isAbbreviation takes them to be", a)
		}
		spellings := []string{""}
		for _, c := range a {
			var next []string
			for r := c; ; {
				for _, sp := range spellings {
					next = append(next, sp+string(r))
				}
				if r = unicode.SimpleFold(r); r == c {
					break
				}
			}
			spellings = next
		}
		for _, sp := range spellings {
			words = append(words, sp, sp+"x", sp+"\u212a", sp+"ş", "x"+sp, sp[:len(sp)-1], sp+"\xff")
		}
	}
	words = append(words, "", "ông", "Bộ", "Nam", "Quốc", "tp.hcm", "\xff", "Việt", "khác", "prof1")
	for _, w := range words {
		if got, want := isAbbreviation(w), ref(w); got != want {
			t.Errorf("isAbbreviation(%q) = %v, strings.EqualFold says %v", w, got, want)
		}
	}
}
