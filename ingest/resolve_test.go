package ingest

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/ingest/gazetteer"
	"kg/ingest/prose"
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
		{"a one-word name is no middle name of a Vietnamese or Chinese name ('Văn' of 'Bùi Văn Nghị'): short forms are a surname or a given name",
			"Đại sứ Việt Nam Bùi Văn Nghị dự. Bộ trưởng Văn phòng An ninh Thể chế Brazil cho biết. Đại sứ Nghị phát biểu.",
			map[string]string{"Bùi Văn Nghị": "bui-van-nghi", "Bộ trưởng Văn": "", "Đại sứ Nghị": "bui-van-nghi"}},
		{"the first of chained titles is the named leader's own, though another of the article holds it ('Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn' beside deputy prime minister Phạm Bình Minh)",
			"Phó Thủ tướng Phạm Bình Minh đã điện đàm. Ngày 9/4, Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn đã gọi điện chúc mừng.",
			map[string]string{"Phạm Bình Minh": "pham-binh-minh", "Phó Thủ tướng": "prak-sokhonn", "Prak Sokhonn": "prak-sokhonn"}},
		{"'ba nhà lãnh đạo' are the article's heads of three countries",
			"Trong ảnh: Thủ tướng Đức Olaf Scholz, Tổng thống Nga Vladimir Putin và Tổng thống Pháp Emmanuel Macron. Hôm 10/3, ba nhà lãnh đạo cũng đã tổ chức điện đàm.",
			map[string]string{"ba nhà lãnh đạo": "emmanuel-macron+olaf-scholz+vladimir-putin"}},
		{"'hai nhà lãnh đạo Mỹ-Triều' in an article that names no North Korean leader are not the two leaders it names",
			"Tổng thống Moon Jae-in và người đồng cấp Mỹ Donald Trump ngày 20-5 điện đàm. Một nhóm liên lạc sẽ tới Singapore vào thời điểm diễn ra hội nghị giữa hai nhà lãnh đạo Mỹ-Triều ngày 12-6 tới.",
			map[string]string{"hai nhà lãnh đạo": "donald-trump"}},
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
		{"a known name written with a middle initial is that person",
			"Ngoại trưởng Mỹ Antony J. Blinken gặp Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
			map[string]string{"Antony J. Blinken": "antony-blinken"}},
		{"a short name two leaders share, after a title only one of them holds ('Quốc vương Salman': the king, not the crown prince)",
			"Tổng thống Iran Ebrahim Raisi dự kiến sẽ thăm Riyadh theo lời mời từ Quốc vương Salman của Saudi Arabia.",
			map[string]string{"Quốc vương Salman": "salman-of-saudi-arabia"}},
		{"a bare head's title after another office ('do Chủ tịch Igor Sergeyenko dẫn đầu' after 'Chủ tịch Hạ viện') does not make the speaker the president another sentence names by office",
			"Chủ tịch nước Lương Cường tiếp Chủ tịch Hạ viện Cộng hòa Belarus Igor Sergeyenko. Chủ tịch nước hoan nghênh Đoàn đại biểu Hạ viện Belarus do Chủ tịch Igor Sergeyenko dẫn đầu. Chủ tịch nước Lương Cường trân trọng mời Tổng thống Belarus thăm cấp Nhà nước đến Việt Nam.",
			map[string]string{"Igor Sergeyenko": "igor-sergeyenko", "Tổng thống Belarus": ""}},
		{"a long surname with one letter dropped is the same person ('Kamala Haris', 'Kamala Harris')",
			"Phó Chủ tịch nước Võ Thị Ánh Xuân đã đón Phó Tổng thống Hoa Kỳ Kamala Harris. Sáng 25/8, Phó Tổng thống Hoa Kỳ Kamala Haris bắt đầu các hoạt động tại Hà Nội.",
			map[string]string{"Kamala Harris": "kamala-harris", "Kamala Haris": "kamala-harris"}},
		{"a long middle name one letter off is another spelling of the same person ('Adulaziz', 'Abdulaziz'); a hyphen and 'al' for 'el' are the gazetteer's forms",
			"Quốc vương Saudi Arabia Salman bin Adulaziz Al Saud điện đàm với Tổng thống Mỹ. Quốc vương Salman bin Abdulaziz Al Saud nói. Tổng thống Ai Cập Abdel-Fattah al-Sisi tiếp đoàn.",
			map[string]string{"Salman bin Adulaziz Al Saud": "salman-of-saudi-arabia", "Salman bin Abdulaziz Al Saud": "salman-of-saudi-arabia", "Abdel-Fattah al-Sisi": "abdel-fattah-el-sisi"}},
		{"a long surname one letter off is another spelling of the same person ('Dissanayaka', 'Dissanayake')",
			"Chủ tịch nước Lương Cường đón Tổng thống Sri Lanka Anura Kumara Dissanayaka. Đây là chuyến thăm đầu tiên của Tổng thống Anura Kumara Dissanayake.",
			map[string]string{"Anura Kumara Dissanayaka": "anura-kumara-dissanayake", "Anura Kumara Dissanayake": "anura-kumara-dissanayake"}},
		{"a known name after a given name it is written without is that person",
			"Tổng thống Nam Phi Matamela Cyril Ramaphosa đến Hà Nội.",
			map[string]string{"Matamela Cyril Ramaphosa": "cyril-ramaphosa"}},
		{"a headline in capitals names no one new, though a known name is read there",
			"CHỦ TỊCH QUỐC HỘI VƯƠNG ĐÌNH HUỆ ĐÓN CHỦ TỊCH QUỐC HỘI LÀO VÀ ĐOÀN CÔNG TÁC\n\nChủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.",
			map[string]string{"VÀ ĐOÀN CÔNG TÁC": "", "VƯƠNG ĐÌNH HUỆ": "vuong-dinh-hue", "Saysomphone Phomvihane": "saysomphone-phomvihane", "Vương Đình Huệ": "vuong-dinh-hue"}},
		{"an unknown official named with title and country",
			"Tổng thống Mông Cổ Batbold Tsendsuren thăm Hà Nội.",
			map[string]string{"Batbold Tsendsuren": "batbold-tsendsuren"}},
		{"journalists and analysts are not leaders",
			"Phóng viên Stephen McDonell viết rằng ông Tập rất cẩn trọng. Nhà phân tích Ana Ferreira cho biết thêm.",
			map[string]string{"Stephen McDonell": "", "Ana Ferreira": ""}},
		{"the two leaders are the article's principal pair",
			"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Hàn Quốc Lee Jae-myung. Hai nhà lãnh đạo nhất trí tăng cường hợp tác.",
			map[string]string{"Hai nhà lãnh đạo": "lee-jae-myung+to-lam"}},
		{"a short name the article writes in full for someone else ('Ông Ahmad Munir' ... 'ông Munir') is not the known leader who shares it (Asim Munir)",
			"Ông Ahmad Munir — Tổng giám đốc Hãng thông tấn quốc gia Indonesia ANTARA — cho biết ông rất tự hào. Cuộc đối thoại rất sôi nổi, ông Munir chia sẻ.",
			map[string]string{"Munir": ""}},
		{"a known leader in another Vietnamese spelling ('Thonglun Sisulith') is that leader",
			"Tại buổi tiếp, Thủ tướng Thonglun Sisulith nhiệt liệt chào mừng Bộ trưởng Tô Lâm.",
			map[string]string{"Thonglun Sisulith": "thongloun-sisoulith"}},
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
	return resolvedMentionsWith(defaultLexicon(), text)
}

// resolvedMentionsWith is resolvedMentions with lexicon lx.
func resolvedMentionsWith(lx *lexicon, text string) map[string]string {
	a := &analysis{lx: lx, text: prose.Normalize([]byte(text))}
	for pi, p := range prose.Paragraphs(a.text) {
		for _, sp := range prose.Sentences(a.text.S, p) {
			s := &sentence{start: sp.Start, end: sp.End, para: pi}
			s.toks = tokenize(a.text.S, "", sp.Start, sp.End, nil)
			a.lx.scan(s, &scanBuffers{})
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

// TestShortNamesDeterministic holds short names that several leaders of
// one article share ("Lý" for Li Qiang and Lee Hsien Loong, "Wong", "Kim",
// "Salman", "Lâm"): each must resolve by a rule of the text, the same every
// time. The lexicon lists a phrase's meanings in the order it was built, so
// every round builds it anew: built in map order, the answers and the
// output changed from run to run.
func TestShortNamesDeterministic(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{"ASEAN: the leader the article writes with that word",
			"Ngày 6/9/2023, bên lề Hội nghị Cấp cao ASEAN tại Jakarta, Thủ tướng Trung Quốc Lý Cường đã hội kiến Thủ tướng Singapore Lee Hsien Loong. " +
				"Thủ tướng Lý khẳng định Trung Quốc coi trọng quan hệ với ASEAN.",
			map[string]string{"Thủ tướng Lý": "li-qiang"}},
		{"ASEAN: both written with that word, the one named last, unless the title says the country",
			"Năm 2019, Thủ tướng Singapore Lý Hiển Long đón Thủ tướng Trung Quốc Lý Khắc Cường tại Singapore. " +
				"Phát biểu tại buổi họp báo, ông Lý Khắc Cường cho biết Trung Quốc ủng hộ vai trò trung tâm của ASEAN. " +
				"Ông Lý cũng mời người đồng cấp sang thăm Bắc Kinh. Thủ tướng Singapore Lý nhận lời.",
			map[string]string{"Ông Lý": "li-keqiang", "Thủ tướng Singapore Lý": "lee-hsien-loong"}},
		{"Vietnam's leaders: the office the title gives, else the one named last",
			"Ngày 19/8/2024, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh. " +
				"Người phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm cho biết hai bên đã ký 14 văn kiện hợp tác. " +
				"Ông Lâm nhấn mạnh Trung Quốc coi Việt Nam là ưu tiên trong chính sách láng giềng. " +
				"Tổng Bí thư Lâm cảm ơn sự đón tiếp của nước chủ nhà.",
			map[string]string{"Ông Lâm": "lin-jian", "Tổng Bí thư Lâm": "to-lam"}},
		{"ASEAN and Australia: the office the title gives",
			"Ngày 26/10/2025, bên lề Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur, Thủ tướng Singapore Lawrence Wong gặp Ngoại trưởng Australia Penny Wong. " +
				"Thủ tướng Wong cho biết Singapore ủng hộ quan hệ Đối tác chiến lược toàn diện ASEAN - Australia. " +
				"Ngoại trưởng Wong cảm ơn.",
			map[string]string{"Thủ tướng Wong": "lawrence-wong", "Ngoại trưởng Wong": "penny-wong"}},
		{"G7: the one named last",
			"Tại Hội nghị thượng đỉnh G7 ở Hiroshima ngày 20/5/2023, Thủ tướng Nhật Bản Kishida Fumio và Tổng thống Mỹ Joe Biden lên án các vụ phóng tên lửa của Triều Tiên. " +
				"Nhà lãnh đạo Triều Tiên Kim Jong-un chưa phản hồi, nhưng em gái ông, bà Kim Yo-jong, ra tuyên bố chỉ trích G7. " +
				"Bà Kim cho rằng G7 can thiệp vào công việc nội bộ của Bình Nhưỡng.",
			map[string]string{"Bà Kim": "kim-yo-jong"}},
		{"Middle East: the office the title gives",
			"Ngày 15/7/2022, Quốc vương Ả Rập Xê Út Salman bin Abdulaziz Al Saud tiếp Tổng thống Mỹ Joe Biden tại Jeddah. " +
				"Thái tử Mohammed bin Salman cũng dự cuộc gặp. Quốc vương Salman bày tỏ mong muốn ổn định giá dầu.",
			map[string]string{"Quốc vương Salman": "salman-of-saudi-arabia"}},
	}
	lexicons := make([]*lexicon, 10)
	for i := range lexicons {
		lexicons[i] = newLexicon(gazetteer.Default(), cuesTSV+extraCues())
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Source: "test", Raw: []byte(tt.text)}
			first, err := json.Marshal(extractWith(defaultLexicon(), doc))
			require.NoError(t, err)
			for round, lx := range lexicons {
				got := resolvedMentionsWith(lx, tt.text)
				for form, key := range tt.want {
					require.Equal(t, key, got[form], "round %d: %q in %q", round, form, tt.text)
				}
				out, err := json.Marshal(extractWith(lx, doc))
				require.NoError(t, err)
				require.Equal(t, string(first), string(out), "round %d", round)
			}
		})
	}
}
