package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"kg/model"
)

// TestMeetingRuleExamples reads the example of every meeting rule and
// checks that the rule reads a meeting in it: a rule and the sentence it
// exists for stay together.
func TestMeetingRuleExamples(t *testing.T) {
	for _, rule := range append(append([]meetingRule(nil), eventRules...), extraRules...) {
		t.Run(rule.name, func(t *testing.T) {
			var read []meeting
			traceMeetings = func(stage string, ms []meeting) {
				if stage == "read" {
					read = append(read, ms...)
				}
			}
			defer func() { traceMeetings = nil }()
			Extract(Document{Source: rule.name, Raw: []byte(rule.example), Published: "2025-06-01"})
			var fired []string
			for _, m := range read {
				fired = append(fired, m.rule)
			}
			assert.Contains(t, fired, rule.name, "%q", rule.example)
		})
	}
}

// meetingsOf extracts text (published on 2025-06-01) and returns its
// meetings as "kind status date city: participants" lines.
func meetingsOf(text string) []string { return meetingsAt(text, "2025-06-01") }

// meetingsAt is meetingsOf for an article published on published ("" for
// an article that states no date).
func meetingsAt(text, published string) []string {
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: published})
	parts := map[string][]string{}
	for _, r := range ex.Relations {
		if r.Type == model.RelMetAt {
			parts[r.To] = append(parts[r.To], r.From)
		}
	}
	var out []string
	for _, e := range ex.Entities {
		if e.Label != model.LabelSummit {
			continue
		}
		ps := parts[e.Key]
		sort.Strings(ps)
		out = append(out, fmt.Sprintf("%v %v %v %v: %s", e.Props["kind"], e.Props["status"], e.Props["date"], summitPlace(e.Props["city"], e.Props["country"]), strings.Join(ps, " ")))
	}
	sort.Strings(out)
	return out
}

func summitPlace(city, country any) any {
	if city != nil {
		return city
	}
	return country
}

// TestMeetingPhrasings holds the clause readings that are not rules of
// their own to the sentences they exist for.
func TestMeetingPhrasings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one welcomed off the plane ('được bà Monica Crowley, Trưởng ban lễ tân Nhà Trắng, đón tiếp tại khu vực đỗ chuyên cơ') has no reception of his own: the meeting is the talks (welcomeNoReception)",
			"Sáng 30/5, Chủ tịch Trung Quốc Tập Cận Bình đã đến căn cứ không quân Gimhae ở thành phố Busan (Hàn Quốc) để tham dự cuộc gặp thượng đỉnh song phương với Tổng thống Mỹ Donald Trump. Chủ tịch Tập Cận Bình rời xe và được bà Monica Crowley, Trưởng ban lễ tân Nhà Trắng, đón tiếp tại khu vực đỗ chuyên cơ trước khi bước vào tòa nhà nơi diễn ra hội đàm.",
			[]string{"bilateral held 2025-05-30 Busan: donald-trump xi-jinping"}},
		{"a summit named after 'Sau' before a call told after it ('Sau hội nghị thượng đỉnh Alaska, ông Trump và ông Zelensky đã có một cuộc điện đàm') tells when: those on the line did not meet at it (readKind)",
			"Ngày 15/8, Tổng thống Mỹ Trump đã gặp Tổng thống Nga Putin tại Anchorage (Alaska). Sau hội nghị thượng đỉnh Alaska, ông Trump và ông Zelensky đã có một cuộc điện đàm được giới truyền thông mô tả là \"không dễ dàng\".",
			[]string{"bilateral held 2025-08-15 Anchorage: donald-trump vladimir-putin", "phone_call held <nil> <nil>: donald-trump volodymyr-zelenskyy"}},
		{"who is called from a summit ('trong quá trình thượng đỉnh ... ở Nhà Trắng để điện đàm trao đổi với Tổng thống Nga') was not at it (beforeCall)",
			"Ngày 18/8, Tổng thống Mỹ Donald Trump đã có thời điểm tạm ngưng cuộc bàn bạc trong quá trình thượng đỉnh Mỹ-Ukraine-châu Âu ở Nhà Trắng để điện đàm trao đổi với Tổng thống Nga Vladimir Putin.",
			[]string{"phone_call held 2025-08-18 <nil>: donald-trump vladimir-putin", "summit held 2025-08-18 Washington: donald-trump"}},
		{"one another stands in for at a summit ('thay cho Ngoại trưởng Trung Quốc Tần Cương') is not there (cues.tsv, beside)",
			"Ngày 13/7, ông Vương Nghị, Chủ nhiệm Văn phòng Ủy ban Công tác đối ngoại Trung ương Đảng Cộng sản Trung Quốc, tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 tại Jakarta thay cho Ngoại trưởng Trung Quốc Tần Cương.",
			[]string{"summit held 2025-07-13 Jakarta: wang-yi"}},
		{"nor is the leader whose place another takes at a summit ('thay cho Chủ tịch Tập Cận Bình')",
			"Thủ tướng Trung Quốc Lý Cường sẽ dự Hội nghị thượng đỉnh G20 tại New Delhi thay cho Chủ tịch Tập Cận Bình.",
			[]string{"summit planned <nil> New Delhi: li-qiang"}},
		{"another leader's visit told next ('..., sau đó Chủ tịch Tập Cận Bình sẽ có chuyến thăm đáp lễ tới Mỹ') is his own (clauseCuts, another-leader-meets)",
			"Tổng thống Mỹ Donald Trump cho biết ông sẽ thăm Trung Quốc vào tháng 4 năm sau, sau đó Chủ tịch Tập Cận Bình sẽ có chuyến thăm đáp lễ tới Mỹ, song không nêu thời gian cụ thể.",
			[]string{"state_visit planned 2026-04 CN: donald-trump", "state_visit planned <nil> US: xi-jinping"}},
		{"'ba nhà lãnh đạo' are the article's three heads of three countries, though the clause names two of them (trio, trioOfNamed)",
			"Trong ảnh: Thủ tướng Đức Olaf Scholz, Tổng thống Nga Vladimir Putin và Tổng thống Pháp Emmanuel Macron. Hôm 10/3, ba nhà lãnh đạo cũng đã tổ chức điện đàm, trong đó cả Tổng thống Macron và Thủ tướng Scholz đều \"yêu cầu Nga lập tức ngừng bắn\".",
			[]string{"phone_call held 2025-03-10 <nil>: emmanuel-macron olaf-scholz vladimir-putin"}},
		{"the summit a received guest visits for ('tiếp xã giao ông Triệu Khắc Chí, ..., đang ở thăm Việt Nam và đồng chủ trì Hội nghị ...') is the guest's, not his host's (guestsOwnSummit)",
			"Sáng 19.2, tại trụ sở T.Ư Đảng, Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng đã tiếp xã giao ông Triệu Khắc Chí, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc, đang ở thăm Việt Nam và đồng chủ trì Hội nghị hợp tác phòng, chống tội phạm lần thứ 7 giữa Bộ Công an hai nước.",
			[]string{"bilateral held 2025-02-19 Hanoi: nguyen-phu-trong trieu-khac-chi", "state_visit held <nil> Hanoi: trieu-khac-chi", "summit held 2025-02-19 Hanoi: trieu-khac-chi"}},
		{"'cả hai đều' are the two leaders the text has named ('Trước đó, vào đầu tháng 7, cả hai đều tham dự hội nghị thượng đỉnh NATO tại Washington')",
			"Ông Keir Starmer đã đến Đức vào ngày 28/8, chuyến thăm song phương đầu tiên của ông kể từ khi nhậm chức Thủ tướng Anh cách đây 7 tuần. Ông Starmer đã gặp người đồng cấp Đức Olaf Scholz một vài lần kể từ khi ông trở thành Thủ tướng Anh. Trước đó, vào đầu tháng 7, cả hai đều tham dự hội nghị thượng đỉnh NATO tại Washington.",
			[]string{"state_visit held 2025-08-28 DE: keir-starmer olaf-scholz", "summit held 2025-07 Washington: keir-starmer olaf-scholz"}},
		{"the summit both attend together ('nhân dịp cùng dự Hội nghị cấp cao ...') is theirs both, not the subject's alone (attendTogether)",
			"Thủ tướng Phạm Minh Chính gặp Thủ tướng Timor Leste Taur Matan Ruak - Ảnh: Dương Giang/TTXVN\n\nSáng nay (11/5), Thủ tướng Chính phủ Phạm Minh Chính gặp người đồng cấp Timor-Leste, Taur Matan, nhân dịp cùng dự Hội nghị cấp cao Hiệp hội các quốc gia Đông Nam Á lần thứ 42 (ASEAN 42) tại Labuan Bajo, Indonesia.",
			[]string{"bilateral held 2025-05-11 Labuan Bajo: pham-minh-chinh taur-matan-ruak", "summit held 2025-05-11 Labuan Bajo: pham-minh-chinh taur-matan-ruak"}},
		{"a meeting told against after 'Theo chương trình' ('Theo chương trình sau cuộc hội kiến với Tổng thống ..., Chủ tịch nước ... tiến hành hội đàm với Thủ tướng ...') is another event (afterProgramme)",
			"Theo chương trình sau cuộc hội kiến với Tổng thống Cộng hòa Singapore Halimah Yacob, Chủ tịch nước Nguyễn Xuân Phúc tiến hành hội đàm với Thủ tướng Singapore Lý Hiển Long và cùng chứng kiến trao đổi một số văn kiện hợp tác giữa các bộ, ngành hai nước.",
			[]string{"bilateral held <nil> <nil>: lee-hsien-loong nguyen-xuan-phuc"}},
		{"'ông chủ Nhà Trắng' is the US president the article names (titles.tsv)",
			"Tổng thống Moon Jae-in và người đồng cấp Mỹ Donald Trump ngày 20-5 điện đàm. Ông Moon dự kiến có các cuộc hội đàm với ông chủ Nhà Trắng vào ngày 22-5 tới tại Washington, sau đó sẽ trở về nước vào ngày 24-5.",
			[]string{"bilateral planned 2026-05-22 Washington: donald-trump moon-jae-in", "phone_call held 2025-05-20 <nil>: donald-trump moon-jae-in"}},
		{"two who co-chair a summit ('đã đồng chủ trì hội nghị thượng đỉnh nhằm chấm dứt chiến tranh ở Gaza') chair a summit of many, no bilateral of their own (chairsSummit, coChaired)",
			"Tối 13-10 (giờ địa phương), tại khu nghỉ dưỡng tại Sharm el-Sheikh (Ai Cập), Tổng thống Mỹ Donald Trump và Tổng thống Ai Cập Abdel Fattah el-Sissi đã đồng chủ trì hội nghị thượng đỉnh nhằm chấm dứt chiến tranh ở Gaza, theo tờ The New York Times.",
			[]string{"summit held 2025-10-13 Sharm el-Sheikh: abdel-fattah-el-sissi donald-trump"}},
		{"what goes on meanwhile ('ngay giữa lúc đang tham gia các cuộc thảo luận cùng Zelensky') is another scene: the call is the two named before it (cues.tsv, clause)",
			"Trong thông điệp đăng trên mạng xã hội hôm 18/8 theo giờ Mỹ, Tổng thống Mỹ Donald Trump tiết lộ ông đã thảo luận với Tổng thống Nga Vladimir Putin trong một cuộc điện đàm, ngay giữa lúc đang tham gia các cuộc thảo luận cùng Tổng thống Ukraine Volodymyr Zelensky và nhiều lãnh đạo châu Âu tại Nhà Trắng.",
			[]string{"phone_call held <nil> <nil>: donald-trump vladimir-putin"}},
		{"who answers the press about a visit ('Trả lời phỏng vấn về chuyến thăm ..., Đại sứ ... cho rằng') speaks of it: no visitor (interviewed)",
			"Trả lời phỏng vấn về chuyến thăm chính thức Việt Nam của Thủ tướng Malaysia Anwar Ibrahim và Phu nhân, Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh cho rằng, chuyến thăm vừa có ý nghĩa ghi nhận thành quả 50 năm trong quan hệ song phương.",
			[]string{"state_visit held <nil> VN: anwar-ibrahim"}},
		{"those who chair a summit ('Hội nghị do A và B đồng chủ trì') attend it: no meeting of the two of their own (chairsSummit)",
			"Ngày 4/8, Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 11 diễn ra tại Phnom Penh. Hội nghị do Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn và Bộ trưởng Ngoại giao Hàn Quốc Chung Eui-yong đồng chủ trì, với sự tham dự của Bộ trưởng Ngoại giao và đại diện các nước Lào, Myanmar, Thái Lan và Việt Nam.",
			[]string{"summit held 2025-08-04 Phnom Penh: chung-eui-yong prak-sokhonn"}},
		{"who wishes another country success in hosting a summit ('gửi lời chúc Hàn Quốc tổ chức thành công Hội nghị thượng đỉnh APEC') speaks of it and is not said to attend (wishesHostSuccess)",
			"Ngày 6/8, Ngoại trưởng Hàn Quốc Cho Hyun đã có cuộc điện đàm với Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn. Ngoài ra, Ngoại trưởng Việt Nam cũng gửi lời chúc Hàn Quốc tổ chức thành công Hội nghị thượng đỉnh APEC vào cuối tháng 10 tới tại Gyeongju.",
			[]string{"phone_call held 2025-08-06 <nil>: bui-thanh-son cho-hyun"}},
		{"a welcome the host gives ('Vui mừng chào đón X ... đến Việt Nam, Thủ tướng Y ...') is his reception of the guest",
			"Vui mừng chào đón Thư ký Hội đồng An ninh Liên bang Nga Sergey Shoigu dẫn đầu Đoàn đại biểu cấp cao của Hội đồng đến Việt Nam, Thủ tướng Chính phủ Phạm Minh Chính nhận thấy quan hệ hai nước đang phát triển tốt đẹp.",
			[]string{"bilateral held <nil> VN: pham-minh-chinh sergei-shoigu"}},
		{"a welcome at the airport, told there or in the two sentences before ('Tại sân bay, ông Putin được ... chào đón'), is the visit's, no reception of its own (welcomeNoReception)",
			"Ngày 2/9, Tổng thống Nga Vladimir Putin đến sân bay Ulaanbaatar, bắt đầu chuyến thăm chính thức Mông Cổ. Tại sân bay, ông Putin được Ngoại trưởng Mông Cổ Batmunkh Battsetseg chào đón. Sân bay rực rỡ cờ hoa. Hai hàng tiêu binh dọc thảm đỏ. Ngoại trưởng Mông Cổ Batmunkh Battsetseg nồng nhiệt chào đón Tổng thống Putin.",
			[]string{"state_visit held 2025-09-02 Ulaanbaatar: vladimir-putin"}},
		{"a body's name after a post ('Chủ nhiệm Tổng cục Chính trị Quân đội Nhân dân Việt Nam') ends at a verb's tense: 'đã điện đàm với' is the call, not words of the body",
			"Sáng 6/11, Đại tướng Lương Cường - Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị Quân đội Nhân dân Việt Nam đã điện đàm với đồng chí Thượng tướng Miêu Hoa - Chủ nhiệm Bộ Công tác Chính trị Quân ủy Trung ương Trung Quốc.",
			[]string{"phone_call held 2025-11-06 <nil>: luong-cuong mieu-hoa"}},
		{"the opening meeting of a body ('cuộc họp khai mạc Hội đồng Hòa bình') is a summit of its many members, which the leader attends",
			"Ngày 19/2, Tổng Bí thư Tô Lâm có các cuộc gặp và trao đổi với lãnh đạo nhiều quốc gia tại Washington DC, nhân dịp dự cuộc họp khai mạc Hội đồng Hòa bình về Dải Gaza.",
			[]string{"summit held 2025-02-19 Washington: to-lam"}},
		{"who sends the message passed on at talks ('chuyển thông điệp từ nhà lãnh đạo Triều Tiên Kim Jong-un') is no participant of them (letterOf)",
			"Trong cuộc hội đàm với Ngoại trưởng Trung Quốc Vương Nghị tại Bắc Kinh hôm 28/5, Ngoại trưởng Triều Tiên Choe Son-hui đã chuyển thông điệp từ nhà lãnh đạo Triều Tiên Kim Jong-un.",
			[]string{"bilateral held 2025-05-28 Beijing: choe-son-hui wang-yi"}},
		{"an opening on another act ('Vài ngày sau khi ông Trump giành chiến thắng ..., ') ends at its comma, and an 'ông' after it stands for the main clause's subject, not the one named in it",
			"Vài ngày sau khi ông Donald Trump giành chiến thắng trong cuộc bầu cử tổng thống Mỹ, Thủ tướng Anh Keir Starmer sẽ đến Pháp, nơi ông sẽ gặp gỡ Tổng thống Pháp Emmanuel Macron.",
			[]string{"bilateral planned <nil> FR: emmanuel-macron keir-starmer"}},
		{"what another does at the time (', khi sự kiện ông Trump tái đắc cử ...') is a clause of its own: he is no participant of the meeting before it",
			"Thủ tướng Anh Keir Starmer sẽ gặp Tổng thống Pháp Emmanuel Macron vào thứ Hai, khi sự kiện ông Donald Trump tái đắc cử Tổng thống Mỹ làm dấy lên lo ngại.",
			[]string{"bilateral planned 2025-06-02 <nil>: emmanuel-macron keir-starmer"}},
		{"a meeting whose words speak of another leader's visit ('Trong cuộc gặp với A, B cảm ơn ... chuyến thăm chính thức Cuba của C vừa qua'): the two who met, and C's visit of his own, not one meeting of three",
			"Trong cuộc gặp với Bộ trưởng Ngoại giao Cuba Bruno Parrilla, Bộ trưởng Ngoại giao Bùi Thanh Sơn cảm ơn phía Cuba đã phối hợp tổ chức thành công chuyến thăm chính thức Cuba của Chủ tịch nước Nguyễn Xuân Phúc vừa qua.",
			[]string{"bilateral held <nil> CU: bruno-parrilla bui-thanh-son", "state_visit held <nil> CU: nguyen-xuan-phuc"}},
		{"an aside that tells a call just done ('X, người vừa điện đàm với Y hôm 13/5, cho biết') is dated by its day; one that recalls a meeting ('người từng gặp') is not (personAside)",
			"Tổng thống Phần Lan Sauli Niinisto ủng hộ việc gia nhập NATO. Ông Niinisto, người vừa điện đàm với Tổng thống Mỹ Joe Biden hôm 13/5, cho biết Phần Lan sẽ nộp đơn.",
			[]string{"phone_call held 2025-05-13 <nil>: joe-biden sauli-niinisto"}},
		{"a leader a sentence opens on as its source ('Theo Văn phòng Thủ tướng Anh, hội nghị tập trung vào ...') is no participant of what it reports (sourceOpener)",
			"Ngày 15/3, Thủ tướng Anh Keir Starmer đã điện đàm với Tổng thống Pháp Emmanuel Macron về Ukraine.\n\nTheo Văn phòng Thủ tướng Anh, hội nghị tập trung vào ba vấn đề chính: tăng cường hỗ trợ Ukraine và duy trì sức ép đối với Nga.",
			[]string{"phone_call held 2025-03-15 <nil>: emmanuel-macron keir-starmer"}},
		{"'hội đàm thượng đỉnh' is two leaders' summit talks, no multilateral summit (cues.tsv)",
			"Tổng thống Hàn Quốc Yoon Suk Yeol ngày 31/5 đã gặp gỡ Tổng thống Sierra Leone Julius Maada Bio tại Seoul. Đây là cuộc hội đàm thượng đỉnh thứ hai giữa lãnh đạo hai nước sau lần gặp bên lề khóa họp của Đại hội đồng Liên hợp quốc vào tháng 9 năm ngoái.",
			[]string{"bilateral held 2024-09 <nil>: julius-maada-bio yoon-suk-yeol", "bilateral held 2025-05-31 Seoul: julius-maada-bio yoon-suk-yeol"}},
		{"an invitation to visit with the guest named between 'mời' and the visit word ('chuyển lời mời của A, B tới Quốc vương X và mời Hoàng Thái tử, Thủ tướng Y thăm chính thức Việt Nam') is the guest's planned visit (invitedToVisit)",
			"Nhân dịp này, Thủ tướng Chính phủ Phạm Minh Chính chuyển lời thăm hỏi và lời mời của Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường tới Quốc vương Salman bin Abdullaziz và mời Hoàng Thái tử, Thủ tướng Mohammed bin Salman thăm chính thức Việt Nam vào thời gian phù hợp.",
			[]string{"state_visit planned <nil> VN: mohammed-bin-salman"}},
		{"a late leader ('cố') named after a word of mourning or remembrance ('lễ tang cấp nhà nước của cố Thủ tướng Abe Shinzo', 'tượng đài cố Quốc vương Norodom Sihanouk') is no participant (mourned)",
			"Tại cuộc gặp, Thủ tướng Nhật Bản Kishida Fumio cảm ơn Tổng thống Philippines Ferdinand Marcos về việc Philippines sẽ cử đoàn đại biểu tham dự lễ tang cấp nhà nước của cố Thủ tướng Abe Shinzo. Ngay sau lễ đón tại sân bay, Thủ tướng Phạm Minh Chính và đoàn đại biểu cấp cao Việt Nam đã đến đặt hoa tại đài Độc lập, tượng đài cố Quốc vương Norodom Sihanouk tại Phnom Penh.",
			[]string{"bilateral planned <nil> <nil>: bongbong-marcos fumio-kishida", "state_visit held <nil> Phnom Penh: pham-minh-chinh"}},
		{"a visit's welcome by a host named with no country, in a sentence that places it nowhere ('Chủ tịch nước ... và Tổng thống Joao Manuel Goncalves Lourenco duyệt đội danh dự'), is the visit's event (visitHost)",
			"Chủ tịch nước Lương Cường thăm cấp nhà nước Cộng hoà Angola từ ngày 5 đến 7/8. Chủ tịch nước Lương Cường và Tổng thống Joao Manuel Goncalves Lourenco duyệt đội danh dự. Chuyến thăm Angola lần này của Chủ tịch nước Lương Cường là cột mốc quan trọng.",
			[]string{"state_visit held 2025-08-05 AO: joao-manuel-goncalves-lourenco luong-cuong"}},
		{"a visit and the only meeting told during it are one, when the host is named with no country and the meeting is placed in the visited one ('gặp Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen, trong chuyến thăm đầu tiên tới Brussels') (hostedBy)",
			"Thủ tướng Anh Keir Starmer ngày 2/10 đã gặp Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen, trong chuyến thăm đầu tiên tới Brussels trên cương vị mới.",
			[]string{"state_visit held 2025-10-02 Brussels: keir-starmer ursula-von-der-leyen"}},
		{"the host's talks on a visit are the visit's event even when the host is named with no country ('Thủ tướng Carlos Agostinho do Rosário' on a visit to Mozambique, the talks in Maputo) (visitHost)",
			"Trong khuôn khổ chuyến thăm, làm việc tại Mozambique, Phó Thủ tướng Hoàng Trung Hải tiếp các Bộ trưởng của Mozambique. Chiều 30/7, tại Maputo, Phó Thủ tướng Hoàng Trung Hải hội đàm với Thủ tướng Carlos Agostinho do Rosário.",
			[]string{"state_visit held 2025-07-30 Maputo: carlos-agostinho hoang-trung-hai"}},
		{"an invitation to a summit ('đã mời Tổng thống ... tới dự Hội nghị thượng đỉnh G7', 'chuyển thư mời của Tổng thống ... tới Thủ tướng ... tham dự') is the guest's summit, not the inviter's nor the carrier's; one naming no guest ('đã mời Việt Nam dự Thượng đỉnh BRICS') is none (invitedToSummit)",
			"Ngoại trưởng Brazil Mauro Vieira đã chuyển thư mời của Tổng thống Lula da Silva tới Thủ tướng Phạm Minh Chính tham dự Hội nghị thượng đỉnh G20 tại Brazil vào tháng 11. Thủ tướng Nhật Bản Fumio Kishida đã mời Tổng thống Hàn Quốc Yoon Suk-yeol tới dự Hội nghị thượng đỉnh G7 tại Hiroshima vào tháng 5. Tổng thống Brazil Lula da Silva cũng đã mời Việt Nam dự Thượng đỉnh BRICS.",
			[]string{"summit planned 2025-05 Hiroshima: yoon-suk-yeol", "summit planned 2025-11 BR: pham-minh-chinh"}},
		{"a summit named as what the event comes before ('gặp nhau trước thềm Hội nghị Thượng đỉnh SCO', 'Trước thềm hội nghị thượng đỉnh SCO ở Samarkand, ... cho biết') is no summit its people attend (onTheEveOf)",
			"Tổng thống Uzbekistan Shavkat Mirziyoyev và Tổng thống Iran Ebrahim Raisi gặp nhau trước thềm Hội nghị Thượng đỉnh SCO ngày 14/9. Trước thềm hội nghị thượng đỉnh SCO ở Samarkand, Tổng Thư ký SCO Zhang Ming cho biết nhiều nước muốn gia nhập tổ chức này.",
			[]string{"bilateral held 2025-09-14 Samarkand: ebrahim-raisi shavkat-mirziyoyev"}},
		{"a clause that tells its subject attended a summit, then met someone ('trong khuôn khổ chuyến công tác dự Hội nghị Cấp cao ..., Thủ tướng ... đã hội kiến Chủ tịch Hạ viện Nhật Bản ...'): the summit is the subject's (attendedBeforeTalks)",
			"Tại thủ đô Tokyo, trong khuôn khổ chuyến công tác dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN - Nhật Bản, Thủ tướng Phạm Minh Chính đã hội kiến Chủ tịch Hạ viện Nhật Bản Nukaga Fukushiro.",
			[]string{"bilateral held <nil> Tokyo: nukaga-fukushiro pham-minh-chinh", "summit held <nil> Tokyo: pham-minh-chinh"}},
		{"a summit known only as the occasion of the sentence ('Nhân dự Hội nghị Cấp cao ASEAN ..., Thủ tướng ... đã gặp A, B và C') is its subject's: those he met there are not said to attend (occasionOnly)",
			"Nhân dự Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur (Malaysia), ngày 28/10, Thủ tướng Chính phủ Phạm Minh Chính đã gặp Quốc vương Brunei Hassanal Bolkiah, Thủ tướng Malaysia Anwar Ibrahim và Thủ tướng Timor-Leste Xanana Gusmao.",
			[]string{"bilateral held 2025-10-28 Kuala Lumpur: anwar-ibrahim pham-minh-chinh", "bilateral held 2025-10-28 Kuala Lumpur: hassanal-bolkiah pham-minh-chinh", "bilateral held 2025-10-28 Kuala Lumpur: pham-minh-chinh xanana-gusmao", "summit held 2025-10-28 Kuala Lumpur: pham-minh-chinh"}},
		{"one leader meeting several countries with no day, place or summit to join ('tiếp các Đại sứ Campuchia, Hoa Kỳ và Philippines') is no event of its own; with the article's summit it is that summit's",
			"Chủ tịch Quốc hội Trần Thanh Mẫn tiếp các Đại sứ Campuchia, Hoa Kỳ và Philippines.",
			nil},
		{"one leader meeting several countries joins the article's summit; one who co-chairs their meeting ('đồng chủ trì cuộc gặp giữa ... ba Đảng Việt Nam - Campuchia - Lào') attends one of its own",
			"Ngày 5/3, Thủ tướng Australia Anthony Albanese chủ trì Hội nghị thượng đỉnh đặc biệt ASEAN - Australia. Thủ tướng Anthony Albanese tiếp các nhà lãnh đạo Indonesia, Malaysia và Singapore. Tổng Bí thư Tô Lâm cũng đồng chủ trì cuộc gặp giữa ba người đứng đầu ba Đảng Việt Nam - Campuchia - Lào.",
			[]string{"summit held 2025-03-05 <nil>: anthony-albanese", "summit held 2025-03-05 <nil>: to-lam"}},
		{"a leader said not to attend, however long his description before the verb ('X lãnh đạo Myanmar và cũng là ... không tham dự cuộc họp', 'X, một trong ..., đã không tham dự'), is no participant (absentSubject); the meeting word right after the denied verb is what he missed (metLater)",
			"Ngày 5/3, Thủ tướng Australia Anthony Albanese chủ trì Hội nghị thượng đỉnh đặc biệt ASEAN - Australia tại Melbourne. Thống tướng Min Aung Hlaing lãnh đạo Myanmar và cũng là người đứng đầu quân đội của nước này không tham dự cuộc họp. Thủ tướng Ấn Độ Narendra Modi, một trong những nhà lãnh đạo sáng lập khối BRICS, đã không tham dự cuộc họp trực tuyến.",
			[]string{"summit held 2025-03-05 Melbourne: anthony-albanese"}},
		{"a leader said to stay away from or skip a summit ('vắng mặt tại Hội nghị cấp cao Đông Á', 'đã bỏ qua cả hai hội nghị thượng đỉnh G20 và COP26', 'Sự vắng mặt của X tại hội nghị G20') is no participant (absentFrom); one who misses talks is read as before",
			"Tổng thống Donald Trump vắng mặt tại Hội nghị cấp cao Đông Á ở Manila. Năm 2021, Tổng thống Nga Vladimir Putin đã bỏ qua cả hai hội nghị thượng đỉnh G20 và COP26. Sự vắng mặt của Chủ tịch Trung Quốc Tập Cận Bình tại hội nghị G20 thu hút sự chú ý. Ngày 5/3, Thủ tướng Australia Anthony Albanese chủ trì Hội nghị thượng đỉnh đặc biệt ASEAN - Australia tại Melbourne.",
			[]string{"summit held 2025-03-05 Melbourne: anthony-albanese"}},
		{"a visit the text dates by no day, on a page of the year of the two countries' anniversary it celebrates ('kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1975 - 2025)'), is of that year (anniversaryYears)",
			"Tổng thống Angola Joao Lourenco chủ trì lễ đón Chủ tịch nước Lương Cường thăm cấp Nhà nước Angola. Chuyến thăm diễn ra vào dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1975 - 2025).",
			[]string{"state_visit held 2025 AO: joao-lourenco luong-cuong"}},
		{"a work trip's place ('trong chuyến công tác tại Nigeria') places the talks; it is no post ('nhiệm kỳ công tác tại') (postedAt, workTrip)",
			"Chiều 29/5, trong chuyến công tác tại Nigeria, Phó Thủ tướng Vương Đình Huệ đã làm việc với Chủ tịch Đảng APC của Nigeria Adams Oshiomhole.",
			[]string{"bilateral held 2025-05-29 NG: adams-oshiomhole vuong-dinh-hue"}},
		{"a provincial leader named before his office ('ông Trương Quang Hoài Nam, Phó Chủ tịch UBND TP Cần Thơ đã có buổi tiếp ... Tổng Lãnh sự Úc tại TP Hồ Chí Minh') receives in his city too (officeOf)",
			"Chiều 14/5, ông Trương Quang Hoài Nam, Phó Chủ tịch UBND TP Cần Thơ đã có buổi tiếp và làm việc với Tổng Lãnh sự Úc tại TP Hồ Chí Minh, bà Karen Lanyon.",
			[]string{"bilateral held 2025-05-14 Can Tho: karen-lanyon truong-quang-hoai-nam"}},
		{"one end of a video link ('tại đầu cầu Hà Nội') places no online summit (linkPoint)",
			"Thủ tướng Nguyễn Xuân Phúc dự lễ khai mạc Hội nghị Cấp cao APEC lần thứ 27 tại đầu cầu Hà Nội ngày 20/5.",
			[]string{"summit held 2025-05-20 <nil>: nguyen-xuan-phuc"}},
		{"a signing witnessed by several leaders, told with its day and the span of the visit it frames ('Ngày 13/10, trong khuôn khổ chuyến thăm ... từ ngày 12-14/10'), is of its day (dayOfTheVisit)",
			"Ngày 13/5, trong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 12-14/5 của Thủ tướng Quốc vụ viện Trung Quốc Lý Cường, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã trao văn kiện hợp tác với Bộ trưởng Bộ Thương mại Trung Quốc Vương Văn Đào trước sự chứng kiến của Thủ tướng Phạm Minh Chính và Thủ tướng Lý Cường.",
			[]string{"bilateral held 2025-05-13 VN: li-qiang nguyen-hong-dien pham-minh-chinh wang-wentao"}},
		{"reviewing the guard of honour ('duyệt đội danh dự') is a visit's welcome, dated and placed by its words (data/cues.tsv)",
			"Thủ tướng Malaysia Anwar Ibrahim và Tổng thống Timor-Leste Jose Ramos-Horta duyệt đội danh dự tại Dinh Tổng thống ở thủ đô Dili, Timor-Leste, vào ngày 23/5.",
			[]string{"state_visit held 2025-05-23 Dili: anwar-ibrahim jose-ramos-horta"}},
		{"the legs of a trip told with one span ('thăm chính thức Indonesia và Iran từ ngày 4-11/8') each take what it fixes of all its days (sharedSpans)",
			"Chủ tịch Quốc hội Vương Đình Huệ sẽ thăm chính thức Indonesia và Iran từ ngày 4-11/8.",
			[]string{"state_visit planned 2025-08 ID: vuong-dinh-hue", "state_visit planned 2025-08 IR: vuong-dinh-hue"}},
		{"a courtesy call on a province's leaders told with its day and its guest only ('Sáng ngày 21/5, Tổng lãnh sự ... đến thăm và chào xã giao với lãnh đạo UBND tỉnh Tiền Giang') dates the reception told with its host (callOnLocalLeaders)",
			"Sáng ngày 21/5, Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào tại TP Hồ Chí Minh - ông Southideth Phommalat đến thăm và chào xã giao với lãnh đạo UBND tỉnh Tiền Giang. Tiếp Tổng lãnh sự Lào có Chủ tịch UBND tỉnh Tiền Giang - ông Nguyễn Văn Khang.",
			[]string{"state_visit held 2025-05-21 Tien Giang: nguyen-van-khang southideth-phommalat"}},
		{"talks told as also held ('Nhà lãnh đạo Nga cũng hội kiến với ...') are of the day told last; a visit told so ('cũng thăm') is not (alsoMet)",
			"Ngày 20/5, Tổng thống Nga Vladimir Putin đã hội đàm với Chủ tịch nước Tô Lâm tại Phủ Chủ tịch. Nhà lãnh đạo Nga cũng hội kiến với Thủ tướng Phạm Minh Chính.",
			[]string{"bilateral held 2025-05-20 Hanoi: pham-minh-chinh vladimir-putin", "bilateral held 2025-05-20 Hanoi: to-lam vladimir-putin"}},
		{"a visit's days told with no visitor and no tense ('Chuyến thăm diễn ra từ ngày 13- 16/7.') date the visit set off on (spanOfTheVisit)",
			"Thủ tướng Chính phủ Nguyễn Xuân Phúc đã rời Hà Nội, lên đường thăm chính thức Mông Cổ. Chuyến thăm diễn ra từ ngày 13- 16/7.",
			[]string{"state_visit planned 2025-07-13 MN: nguyen-xuan-phuc"}},
		{"the days of several visits ('Các chuyến thăm diễn ra từ ngày 30/9 đến ngày 7/10') date no one leg (spanOfTheVisit)",
			"Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước Mông Cổ và thăm chính thức Ireland. Các chuyến thăm diễn ra từ ngày 30/9 đến ngày 7/10 tới.",
			[]string{"state_visit planned <nil> IE: to-lam", "state_visit planned <nil> MN: to-lam"}},
		{"a day followed by the visit's end ('Chiều 7/5, kết thúc các hoạt động trong chuyến thăm ..., ... đã rời thủ đô Astana') ends the trip; the span told elsewhere dates it (leavingAfter)",
			"Chiều 7/5, kết thúc các hoạt động trong chuyến thăm cấp Nhà nước Kazakhstan, Tổng Bí thư Tô Lâm và Phu nhân đã rời thủ đô Astana. Tổng Bí thư Tô Lâm và Phu nhân có chuyến thăm cấp Nhà nước tới Kazakhstan từ ngày 5-7/5 với nhiều hoạt động trọng thể.",
			[]string{"state_visit held 2025-05-05 Astana: to-lam"}},
		{"'sự hiện diện của' names attendees as 'sự tham dự của' does, even past a line of the page's between",
			"Hội nghị cấp cao Đông Á lần thứ 20 diễn ra ngày 27/10 ở Kuala Lumpur. Tham dự hội nghị có Thủ tướng Việt Nam Phạm Minh Chính và Thủ tướng Trung Quốc Lý Cường.\n| More from WVR |\nNgoài ra còn có sự hiện diện của Ngoại trưởng Mỹ Marco Rubio và Ngoại trưởng Ấn Độ S Jaishankar.",
			[]string{"summit held 2025-10-27 Kuala Lumpur: li-qiang marco-rubio pham-minh-chinh subrahmanyam-jaishankar"}},
		{"'thăm và làm việc tại' is a visit word as well as a place word",
			"Thứ trưởng thường trực Bộ Ngoại giao Anh Peter Ricketts sẽ thăm và làm việc tại Việt Nam vào tháng 7.",
			[]string{"state_visit planned 2025-07 VN: peter-ricketts"}},
		{"a region's full name is the region ('Khu tự trị dân tộc Choang Quảng Tây'), and so is its name before a comma ('Khu tự trị dân tộc Choang, Quảng Tây')",
			"Sáng 27/2, Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký bắt đầu chuyến thăm và làm việc tại Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc. Sáng ngày 11/6/2024, đoàn công tác của Thường trực HĐND tỉnh do đồng chí Đinh Hữu Học, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại Khu tự trị dân tộc Choang, Quảng Tây và một số địa phương của Trung Quốc.",
			[]string{"state_visit held 2024-06-11 Guangxi: dinh-huu-hoc", "state_visit held 2025-02-27 Guangxi: nguyen-xuan-ky"}},
		{"a held visit told with no day is dated by its visitor's arrival told with no visit word ('tới Washington vào ngày 6/3/2024') (arrivalDays)",
			"Văn phòng chính phủ Thụy Điển thông báo Thủ tướng Ulf Kristersson và Ngoại trưởng Tobias Billström tới Washington vào ngày 6/3/2024. Theo truyền thông Thụy Điển, chuyến thăm của Thủ tướng Ulf Kristersson tới Washington gắn liền với việc nước này gia nhập NATO.",
			[]string{"state_visit held 2024-03-06 Washington: ulf-kristersson"}},
		{"a visit told to last N days ('kéo dài hai ngày') holds the talks of its next day, in its place",
			"Hôm 18/6/2023, Ngoại trưởng Mỹ Antony Blinken đã hội đàm với Ngoại trưởng Trung Quốc Tần Cương tại Bắc Kinh. Ngày 19/6/2023, Ngoại trưởng Blinken đã gặp Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương Đảng Cộng sản Trung Quốc Vương Nghị. Ông Blinken đang thực hiện chuyến thăm Trung Quốc kéo dài hai ngày.",
			[]string{"bilateral held 2023-06-19 Beijing: antony-blinken wang-yi", "state_visit held 2023-06-18 Beijing: antony-blinken qin-gang"}},
		{"the year a vision runs to ('Tầm nhìn ... đến năm 2030') in a sentence's lead dates none of its talks",
			"Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Liên bang Nga từ ngày 29/11 - 2/12/2021. Trong Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện Việt Nam-Nga đến năm 2030, được đưa ra sau hội đàm giữa Chủ tịch nước Nguyễn Xuân Phúc và Tổng thống Vladimir Putin, hai bên cam kết tăng cường hợp tác.",
			[]string{"state_visit held 2021-11-29 RU: nguyen-xuan-phuc vladimir-putin"}},
		{"a reception dated in its main clause takes the place of its occasion, a visit ('... nhân chuyến thăm và làm việc tại Lâm Đồng')",
			"Chiều 27/7, Bí thư Tỉnh ủy Nguyễn Xuân Tiến đã tiếp ông Triệu Kim, Trưởng ban Tuyên truyền Tỉnh ủy Vân Nam nhân chuyến thăm và làm việc tại Lâm Đồng.",
			[]string{"bilateral held 2025-07-27 Lam Dong: nguyen-xuan-tien trieu-kim"}},
		{"a trip told on its first day ('đến X, bắt đầu chuyến thăm ... và tham dự <summit>'): the summit is to come, in the host country (whose one city the article names is its city), that month, or on days of its own told after the visit's",
			"Chiều 17/10, Chủ tịch Quốc hội Trần Thanh Mẫn đã đến Sân bay quốc tế Wattay, Thủ đô Vientiane bắt đầu chuyến thăm chính thức CHDCND Lào và tham dự Đại hội đồng Liên nghị viện ASEAN lần thứ 45 (AIPA-45). Sáng ngày 8/11, Thủ tướng Phạm Minh Chính tới sân bay quốc tế Phnom Penh, bắt đầu chuyến thăm chính thức Vương quốc Campuchia từ ngày 08-09/11/2022, dự Hội nghị cấp cao ASEAN lần thứ 40, 41 từ ngày 10-13/11/2022.",
			[]string{"state_visit held 2022-11-08 Phnom Penh: pham-minh-chinh", "state_visit held 2025-10-17 Vientiane: tran-thanh-man", "summit planned 2022-11-10 Phnom Penh: pham-minh-chinh", "summit planned 2025-10 Vientiane: tran-thanh-man"}},
		{"'đến chào' (paying a call on a host) is a meeting with each host named",
			"Chiều 24/8, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an Việt Nam, đến chào Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, Thủ tướng Chính phủ Lào Phankham Viphavanh.",
			[]string{"bilateral held 2025-08-24 <nil>: phankham-viphavanh to-lam", "bilateral held 2025-08-24 <nil>: thongloun-sisoulith to-lam"}},
		{"a list of visited countries with each one's days ('tới Pháp từ ngày 26-29/3 và Đức từ 29-31/3') is a visit of each, on its days",
			"Vua Charles III sẽ thực hiện chuyến thăm cấp nhà nước đầu tiên tới Pháp từ ngày 26-29/3 và Đức từ 29-31/3.",
			[]string{"state_visit planned 2025-03-26 FR: charles-iii", "state_visit planned 2025-03-29 DE: charles-iii"}},
		{"a meeting told after a visit word is where its own words place it ('thăm ... tới Nhật Bản theo lời mời ... trong cuộc gặp bên lề Đại hội đồng Liên hợp quốc tại New York (Mỹ) vào tháng 9/2022')",
			"Tổng thống Philippines Ferdinand Marcos Jr. có chuyến thăm cấp nhà nước tới Nhật Bản theo lời mời của Thủ tướng nước chủ nhà Kishida Fumio trong cuộc gặp bên lề Đại hội đồng Liên hợp quốc tại New York (Mỹ) vào tháng 9/2022.",
			[]string{"bilateral held 2022-09 New York: bongbong-marcos fumio-kishida", "state_visit held <nil> JP: bongbong-marcos"}},
		{"a provincial leader receives a foreign guest in the province his office is of ('Chủ tịch UBND tỉnh Tiền Giang ... tiếp Tổng lãnh sự Lào tại TP Hồ Chí Minh ...'), not where the guest is posted",
			"Sáng 21/5, Chủ tịch UBND tỉnh Tiền Giang Nguyễn Văn Khang tiếp Tổng lãnh sự Lào tại TP Hồ Chí Minh Southideth Phommalat.",
			[]string{"bilateral held 2025-05-21 Tien Giang: nguyen-van-khang southideth-phommalat"}},
		{"a provincial office held by the guest, named after the meeting word ('Thủ tướng ... tiếp ông Kuroiwa Yuji, Thống đốc tỉnh Kanagawa'), does not place the meeting: the host receives (hostsProvince)",
			"Sáng 21/5, Thủ tướng Phạm Minh Chính tiếp Thống đốc tỉnh Kanagawa Kuroiwa Yuji.",
			[]string{"bilateral held 2025-05-21 <nil>: kuroiwa-yuji pham-minh-chinh"}},
		{"the press's other spellings of cities ('Matxcơva', 'An-ta-li-a', 'Vacsava': cities.tsv) place a meeting",
			"Ngày 5/3, tại Matxcơva, Tổng thống Nga Vladimir Putin hội đàm với Thủ tướng Ấn Độ Narendra Modi. Ngày 6/3, tại An-ta-li-a, Tổng thống Mỹ Joe Biden gặp Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan. Ngày 7/3, tại Vacsava, Bộ trưởng Quốc phòng Hàn Quốc Lee Jong-sup gặp Bộ trưởng Quốc phòng Ba Lan Mariusz Blaszczak.",
			[]string{"bilateral held 2025-03-05 Moscow: narendra-modi vladimir-putin", "bilateral held 2025-03-06 Antalya: joe-biden recep-tayyip-erdogan", "bilateral held 2025-03-07 Warsaw: lee-jong-sup mariusz-blaszczak"}},
		{"a call of three is a call, no summit",
			"Ngày 10/3, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz đã điện đàm với Tổng thống Nga Vladimir Putin.",
			[]string{"phone_call held 2025-03-10 <nil>: emmanuel-macron olaf-scholz vladimir-putin"}},
		{"'cuộc tiếp xúc' (not the verb 'tiếp xúc', which also meets voters and the press) is a meeting",
			"Tổng thống Mỹ Donald Trump có cuộc tiếp xúc riêng với Tổng thống Ukraine Volodymyr Zelensky tại Vatican ngày 26/4/2025. Ông Zelensky tiếp xúc với báo chí sau đó.",
			[]string{"bilateral held 2025-04-26 Vatican City: donald-trump volodymyr-zelenskyy"}},
		{"an occasion clause with an attendance word and no meeting word is a summit, with its place (not who was met there: occasionOnly)",
			"Nhân dịp dự Đại hội đồng lần thứ 150 của Liên minh Nghị viện thế giới (IPU-150) tại Tashkent, Uzbekistan, ngày 6/4, Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp Chủ tịch Hạ viện Ấn Độ Om Birla.",
			[]string{
				"bilateral held 2025-04-06 Tashkent: om-birla tran-thanh-man",
				"summit held 2025-04-06 Tashkent: tran-thanh-man",
			}},
		{"bilateral contacts ('tiếp xúc song phương') on a summit's sidelines are one meeting each; a plural title goes over the list it heads",
			"Ngày 7/8/2017, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN, Bộ trưởng Ngoại giao Phạm Bình Minh đã tiếp xúc song phương với các Bộ trưởng Ngoại giao New Zealand Gerry Brownlee, Bộ trưởng Ngoại giao Mỹ Rex Tillerson và Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.",
			[]string{
				"bilateral held 2017-08-07 <nil>: gerry-brownlee pham-binh-minh",
				"bilateral held 2017-08-07 <nil>: pham-binh-minh rex-tillerson",
				"bilateral held 2017-08-07 <nil>: pham-binh-minh wang-yi",
			}},
		{"a summit 'với' one leader 'và một số lãnh đạo' is a summit of many; its attendees told after join it",
			"Ngày 18-8-2025, Tổng thống Mỹ Donald Trump đã tổ chức hội nghị thượng đỉnh với Tổng thống Ukraine - ông Volodymyr Zelensky và một số lãnh đạo châu Âu. Các lãnh đạo châu Âu tham dự hội nghị thượng đỉnh lần này gồm có: Tổng thống Pháp Emmanuel Macron và Thủ tướng Anh Keir Starmer.",
			[]string{"summit held 2025-08-18 <nil>: donald-trump emmanuel-macron keir-starmer volodymyr-zelenskyy"}},
		{"those who sign and those who witness a signing met: one meeting, however many sentences name some of them",
			"Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Campuchia Hun Manet đã chính thức ký tuyên bố chung ngày 26/10 tại Kuala Lumpur. Lễ ký diễn ra với sự chứng kiến của Thủ tướng Malaysia Anwar Ibrahim và Tổng thống Mỹ Donald Trump.",
			[]string{"bilateral held 2025-10-26 Kuala Lumpur: anutin-charnvirakul anwar-ibrahim donald-trump hun-manet"}},
		{"a signing named by its countries lends its day to the signing ceremony whose leaders are named after it, and to nothing else",
			"Hôm nay (26/10), Thái Lan và Campuchia đã ký tuyên bố chung về thỏa thuận hòa bình. Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Campuchia Hun Manet ký thoả thuận dưới sự chứng kiến của Thủ tướng Malaysia Anwar Ibrahim. Sáng 27/10, Thủ tướng Anwar Ibrahim hội đàm với Tổng thống Mỹ Donald Trump.",
			[]string{
				"bilateral held 2025-10-26 <nil>: anutin-charnvirakul anwar-ibrahim hun-manet",
				"bilateral held 2025-10-27 <nil>: anwar-ibrahim donald-trump",
			}},
		{"the leaders of one country at a signing are no meeting of theirs",
			"Thủ tướng Phạm Minh Chính và Phó Thủ tướng Bùi Thanh Sơn chứng kiến lễ ký kết các văn kiện hợp tác giữa hai bộ ngày 5/3.",
			nil},
		{"a city named after the airport a visitor arrived at is where the visit is",
			"Chiều tối 3/12, Chủ tịch Quốc hội Trần Thanh Mẫn đã đến sân bay Haneda, Thủ đô Tokyo, bắt đầu chuyến thăm chính thức Nhật Bản.",
			[]string{"state_visit held 2025-12-03 Tokyo: tran-thanh-man"}},
		{"the abbreviation 'TP.' stands between a place word and its city as 'thành phố' does",
			"Thủ tướng Phạm Minh Chính đến TP. Rio de Janeiro dự Hội nghị thượng đỉnh.",
			[]string{"summit held <nil> Rio de Janeiro: pham-minh-chinh"}},
		{"a leader on a tour of several countries visits them: no meeting of all of them ('đang thăm Anh, nằm trong chuyến công du các nước thành viên G7, trong đó có Pháp, Italy')",
			"Thủ tướng Nhật Bản Fumio Kishida đang thăm Anh, nằm trong chuyến công du các nước thành viên G7, trong đó có Pháp, Italy, Canada và Mỹ.",
			[]string{"state_visit held <nil> GB: fumio-kishida"}},
		{"'một ngày sau khi X gặp Y': they met the day before the day last told",
			"Ngày 26/5, Thủ tướng Pakistan Shehbaz Sharif tuyên bố sẵn sàng đàm phán với Ấn Độ. Tuyên bố được đưa ra một ngày sau khi ông Sharif gặp Tổng thống Mỹ Donald Trump tại Nhà Trắng.",
			[]string{"bilateral held 2025-05-25 Washington: donald-trump shehbaz-sharif"}},
		{"talks told undated after a lead that opens on a day and names the same leaders, and tells no meeting of its own, were held that day",
			"Ngày 29/5, Thủ tướng Nhật Bản Shigeru Ishiba và người đồng cấp Ấn Độ Narendra Modi đã nhất trí tăng cường hợp tác kinh tế và an ninh. Sau các cuộc hội đàm, ông Ishiba và ông Modi đã công bố tầm nhìn chung.",
			[]string{"bilateral held 2025-05-29 <nil>: narendra-modi shigeru-ishiba"}},
		{"those who welcome a visitor at the airport ('Đón ... tại sân bay, phía Belarus có A; B') are no meeting of their own: the visitor joins his visit",
			"Ngày 11/5, Tổng Bí thư Tô Lâm thăm cấp Nhà nước Belarus. Đón Tổng Bí thư Tô Lâm tại sân bay, phía Belarus có Phó Thủ tướng Anatoly Sivak; Bộ trưởng Bộ Ngoại giao Maxim Ryzhenkov.",
			[]string{"state_visit held 2025-05-11 BY: to-lam"}},
		{"those whose message is passed on ('chuyển lời của A và B') are not at the meeting",
			"Tại cuộc gặp với Tổng thống Hàn Quốc Yoon Suk Yeol ngày 12/5, Thủ tướng Phạm Minh Chính chuyển lời của Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch nước Nguyễn Xuân Phúc chúc mừng Hàn Quốc.",
			[]string{"bilateral held 2025-05-12 <nil>: pham-minh-chinh yoon-suk-yeol"}},
		{"talks told 'trong khuôn khổ chuyến thăm' an unnamed country are the subject's visit to the host's country",
			"Thủ tướng Phạm Minh Chính sáng 19/5 hội đàm với Thủ tướng Algeria Sifi Ghrieb trong khuôn khổ chuyến thăm chính thức quốc gia Bắc Phi.",
			[]string{"state_visit held 2025-05-19 DZ: pham-minh-chinh sifi-ghrieb"}},
		{"the leader who sent envoys ('các đặc phái viên của Tổng thống Mỹ Donald Trump') is not at their meeting",
			"Ngày 22/1, Tổng thống Nga Vladimir Putin và các đặc phái viên của Tổng thống Mỹ Donald Trump có cuộc trao đổi tại Moscow.",
			nil},
		{"a visit begun at an airport that names its city ('đến sân bay quốc tế Bình Nhưỡng, bắt đầu chuyến thăm') is to that city's country",
			"Tổng Bí thư Tô Lâm sáng 9/5 đến sân bay quốc tế Bình Nhưỡng, bắt đầu chuyến thăm cấp nhà nước.",
			[]string{"state_visit held 2025-05-09 Pyongyang: to-lam"}},
		{"a chain of offices after a name ends where the sentence goes on ('Bí thư Tỉnh ủy đã hội đàm với ...'): the next person's office gives the first no country",
			"Trong khuôn khổ chuyến thăm, làm việc tại Quảng Tây, Trung Quốc, ngày 28/2/2023, đồng chí Nguyễn Quốc Đoàn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đã hội đàm với đồng chí Lưu Ninh, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây.",
			[]string{"state_visit held 2023-02-28 Guangxi: luu-ninh nguyen-quoc-doan"}},
		{"an outlet's tag before 'Sau cuộc gặp với X, ...' does not keep the opening clause from ending at its comma: the meeting told against is not the one told",
			"(VOV5) - Sau cuộc gặp với Phó Chủ tịch nước Võ Thị Ánh Xuân, Phó Tổng thống Hoa Kỳ Kamala Harris có cuộc hội kiến với Chủ tịch nước Nguyễn Xuân Phúc.",
			[]string{"bilateral held <nil> <nil>: kamala-harris nguyen-xuan-phuc"}},
		{"a meeting one is ready for or does not oppose ('sẵn sàng gặp', 'không phản đối một cuộc gặp') is planned",
			"Ngày 13/5, Tổng thống Nga Vladimir Putin cho hay ông không phản đối một cuộc gặp với Tổng thống Ukraine Volodymyr Zelensky.",
			[]string{"bilateral planned <nil> <nil>: vladimir-putin volodymyr-zelenskyy"}},
		{"visits listed after 'các chuyến thăm của' are one visit of each visitor, to where and when his item says",
			"Ông Michael Pompeo là vị ngoại trưởng thứ tư thăm chính thức Việt Nam sau các chuyến thăm của Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung Wha, Bộ trưởng Ngoại giao Vương quốc Anh Dominic Raab. Quan hệ hai nước phát triển mạnh mẽ sau các chuyến thăm lịch sử của Tổng Bí thư Nguyễn Phú Trọng tới Trung Quốc tháng 10/2022 và Tổng Bí thư, Chủ tịch nước Tập Cận Bình tới Việt Nam tháng 12/2023.",
			[]string{"state_visit held 2022-10 CN: nguyen-phu-trong", "state_visit held 2023-12 VN: xi-jinping", "state_visit held <nil> VN: dominic-raab", "state_visit held <nil> VN: kang-kyung-wha"}},
		{"a clause that opens on its meetings, one word for each ('Trong cuộc gặp với A và tiếp B, Thủ tướng X ...'), is one meeting of X with each (openingSubject)",
			"Ngày 12/11/2022, trong cuộc gặp với Tổng thống Hàn Quốc Yoon Suk-yeol và tiếp Phó Tổng thống Ấn Độ Jagdeep Dhankhar, Thủ tướng Phạm Minh Chính gửi lời chia buồn.",
			[]string{"bilateral held 2022-11-12 <nil>: jagdeep-dhankhar pham-minh-chinh", "bilateral held 2022-11-12 <nil>: pham-minh-chinh yoon-suk-yeol"}},
		{"a meeting between others told inside a first one ('cuộc họp giữa A và B xoáy vào nội dung là chuyến đi thăm làm việc giữa C và D') is an event of its own (a-meeting-between-others-inside)",
			"Ngày 25/9/2013, cuộc họp giữa Ngoại trưởng Mỹ John Kerry và Ngoại trưởng Ấn Độ Salman Khurshid xoáy vào nội dung là chuyến đi thăm làm việc giữa Tổng thống Obama và Thủ tướng Ấn Độ Manmohan Singh sẽ diễn ra vào ngày 27/9/2013 tại Hoa Thịnh Đốn.",
			[]string{"bilateral held 2013-09-25 <nil>: john-kerry salman-khurshid", "state_visit planned 2013-09-27 Washington: barack-obama manmohan-singh"}},
		{"those greetings are passed on to are not on the call, however long the list of senders before 'tới' (greeted)",
			"Chiều 12/4/2022, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Lào Phankham Viphavanh. Trong điện đàm với Thủ tướng Lào Phankham Viphavanh, Thủ tướng Phạm Minh Chính trân trọng chuyển lời thăm hỏi và chúc mừng năm mới của Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Nguyễn Xuân Phúc, Chủ tịch Quốc hội Vương Đình Huệ và các đồng chí Lãnh đạo Đảng, Nhà nước Việt Nam tới Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, Chủ tịch Quốc hội Lào Xaysomphone Phomvihane và các đồng chí Lãnh đạo khác của Lào.",
			[]string{"phone_call held 2022-04-12 <nil>: pham-minh-chinh phankham-viphavanh"}},
		{"those greetings are passed on to ('chuyển lời thăm hỏi ... tới Tổng Bí thư, Chủ tịch Tập Cận Bình, Thủ tướng Lý Cường') are not at the meeting",
			"Chiều 17/5, Chủ tịch nước Tô Lâm tiếp Đại sứ Trung Quốc Hùng Ba. Tại buổi tiếp, Chủ tịch nước Tô Lâm trân trọng chuyển lời thăm hỏi, lời chúc tốt đẹp của Tổng Bí thư Nguyễn Phú Trọng tới Tổng Bí thư, Chủ tịch Tập Cận Bình, Thủ tướng Lý Cường.",
			[]string{"bilateral held 2025-05-17 <nil>: to-lam xiong-bo"}},
		{"'có cuộc gặp với A, ..., B, ...' is one meeting with them all, whatever occasion frames it",
			"Ngày 19/5, tại Trụ sở Quốc hội Hoa Kỳ (Thủ đô Washington D.C.), Thủ tướng Chính phủ Phạm Minh Chính đã có cuộc gặp với Hạ nghị sỹ Kevin McCarthy, Chủ tịch Hạ viện Hoa Kỳ, Hạ nghị sĩ Michael McCaul, Chủ tịch Ủy ban Đối ngoại Hạ viện Hoa Kỳ nhân dịp Thủ tướng dự Phiên thảo luận chung cấp cao khóa 78 Đại hội đồng Liên Hợp Quốc.",
			[]string{"summit held 2025-05-19 <nil>: pham-minh-chinh", "summit held 2025-05-19 Washington: kevin-mccarthy michael-mccaul pham-minh-chinh"}},
		{"a meeting told with no day or place takes its occasion's ('gặp ... nhân dịp tham dự Hội nghị ... tại thành phố Đại Liên (Trung Quốc) sáng 25/6/2024'); a day that closes a clause is its date; who met there that day is not said to attend the summit of the sentence's occasion (occasionOnly)",
			"Thủ tướng Phạm Minh Chính gặp Tổng thống Ba Lan Andrzej Sebastian Duda nhân dịp tham dự Hội nghị thường niên các nhà tiên phong lần thứ 15 của Diễn đàn Kinh tế Thế giới (WEF) tại thành phố Đại Liên (Trung Quốc) sáng 25/6/2024.",
			[]string{"bilateral held 2024-06-25 Dalian: andrzej-sebastian-duda pham-minh-chinh", "summit held 2024-06-25 Dalian: pham-minh-chinh"}},
		{"senders named with their honorifics ('gửi lời thăm hỏi của đồng chí Tổng Bí thư, đồng chí Chủ tịch nước Việt Nam tới ...') are not in the call",
			"Chiều 12/5, Thủ tướng Chính phủ Phạm Minh Chính điện đàm với Thủ tướng Thái Lan Prayut Chan-o-cha. Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch nước Nguyễn Xuân Phúc đánh giá cao quan hệ hai nước. Thủ tướng Phạm Minh Chính cảm ơn Thủ tướng Thái Lan đã chủ động điện đàm, đồng thời gửi lời thăm hỏi của đồng chí Tổng Bí thư, đồng chí Chủ tịch nước Việt Nam tới Quốc vương, Hoàng hậu và Thủ tướng Thái Lan.",
			[]string{"phone_call held 2025-05-12 <nil>: pham-minh-chinh prayut-chan-o-cha"}},
		{"days counted back ('Trước đó một ngày') count from the day last told of what happened, not of what was planned ('dự kiến diễn ra ngày 15/5')",
			"Ngày 14/5, Tổng thống Ukraine Volodymyr Zelensky đã gặp Thủ tướng Anh Keir Starmer tại London, trong bối cảnh hội nghị thượng đỉnh Nga – Mỹ dự kiến diễn ra ngày 15/5 tại Alaska. Trước đó một ngày, Tổng thống Ukraine Volodymyr Zelensky đã tới Berlin để gặp Thủ tướng Đức Friedrich Merz.",
			[]string{"bilateral held 2025-05-13 Berlin: friedrich-merz volodymyr-zelenskyy", "bilateral held 2025-05-14 London: keir-starmer volodymyr-zelenskyy"}},
		{"a venue named after another country than the gazetteer's ('Trung tâm Hội nghị Quốc gia Lào ở thủ đô Vientiane') is not the one it knows",
			"Chiều 11/10 tại Trung tâm Hội nghị Quốc gia Lào ở thủ đô Vientiane, Thủ tướng Lào Sonexay Siphandone chủ trì Lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 44, 45.",
			[]string{"summit held 2025-10-11 Vientiane: sonexay-siphandone"}},
		{"the Malaysian prime minister's seat ('khu phức hợp Seri Perdana') is in Putrajaya",
			"Ngày 28/5, Thủ tướng Anwar Ibrahim đã gặp Ngoại trưởng Nga Sergey Lavrov tại khu phức hợp Seri Perdana.",
			[]string{"bilateral held 2025-05-28 Putrajaya: anwar-ibrahim sergei-lavrov"}},
		{"an online summit meeting ('cuộc họp thượng đỉnh trực tuyến') is a video call",
			"Ngày 26/6/2020, Tổng thống Nga Vladimir Putin đã có cuộc họp thượng đỉnh trực tuyến trong hai giờ với người đồng cấp Pháp Emmanuel Macron.",
			[]string{"video_call held 2020-06-26 <nil>: emmanuel-macron vladimir-putin"}},
		{"what is reported after 'rằng' is a clause of its own: the one who reports it is no participant",
			"Trợ lý Tổng thống Nga - ông Yury Ushakov thông tin với phóng viên rằng ngày 9/3/2025 Tổng thống Vladimir Putin và Tổng thống Donald Trump có cuộc điện đàm.",
			[]string{"phone_call held 2025-03-09 <nil>: donald-trump vladimir-putin"}},
		{"a phone call told as 'một cuộc điện thoại'; a place after a topic ('xung đột ở Ukraine') is no venue",
			"Ngày 18/3/2025, Thủ tướng Hungary Viktor Orban đã nói với tổng thư ký NATO Jens Stoltenberg trong một cuộc điện thoại về xung đột ở Ukraine.",
			[]string{"phone_call held 2025-03-18 <nil>: jens-stoltenberg viktor-orban"}},
		{"a seat of government stands for its country: 'Lãnh đạo Điện Kremlin' is the Russian leader the article names",
			"Tổng thống Nga Vladimir Putin nói trước khi tới Trung Quốc. Lãnh đạo Điện Kremlin sẽ thăm Trung Quốc 4 ngày từ ngày 31/8/2025.",
			[]string{"state_visit planned 2025-08-31 CN: vladimir-putin"}},
		{"a visit with no date in its clause takes the span in parentheses told after it",
			"Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào, dự Lễ kỷ niệm 50 năm Quốc khánh Lào; đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng (từ ngày 1-2/12/2025) và Thủ tướng dự Kỳ họp Ủy ban liên Chính phủ.",
			[]string{"state_visit held 2025-12-01 LA: to-lam"}},
		{"'làm việc với' a foreign leader and 'cuộc trao đổi' between two are meetings",
			"Chiều 9/5/2025, tại Moscow, Tổng Bí thư Tô Lâm đã làm việc với Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin. Hôm 8/5/2025, Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc trao đổi kéo dài 3 giờ tại Điện Kremlin.",
			[]string{"bilateral held 2025-05-08 Moscow: vladimir-putin xi-jinping", "bilateral held 2025-05-09 Moscow: to-lam vyacheslav-volodin"}},
		{"the date of a report ('Yonhap đưa tin ngày 28/9') is not the event's",
			"Yonhap đưa tin ngày 28/9/2022, Thủ tướng Hàn Quốc Han Duck-soo đã hội đàm với người đồng cấp Nhật Bản Fumio Kishida.",
			[]string{"bilateral held <nil> <nil>: fumio-kishida han-duck-soo"}},
		{"the source's date in the opening phrase ('Theo đài RT ngày 5-7,') dates no plan just announced",
			"Theo đài RT ngày 5/7/2025, phía Ấn Độ vừa thông báo về chuyến thăm sắp tới của Thủ tướng Ấn Độ Narendra Modi tới Nga.",
			[]string{"state_visit planned <nil> RU: narendra-modi"}},
		{"a source's opening phrase ends at its colon: the date after it is the event's ('Theo Tân Hoa xã: Ngày 21/1, ...')",
			"Theo Tân Hoa xã: Ngày 21/1, Phó Thủ tướng Trung Quốc Đinh Tiết Tường đã hội kiến Thủ tướng Việt Nam Phạm Minh Chính.",
			[]string{"bilateral held 2025-01-21 <nil>: ding-xuexiang pham-minh-chinh"}},
		{"a call during a visit whose span frames the clause is on the day told, in the span's year ('từ 12-14/3/2018, chiều ngày 13/3')",
			"Trong khuôn khổ chuyến thăm chính thức New Zealand từ 12-14/3/2018, chiều ngày 13/3, Thủ tướng Nguyễn Xuân Phúc đã có cuộc điện đàm với Toàn quyền New Zealand Patsy Reddy.",
			[]string{"phone_call held 2018-03-13 <nil>: nguyen-xuan-phuc patsy-reddy"}},
		{"'thăm' a place that is no country or city is sightseeing during a visit, no visit of its own",
			"Thủ tướng Ấn Độ Narendra Modi sẽ đến Moscow vào ngày 8-7, sau đó ông sẽ tham dự bữa tối riêng do Tổng thống Nga Vladimir Putin chủ trì tiếp đãi. Ngày 9-7, Thủ tướng Modi sẽ đặt vòng hoa tại Mộ Chiến sĩ vô danh và thăm một địa điểm triển lãm.",
			[]string{"bilateral planned 2025-07-08 Moscow: narendra-modi vladimir-putin"}},
		{"'chuyến thăm này' is the visit told before, never a visit of its own",
			"Chủ tịch nước Nguyễn Xuân Phúc thăm cấp Nhà nước tới Hàn Quốc từ ngày 4 đến 6/12/2022. Trong chuyến thăm, Chủ tịch nước Nguyễn Xuân Phúc đã hội đàm với Tổng thống Yoon Suk Yeol. Đặc biệt, trong chuyến thăm này, hai nước đã nhất trí nâng cấp quan hệ.",
			[]string{"state_visit held 2022-12-04 KR: nguyen-xuan-phuc yoon-suk-yeol"}},
		{"whose greetings are passed on ('chuyển lời thăm hỏi của X') is no participant",
			"Ngày 9/3/2025, tại cuộc điện đàm với Thủ tướng Qatar Sheikh Mohammed bin Abdulrahman bin Jasim Al-Thani, Thủ tướng Phạm Minh Chính đã chuyển lời thăm hỏi của Tổng Bí thư Tô Lâm tới Quốc vương.",
			[]string{"phone_call held 2025-03-09 <nil>: mohammed-bin-abdulrahman-bin-jassim-al-thani pham-minh-chinh"}},
		{"visits counted with their years ('từng bốn lần đến Việt Nam vào các năm ...') are one recalled visit each",
			"Tổng thống Nga Vladimir Putin từng ba lần đến Việt Nam vào các năm 2001, 2006 và 2013.",
			[]string{"state_visit held 2001 VN: vladimir-putin", "state_visit held 2006 VN: vladimir-putin", "state_visit held 2013 VN: vladimir-putin"}},
		{"a plan's subject goes on through a list of acts split by ';', past an act that names no one ('sẽ tham dự Hội nghị G20; tiến hành ...; thăm chính thức Cộng hòa Dominica')",
			"Thủ tướng Phạm Minh Chính sẽ tham dự Hội nghị thượng đỉnh G20; tiến hành một số hoạt động song phương tại Rio de Janeiro, Brazil từ ngày 16-19/11/2025; thăm chính thức Cộng hòa Dominica từ ngày 19-21/11/2025.",
			[]string{"state_visit planned 2025-11-19 DO: pham-minh-chinh", "summit planned <nil> <nil>: pham-minh-chinh"}},
		{"one office in two countries ('Ngoại trưởng Mỹ và Trung Quốc') is two holders, each the one the article names",
			"Ngoại trưởng Antony Blinken sẽ thảo luận nhiều vấn đề với Ngoại trưởng Vương Nghị. Cuộc gặp gần đây nhất của Ngoại trưởng Mỹ và Trung Quốc diễn ra ở Indonesia ngày 9/7/2022.",
			[]string{"bilateral held 2022-07-09 ID: antony-blinken wang-yi"}},
		{"a meeting recalled after 'kể từ sau' with one side named takes the other from the main clause; the calls since are other events",
			"Theo Điện Elysee, kể từ sau cuộc gặp người đồng cấp Putin tại Điện Kremlin vào ngày 7/2/2022, Tổng thống Macron đã có 9 cuộc điện đàm với nhà lãnh đạo Nga.",
			[]string{"bilateral held 2022-02-07 Moscow: emmanuel-macron vladimir-putin", "phone_call held <nil> <nil>: emmanuel-macron vladimir-putin"}},
		{"those who laid a relation's foundations ('đã được Chủ tịch Hồ Chí Minh và Tổng thống Heydar Aliyev đặt nền móng') are history, no participants",
			"Ngày 8/5/2025, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Azerbaijan Ilham Aliyev và nhấn mạnh quan hệ hữu nghị đã được Chủ tịch Hồ Chí Minh và Tổng thống Azerbaijan Heydar Aliyev đặt nền móng.",
			[]string{"bilateral held 2025-05-08 <nil>: ilham-aliyev to-lam"}},
		{"a date set off by commas after the invitation opens the main clause, however long it is; the host who chairs the welcome ('X chủ trì lễ đón') is on the visit",
			"Nhận lời mời của Tổng Bí thư, Chủ tịch nước CHDCND Lào Thongloun Sisoulith, sáng 10/4/2024, Chủ tịch nước Võ Văn Thưởng cùng Đoàn đại biểu cấp cao Đảng, Nhà nước Việt Nam đã đến Thủ đô Vientiane bắt đầu chuyến thăm chính thức nước CHDCND Lào. Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith chủ trì lễ đón.",
			[]string{"state_visit held 2024-04-10 Vientiane: thongloun-sisoulith vo-van-thuong"}},
		{"an invitation opening the sentence after the outlet's tag ('(VOV5) - Nhận lời mời của ..., X thăm chính thức ...') is protocol, no plan: the visit, told without a tense word, is held",
			"(VOV5) - Nhận lời mời của Bộ trưởng Ngoại giao Đức Annalena Baerbock, Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm chính thức CHLB Đức các ngày 26-27/09/2023 để thúc đẩy quan hệ hai nước.",
			[]string{"state_visit held 2023-09-26 DE: bui-thanh-son"}},
		{"a phrase 'Ngoài A và B,' that opens the clause names those met besides the rest: the subject comes after it",
			"Ngoài ông Tập và ông Modi, Tổng thống Nga Vladimir Putin cũng sẽ có các cuộc hội đàm song phương với Tổng thống Nam Phi Cyril Ramaphosa, Tổng thống Ai Cập Abdel Fattah el-Sisi.",
			[]string{"bilateral planned <nil> <nil>: abdel-fattah-el-sisi vladimir-putin", "bilateral planned <nil> <nil>: cyril-ramaphosa vladimir-putin", "bilateral planned <nil> <nil>: narendra-modi vladimir-putin", "bilateral planned <nil> <nil>: vladimir-putin xi-jinping"}},
		{"a meeting word in an opening phrase before the subject ('Sau nghi lễ tiếp đón, ...') is an event before, no verb of the clause's objects: 'hội đàm với A và hội kiến với B' are two meetings",
			"Ngày 23/1/2024, sau nghi lễ tiếp đón, Tổng thống Đức Frank-Walter Steinmeier đã có cuộc hội đàm với Chủ tịch nước Võ Văn Thưởng và hội kiến với Chủ tịch Quốc hội Vương Đình Huệ.",
			[]string{"bilateral held 2024-01-23 <nil>: frank-walter-steinmeier vo-van-thuong", "bilateral held 2024-01-23 <nil>: frank-walter-steinmeier vuong-dinh-hue"}},
		{"leaders of one country listed with commas before a word of receiving ('A, B, C đã hội kiến X') each received the guest; joined by 'và' alone they may have received together",
			"Tổng Bí thư Tô Lâm, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Quốc vương Jordan Abdullah II Ibn Al Hussein. Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường tiếp Thủ tướng Tây Ban Nha Pedro Sánchez.",
			[]string{"bilateral held <nil> <nil>: abdullah-ii-of-jordan pham-minh-chinh", "bilateral held <nil> <nil>: abdullah-ii-of-jordan to-lam", "bilateral held <nil> <nil>: abdullah-ii-of-jordan tran-thanh-man", "bilateral held <nil> <nil>: luong-cuong pedro-sanchez to-lam"}},
		{"a meal with leaders is a meeting with them, breakfast as lunch and dinner ('ăn sáng với ...')",
			"Sáng 9/10, Thủ tướng Phạm Minh Chính ăn sáng với Thủ tướng Lào Sonexay Siphandone tại Vientiane.",
			[]string{"bilateral held 2025-10-09 Vientiane: pham-minh-chinh sonexay-siphandone"}},
		{"the words between an occasion clause cut short by a comma ('Nhân dịp thăm, làm việc tại Saudi Arabia, ...') and the main clause's first leader are the occasion's: the visit is the subject's, to Saudi Arabia",
			"Nhân dịp thăm, làm việc tại Saudi Arabia, chiều 29/10, tại thủ đô Riyadh, Thủ tướng Chính phủ Phạm Minh Chính đã có cuộc hội đàm với Thủ tướng Saudi Arabia Mohammed bin Salman.",
			[]string{"state_visit held 2025-10-29 Riyadh: mohammed-bin-salman pham-minh-chinh"}},
		{"a summit that is one leg of a trip whose span covers all legs ('tham dự Hội nghị ... tại Davos, thăm chính thức Hungary và Romania từ ngày 16-23/1/2024') takes what the legs share, the month, as each visit does",
			"Thủ tướng Chính phủ Phạm Minh Chính rời Hà Nội, lên đường tham dự Hội nghị thường niên lần thứ 54 của Diễn đàn Kinh tế Thế giới tại Davos, Thụy Sĩ, thăm chính thức Hungary và Romania từ ngày 16-23/1/2024.",
			[]string{"state_visit planned 2024-01 HU: pham-minh-chinh", "state_visit planned 2024-01 RO: pham-minh-chinh", "summit planned 2024-01 Davos: pham-minh-chinh"}},
		{"one leader who chairs an online meeting of many countries ('chủ trì hội nghị trực tuyến với sự tham gia của 25 quốc gia, nhằm ... tại Ukraine') held a video call, nowhere; the countries named are no place of it",
			"Thủ tướng Anh Keir Starmer chủ trì hội nghị trực tuyến với sự tham gia của 25 quốc gia, nhằm kêu gọi ủng hộ lệnh ngừng bắn 30 ngày tại Ukraine và gia tăng sức ép lên Nga. Ngày 15/3, Thủ tướng Anh Keir Starmer đã chủ trì một hội nghị thượng đỉnh trực tuyến.",
			[]string{"video_call held 2025-03-15 <nil>: keir-starmer"}},
		{"who tells of a meeting whose sides are named after 'giữa' ('Hoa Xuân Oánh cũng xác nhận cuộc gọi giữa ông Tập và ông Zelensky') is no side of it, adverbs between name and verb or not",
			"Ngày 26/4, Chủ tịch Trung Quốc Tập Cận Bình điện đàm với Tổng thống Ukraine Volodymyr Zelensky. Cùng ngày, phát ngôn viên Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh cũng xác nhận cuộc gọi giữa ông Tập và ông Zelensky.",
			[]string{"phone_call held 2025-04-26 <nil>: volodymyr-zelenskyy xi-jinping"}},
		{"a leader named inside a short title in quotation marks ('Hội nghị khoa học quốc tế về “Fidel Castro – Hồ Chí Minh: Tầm nhìn cách mạng”') is no participant: the visit is the delegation's head's",
			"Từ ngày 12-16/05, đoàn đại biểu cấp cao Đảng Cộng sản Việt Nam do ông Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương, dẫn đầu, đã tham dự Hội thảo Lý luận lần thứ VI giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Cuba, dự Hội nghị khoa học quốc tế lần thứ II về “Fidel Castro – Hồ Chí Minh: Tầm nhìn cách mạng” và thăm, làm việc tại Cuba.",
			[]string{"summit held 2025-05-12 <nil>: nguyen-xuan-thang"}},
		{"'Đây là chuyến công du ...' says what a visit is, not that it is done: the plan told before stands",
			"Bộ trưởng Ngoại giao Trung Quốc Vương Nghị sẽ công du Ấn Độ. Đây là chuyến công du đầu tiên của ông Vương đến Ấn Độ sau ba năm.",
			[]string{"state_visit planned <nil> IN: wang-yi"}},
		{"an undated mention of today's pair goes to today's meeting, not to a visit recalled just before it",
			"Ngày 16/1/2025, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ba Lan Donald Tusk tại Warsaw. Chia sẻ ấn tượng tốt đẹp về chuyến thăm chính thức Việt Nam vào năm 2010, Thủ tướng Donald Tusk khẳng định Việt Nam là người bạn thân thiết. Cảm ơn sự đón tiếp thân tình và chu đáo của Thủ tướng Donald Tusk và Chính phủ Ba Lan dành cho Đoàn đại biểu cấp cao Việt Nam, Thủ tướng Phạm Minh Chính trân trọng gửi lời thăm hỏi.",
			[]string{"bilateral held 2025-01-16 Warsaw: donald-tusk pham-minh-chinh", "state_visit held 2010 VN: donald-tusk"}},
		{"a condition ('nếu chuyến thăm này diễn ra, ...') is a clause of its own: the talks after it are one with each host",
			"Ngày 30/9/2020, hãng tin Kyodo cho biết nếu chuyến thăm này diễn ra, Thủ tướng Nhật Bản Suga dự kiến sẽ có các cuộc hội đàm với Thủ tướng Việt Nam Nguyễn Xuân Phúc và Tổng thống Indonesia Joko Widodo.",
			[]string{"bilateral planned <nil> <nil>: joko-widodo yoshihide-suga", "bilateral planned <nil> <nil>: nguyen-xuan-phuc yoshihide-suga"}},
		{"online exchanges ('các cuộc trao đổi trực tuyến với A, B và C') are a video call with each",
			"Chiều ngày 14/4/2021, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có các cuộc trao đổi trực tuyến với Bộ trưởng Ngoại giao Australia Marise Payne và Bộ trưởng Ngoại giao Malaysia Hishammuddin Hussein.",
			[]string{"video_call held 2021-04-14 <nil>: bui-thanh-son hishammuddin-hussein", "video_call held 2021-04-14 <nil>: bui-thanh-son marise-payne"}},
		{"', còn' opens what another does ('Zelensky dự kiến phát biểu vào sáng 24/9, còn Thủ tướng Israel Netanyahu sẽ phát biểu'): no meeting of the two",
			"Tổng thống Ukraine Volodymyr Zelensky dự kiến gặp báo chí vào sáng 24/5, còn Thủ tướng Israel Benjamin Netanyahu sẽ gặp báo chí vào ngày 26/5.",
			nil},
		{"the year another document was signed ('theo hình mẫu của Hiệp ước Elysée được ký năm 1963') dates no meeting",
			"Ngày 26/11/2021, Thủ tướng Italy Mario Draghi và Tổng thống Pháp Emmanuel Macron đã ký Hiệp định Quirinale tại Rome, theo hình mẫu của Hiệp ước Elysée được ký năm 1963.",
			[]string{"bilateral held 2021-11-26 Rome: emmanuel-macron mario-draghi"}},
		{"a tour of an organisation's members ('chuyến công du các nước thành viên G7') is no meeting of it",
			"Thủ tướng Nhật Bản Kishida Fumio đang thăm Anh, nằm trong chuyến công du các nước thành viên G7.",
			[]string{"state_visit held <nil> GB: fumio-kishida"}},
		{"a welcome at the airport by the host head ('được Quốc vương Qatar ... trực tiếp đón tiếp') is the visit's own event, not a reception apart",
			"Trong chuyến công du tới Qatar vào ngày 14/5/2025, Tổng thống Mỹ Donald Trump đã đạt được một loạt thỏa thuận kinh tế. Tại sân bay quốc tế Hamad, Tổng thống Trump đã được Quốc vương Qatar Sheikh Tamim bin Hamad Al-Thani trực tiếp đón tiếp.",
			[]string{"state_visit held 2025-05-14 Doha: donald-trump tamim-bin-hamad-al-thani"}},
		{"'so với dự kiến' (than planned) marks no plan",
			"Ngày 28/11/2023, Chủ tịch nước Võ Văn Thưởng đã hội kiến Nhà vua Nhật Bản Naruhito, cuộc gặp kéo dài hơn gần 1 giờ đồng hồ so với dự kiến.",
			[]string{"bilateral held 2023-11-28 <nil>: naruhito vo-van-thuong"}},
		{"who speaks after a meeting the sentence opens on ('Phát biểu ... khi gặp ông al-Sisi, Tổng thống Trump nói') is the one who met; who speaks about a summit is not",
			"Phát biểu trước báo giới ngày 13/5/2025 tại Cairo khi gặp Tổng thống Ai Cập Abdel Fattah al-Sisi, Tổng thống Mỹ Donald Trump nói. Phát biểu về Hội nghị thượng đỉnh BRICS tại Kazan vào tháng 10/2024, Tổng thống Nga Vladimir Putin cho biết.",
			[]string{"bilateral held 2025-05-13 Cairo: abdel-fattah-el-sisi donald-trump"}},
		{"all whose greetings are passed on, in a list before 'tới', are no participants",
			"Ngày 16/1/2025, tại cuộc hội đàm với Thủ tướng Ba Lan Donald Tusk, Thủ tướng Phạm Minh Chính gửi lời thăm hỏi của Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, Chủ tịch Quốc hội Trần Thanh Mẫn tới Tổng thống Ba Lan.",
			[]string{"bilateral held 2025-01-16 <nil>: donald-tusk pham-minh-chinh"}},
		{"a venue written lower-case first ('tại trụ sở Chính phủ') places the meeting",
			"Chiều 15/3/2024, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính hội kiến với Tổng thống Sierra Leone Julius Maada Bio.",
			[]string{"bilateral held 2024-03-15 Hanoi: julius-maada-bio pham-minh-chinh"}},
		{"a leader said not to attend ('không tham dự ... mà cử đại diện') is no participant",
			"Ngày 18/11/2024, Tổng thống Nga Vladimir Putin không tham dự hội nghị thượng đỉnh G20 mà cử đại diện là Ngoại trưởng Sergey Lavrov.",
			[]string{"summit held 2024-11-18 <nil>: sergei-lavrov"}},
		{"', trước/sau <meeting word>' opens another event: the call is Xi's and Putin's",
			"Chủ tịch Trung Quốc Tập Cận Bình điện đàm với Tổng thống Nga Vladimir Putin ngày 8/8/2025, trước cuộc gặp giữa ông Putin và Tổng thống Mỹ Donald Trump.",
			[]string{"bilateral held <nil> <nil>: donald-trump vladimir-putin", "phone_call held 2025-08-08 <nil>: vladimir-putin xi-jinping"}},
		{"a meeting named after 'sau'/'trước' right after the clause's own, with no comma ('A và B đã điện đàm sau cuộc gặp của ông với C'), is another event: C is not on the call (told-against-another-meeting)",
			"Ngày 19/8/2025, Tổng thống Nga Vladimir Putin và Thủ tướng Ấn Độ Narendra Modi đã điện đàm sau cuộc gặp của ông với Tổng thống Mỹ Donald Trump tại Alaska.",
			[]string{"bilateral held 2025-08-19 Alaska: donald-trump vladimir-putin", "phone_call held 2025-08-19 <nil>: narendra-modi vladimir-putin"}},
		{"several who call one to congratulate him ('A, B và C đã gọi điện chúc mừng D', 'điện đàm chúc mừng') made a call each, no call of four (each-caller-congratulates)",
			"Ngày 10/5/2025, Tổng thống Mỹ Donald Trump, Tổng thống Pháp Emmanuel Macron và Thủ tướng Nhật Bản Shigeru Ishiba đã gọi điện chúc mừng Tổng thống Hàn Quốc Lee Jae-myung.",
			[]string{"phone_call held 2025-05-10 <nil>: donald-trump lee-jae-myung", "phone_call held 2025-05-10 <nil>: emmanuel-macron lee-jae-myung", "phone_call held 2025-05-10 <nil>: lee-jae-myung shigeru-ishiba"}},
		{"two calls of the same two leaders on two days of one month are two events, not one node of that month (meetingKeys)",
			"Ngày 18/3/2025, Tổng thống Mỹ Donald Trump đã điện đàm với Tổng thống Nga Vladimir Putin về lệnh ngừng bắn. Ngày 3/3/2025, Tổng thống Trump cũng đã điện đàm với Tổng thống Putin.",
			[]string{"phone_call held 2025-03-03 <nil>: donald-trump vladimir-putin", "phone_call held 2025-03-18 <nil>: donald-trump vladimir-putin"}},
		{"'những cuộc điện đàm', 'lần lượt điện đàm' with two leaders are one call with each",
			"Ngày 5/2/2026, ông Tập Cận Bình đã có những cuộc điện đàm với cả ông Vladimir Putin và ông Donald Trump. Ngày 6/2/2026, Thủ tướng Anh Keir Starmer lần lượt điện đàm với Tổng thống Pháp Emmanuel Macron và Thủ tướng Canada Mark Carney.",
			[]string{"phone_call held 2026-02-05 <nil>: donald-trump xi-jinping", "phone_call held 2026-02-05 <nil>: vladimir-putin xi-jinping", "phone_call held 2026-02-06 <nil>: emmanuel-macron keir-starmer", "phone_call held 2026-02-06 <nil>: keir-starmer mark-carney"}},
		{"a document said to be signed in the passive with no one named after it ('thỏa thuận ... được ký năm 2015 giữa Iran và 6 cường quốc') is no signing of the clause's people; 'được ký kết với sự chứng kiến của A và B' is theirs",
			"Tổng thống Rouhani và Thủ tướng Shinzo Abe sẽ thảo luận về thỏa thuận hạt nhân JCPOA được ký năm 2015 giữa Iran và 6 cường quốc. Các văn kiện sẽ được ký kết ngày 20/6/2025 với sự chứng kiến của Tổng thống Nga Vladimir Putin và Chủ tịch nước Tô Lâm.",
			[]string{"bilateral planned 2025-06-20 <nil>: to-lam vladimir-putin"}},
		{"leaders of two sides who co-chair a dialogue or a session meet there ('A và B đồng chủ trì Đối thoại Chiến lược quốc phòng')",
			"Ngày 3/9/2025, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến - Thứ trưởng Bộ Quốc phòng Việt Nam, và Thượng tướng Alexander Vasilyevich Fomin - Thứ trưởng Bộ Quốc phòng Liên bang Nga, đồng chủ trì Đối thoại Chiến lược quốc phòng Việt Nam - Liên bang Nga lần thứ 8.",
			[]string{"bilateral held 2025-09-03 Hanoi: alexander-vasilyevich-fomin hoang-xuan-chien"}},
		{"a trip's countries counted before they are listed ('thăm hai quốc gia Đông Nam Á là Singapore và Brunei', 'công du 3 quốc gia ở Mỹ Latinh, gồm có Cuba và Nicaragua'): a visit to each; a count with no list after it is none",
			"Thủ tướng Ấn Độ Narendra Modi sẽ thăm hai quốc gia Đông Nam Á là Singapore và Brunei vào tháng 9/2025. Tổng thống Iran Ebrahim Raisi công du 3 quốc gia ở Mỹ Latinh, gồm có Cuba và Nicaragua vào tháng 6/2023. Tổng thống Pháp Emmanuel Macron thăm 3 nước với ý nghĩa thúc đẩy hợp tác với Việt Nam và Indonesia.",
			[]string{"state_visit held 2023-06 CU: ebrahim-raisi", "state_visit held 2023-06 NI: ebrahim-raisi", "state_visit planned 2025-09 BN: narendra-modi", "state_visit planned 2025-09 Singapore: narendra-modi"}},
		{"an occasion clause with meetings of its own after a clause that tells of none ('Ông Prabowo đưa ra phát biểu trên nhân dịp thăm Nga và có cuộc hội kiến với ...'): its meetings are the subject's; not when the subject only reports them ('X cho biết, trong khuôn khổ chuyến thăm ...')",
			"Tổng thống đắc cử Indonesia Prabowo Subianto đưa ra phát biểu trên nhân dịp thăm Nga và có cuộc hội kiến với Tổng thống Vladimir Putin ngày 31/7/2024. Cao ủy Michelle Bachelet cho biết, trong khuôn khổ chuyến thăm Việt Nam lần này, đoàn sẽ tới thăm tỉnh Bình Dương.",
			[]string{"bilateral held 2024-07-31 RU: prabowo-subianto vladimir-putin"}},
		{"'lần lượt' a few words before the meeting word ('lần lượt có cuộc điện đàm đầu tiên với A và B') is one call with each",
			"Tổng thống Hàn Quốc Lee Jae Myung ngày 28/8/2025 đã lần lượt có cuộc điện đàm đầu tiên với Tổng thống Kyrgyzstan Sadyr Japarov và Tổng thống Tajikistan Emomali Rahmon.",
			[]string{"phone_call held 2025-08-28 <nil>: emomali-rahmon lee-jae-myung", "phone_call held 2025-08-28 <nil>: lee-jae-myung sadyr-japarov"}},
		{"what a speaker tells after 'cho biết các ...' is a clause of its own: the speaker is no participant",
			"Tổng thống Nga Vladimir Putin sẽ tới Kazan. Ngày 21/10/2024, trợ lý Yuri Ushakov cho biết các cuộc họp song phương của Tổng thống Nga với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan, Tổng thống Iran Masoud Pezeshkian sẽ được tiến hành.",
			[]string{"bilateral planned <nil> <nil>: masoud-pezeshkian vladimir-putin", "bilateral planned <nil> <nil>: recep-tayyip-erdogan vladimir-putin"}},
		{"the one city an article names is not today's place when it is an earlier meeting's ('Lần gần nhất ... gặp nhau là tại Astana vào tháng 7')",
			"Ngày 22/10/2024, Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch Trung Quốc Tập Cận Bình. Lần gần nhất hai nhà lãnh đạo Nga và Trung Quốc gặp nhau là tại thủ đô Astana của Kazakhstan vào tháng 7/2024.",
			[]string{"bilateral held 2024-07 Astana: vladimir-putin xi-jinping", "bilateral held 2024-10-22 <nil>: vladimir-putin xi-jinping"}},
		{"who did not attend the summit but met a leader after ('không dự ... và đã lên đường về nước sau cuộc gặp với') held that meeting",
			"Ngày 31/10/2025, Tổng thống Mỹ Donald Trump không dự phiên họp chính của APEC 2025 và đã lên đường về nước sau cuộc gặp với Chủ tịch Trung Quốc Tập Cận Bình. Ngày 30/10/2025, Tổng thống Mỹ Donald Trump sẽ về nước sau cuộc gặp với Tổng thống Hàn Quốc Lee Jae Myung.",
			[]string{"bilateral held 2025-10-31 <nil>: donald-trump xi-jinping", "bilateral planned 2025-10-30 <nil>: donald-trump lee-jae-myung"}},
		{"', dự kiến <meeting word>' opens a clause of its own: the visit has begun whatever its talks' plan",
			"Ngày 21/6/2023, Thủ tướng Ấn Độ Narendra Modi bắt đầu chuyến thăm cấp nhà nước tới Mỹ, dự kiến hội đàm với Tổng thống Mỹ Joe Biden.",
			[]string{"state_visit held 2023-06-21 US: joe-biden narendra-modi"}},
		{"'Ngoài ra có ... gồm: A; B' after 'Tham dự ... có' lists more of the summit's attendees",
			"Sáng 26/10/2025, Hội nghị Cấp cao ASEAN lần thứ 47 chính thức khai mạc tại Kuala Lumpur. Tham dự lễ khai mạc có Thủ tướng Malaysia Anwar Ibrahim. Ngoài ra có lãnh đạo các nước trong khối, gồm: Thủ tướng Việt Nam Phạm Minh Chính; Thủ tướng Singapore - ông Lawrence Wong.",
			[]string{"summit held 2025-10-26 Kuala Lumpur: anwar-ibrahim lawrence-wong pham-minh-chinh"}},
		{"a capital standing for its government ('khi Seoul tổ chức hội nghị APEC', 'Seoul và Washington') places no meeting",
			"Ngày 29/10/2025, Tổng thống Mỹ Donald Trump hội đàm với Tổng thống Hàn Quốc Lee Jae Myung, khi Seoul tổ chức hội nghị APEC.",
			[]string{"bilateral held 2025-10-29 <nil>: donald-trump lee-jae-myung", "summit held 2025-10-29 <nil>: donald-trump lee-jae-myung"}},
		{"a seat of government that says something, a time between ('Nhà Trắng hôm nay 10/11 cho biết'), places no meeting the article tells",
			"Thủ tướng Canada Justin Trudeau gặp người đồng cấp Nhật Bản Shinzo Abe bên lề APEC 2017. Nhà Trắng hôm nay 10/11 cho biết điều đó.",
			[]string{"bilateral held 2017 <nil>: justin-trudeau shinzo-abe"}},
		{"a city that opens a newspaper's name ('tờ New York Times', 'Ảnh: New York Post') is not the article's one city: a visit to its country stays unplaced in a city",
			"Tổng thống Pháp Emmanuel Macron sẽ thăm cấp nhà nước Mỹ vào tháng 4/2018. Thông tin được tờ New York Times đưa ra hôm qua.",
			[]string{"state_visit planned 2018-04 US: emmanuel-macron"}},
		{"'Theo chương trình làm việc ngày X' dates the day's meetings; it is no source",
			"Theo chương trình làm việc ngày 1-8-2024, Thủ tướng Phạm Minh Chính sẽ có cuộc hội kiến với Tổng thống Ấn Độ Droupadi Murmu.",
			[]string{"bilateral planned 2024-08-01 <nil>: droupadi-murmu pham-minh-chinh"}},
		{"a visit put off and set again ('lên lịch lại chuyến thăm đã bị hoãn') is planned, not cancelled",
			"Tổng thống Brazil Luiz Inacio Lula da Silva lên lịch lại chuyến thăm Trung Quốc đã bị hoãn.",
			[]string{"state_visit planned <nil> CN: luiz-inacio-lula-da-silva"}},
		{"a trip 'tới 3 nước A, B và C' is a visit to each",
			"Tổng thống Mỹ Donald Trump sẽ có chuyến công du châu Á tới 3 nước Malaysia, Nhật Bản và Hàn Quốc.",
			[]string{"state_visit planned <nil> JP: donald-trump", "state_visit planned <nil> KR: donald-trump", "state_visit planned <nil> MY: donald-trump"}},
		{"a scheduled meeting ('lịch gặp') is planned",
			"Chủ tịch Trung Quốc Tập Cận Bình điện đàm với Tổng thống Nga Vladimir Putin ngày 8/8/2025, trước lịch gặp giữa ông Putin và Tổng thống Mỹ Donald Trump ngày 15/8/2025.",
			[]string{"bilateral planned 2025-08-15 <nil>: donald-trump vladimir-putin", "phone_call held 2025-08-08 <nil>: vladimir-putin xi-jinping"}},
		{"one side's delegation at talks told before ('Tham dự Hội đàm, về phía Việt Nam có A, B, C') is no meeting of its own",
			"Chủ tịch Quốc hội Vương Đình Huệ hội đàm trực tuyến với Ủy viên trưởng Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế ngày 6/12/2023. Tham dự Hội đàm trực tuyến, về phía Việt Nam có Phó Chủ tịch Quốc hội Trần Quang Phương, Trưởng Ban đối ngoại Trung ương Đảng Lê Hoài Trung, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt.",
			[]string{"video_call held 2023-12-06 <nil>: vuong-dinh-hue zhao-leji"}},
		{"a summit named to describe the meeting's place (', nơi diễn ra Hội nghị thượng đỉnh APEC') is no meeting of its own",
			"Ngày 30/10/2025, Tổng thống Lee Jae Myung đã có cuộc gặp thượng đỉnh song phương với Thủ tướng Nhật Bản Takaichi Sanae tại Gyeongju, nơi diễn ra Hội nghị thượng đỉnh APEC.",
			[]string{"bilateral held 2025-10-30 Gyeongju: lee-jae-myung sanae-takaichi"}},
		{"the date after 'kể từ' ('chuyến thăm đầu tiên ... kể từ tháng 6/2018') is the time since, not a recalled visit",
			"Đây sẽ là chuyến thăm đầu tiên của ông Narendra Modi tới Trung Quốc kể từ tháng 6/2018.",
			[]string{"state_visit planned <nil> CN: narendra-modi"}},
		{"a date after a 'since' word anywhere before it ('chuyến thăm ... đầu tiên của ông Lee kể từ khi nhậm chức vào tháng 6') is the time since, not a recalled visit",
			"Tổng thống Lee Jae Myung sẽ đến Bắc Kinh ngày 4/1/2026 và tiến hành hội đàm thượng đỉnh với ông Tập Cận Bình. Đây là chuyến thăm Trung Quốc đầu tiên của ông Lee kể từ khi nhậm chức vào tháng 6/2024.",
			[]string{"state_visit planned 2026-01-04 Beijing: lee-jae-myung xi-jinping"}},
		{"', và' and another leader with a meeting word start another event ('Trump đi thăm Bắc Kinh ..., và Chủ tịch Tập Cận Bình sẽ đến thăm Mỹ'); one who confirms ('xác nhận') is no participant",
			"Tổng thống Donald Trump cho biết ông đã nhận lời mời của nhà lãnh đạo Trung Quốc đi thăm Bắc Kinh vào tháng 4/2026, và Chủ tịch Tập Cận Bình sẽ đến thăm Mỹ vào cuối năm 2026. Ông Trump cũng xác nhận Chủ tịch Tập Cận Bình sẽ đến thăm Mỹ vào cuối năm 2026.",
			[]string{"state_visit planned 2026 US: xi-jinping", "state_visit planned 2026-04 Beijing: donald-trump"}},
		{"a tenseless visit ('Đây là chuyến thăm Trung Quốc đầu tiên của ông Lee') is the visit told, planned, not held talks at a summit elsewhere",
			"Tổng thống Hàn Quốc Lee Jae Myung sẽ có chuyến thăm chính thức Trung Quốc vào ngày 4/1/2026 để hội đàm với Chủ tịch Trung Quốc Tập Cận Bình. Tổng thống Lee Jae Myung hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Hội nghị APEC ngày 1/11/2025. Đây là chuyến thăm Trung Quốc đầu tiên của ông Lee.",
			[]string{"bilateral held 2025-11-01 <nil>: lee-jae-myung xi-jinping", "state_visit planned 2026-01-04 CN: lee-jae-myung xi-jinping", "summit held 2025-11-01 <nil>: lee-jae-myung xi-jinping"}},
		{"a summit after 'sau' or 'trước' ('diễn ra ở Indonesia ngày 9/7 sau hội nghị ngoại trưởng G7') tells when the meeting was, not what it was",
			"Ngoại trưởng Antony Blinken sẽ thảo luận với Ngoại trưởng Vương Nghị. Cuộc gặp gần đây nhất của Ngoại trưởng Mỹ và Trung Quốc diễn ra ở Indonesia ngày 9/7 sau hội nghị ngoại trưởng Nhóm 7 nền công nghiệp phát triển hàng đầu (G7).",
			[]string{"bilateral held 2025-07-09 ID: antony-blinken wang-yi"}},
		{"the welcomers of one side ('Buổi lễ đón ... với sự tham dự của các quan chức phía Campuchia, bao gồm A và B') are no meeting of their own, whether or not each has a country",
			"Sáng 6/2, Tổng Bí thư Tô Lâm đã đến Sân bay Quốc tế Techo tại thủ đô Phnom Penh, chính thức bắt đầu chuyến thăm cấp Nhà nước tới Vương quốc Campuchia theo lời mời của Quốc vương Norodom Sihamoni. Buổi lễ đón chính thức diễn ra tại sân bay với sự tham dự của các quan chức cấp cao phía Campuchia, bao gồm Phó Thủ tướng Campuchia Kuy Sophal, Cố vấn của Quốc vương Chhea Horn, và Bộ trưởng Du lịch Hout Hak, cùng đại diện Đại sứ quán Việt Nam tại Campuchia.",
			[]string{"state_visit held 2025-02-06 Phnom Penh: to-lam"}},
		{"a call told once as online ('điện đàm trực tuyến') and once as a plain call ('điện đàm', a headline or caption) is a video call: the more specific word wins",
			"Bộ trưởng Ngoại giao Lê Hoài Trung điện đàm với Bộ trưởng Ngoại giao Lào\n\nChiều 12/12, Bộ trưởng Ngoại giao Lê Hoài Trung có cuộc điện đàm trực tuyến với Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane.",
			[]string{"video_call held 2025-12-12 <nil>: le-hoai-trung thongsavanh-phomvihane"}},
		{"what a leader hopes ('kỳ vọng ASEAN+3 sẽ ...') is a statement of its own: its future is not the summit's he spoke at",
			"Sáng 27/10, Thủ tướng Chính phủ Phạm Minh Chính cùng Lãnh đạo các nước ASEAN, Trung Quốc, Nhật Bản và Hàn Quốc đã tham dự Hội nghị Cấp cao ASEAN+3 lần thứ 28 tại Thủ đô Kuala Lumpur, Malaysia. Tại Hội nghị, Thủ tướng Việt Nam Phạm Minh Chính kỳ vọng ASEAN+3 sẽ đoàn kết chặt chẽ hơn, kết nối hiệu quả hơn.",
			[]string{"summit held 2025-10-27 Kuala Lumpur: pham-minh-chinh"}},
		{"who speaks of a visit named with its visitor ('đánh giá cao kết quả của chuyến thăm cấp Nhà nước của Tổng bí thư, Chủ tịch Trung Quốc Tập Cận Bình tới Việt Nam') is no participant",
			"Tổng bí thư Tô Lâm đánh giá cao ý nghĩa và kết quả của chuyến thăm cấp Nhà nước của Tổng bí thư, Chủ tịch Trung Quốc Tập Cận Bình tới Việt Nam hồi tháng 4/2025, mong muốn hai bên thúc đẩy quan hệ hai Đảng.",
			[]string{"state_visit held 2025-04 VN: xi-jinping"}},
		{"a spaced dash that closes an aside ('Tham dự Hội nghị thượng đỉnh SCO - nhóm họp theo hình thức \"SCO+\" - có ...') does not end the clause",
			"Ngày 3/7, Hội nghị thượng đỉnh SCO diễn ra tại Astana. Tham dự Hội nghị thượng đỉnh SCO - nhóm họp theo hình thức \"SCO+\" - có các quốc gia thành viên, quan sát viên, đối tác đối thoại và Tổng Thư ký Liên hợp quốc Antonio Guterres.",
			[]string{"summit held 2025-07-03 Astana: antonio-guterres"}},
		{"'cuộc gặp gần đây nhất' naming no one, with a summit and a date after it, is the article's two leaders' meeting before this one",
			"Thủ tướng Canada Mark Carney gặp Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh ngày 16/1/2025. Ông Tập cho rằng quan hệ Trung Quốc - Canada đã đạt bước ngoặt tại cuộc gặp gần đây nhất bên lề hội nghị thượng đỉnh APEC vào tháng 10/2024.",
			[]string{"bilateral held 2024-10 <nil>: mark-carney xi-jinping", "bilateral held 2025-01-16 Beijing: mark-carney xi-jinping"}},
		{"a full date with the time a page posted it ('... về Iran, Ukraine 10/03/2026 05:19') dates no event; a side of a call told later joins the call, not a meeting recalled between",
			"Ông Putin và ông Trump điện đàm trong một tiếng về Iran, Ukraine 10/03/2025 05:19\n\nNgày 9-3, Tổng thống Nga Vladimir Putin đã có cuộc điện đàm với Tổng thống Mỹ Donald Trump. Tổng thống Nga Vladimir Putin (trái) và Tổng thống Mỹ Donald Trump gặp nhau hồi tháng 8-2024. Ông Trump cũng cho biết cuộc điện đàm rất tốt đẹp.",
			[]string{"bilateral held 2024-08 <nil>: donald-trump vladimir-putin", "phone_call held 2025-03-09 <nil>: donald-trump vladimir-putin"}},
		{"a country in parentheses or after a comma says where a place the gazetteer does not know is ('gặp nhau tại bang Montana (Mỹ)'), and the one city of that country the article names is not it",
			"Tổng thống Donald Trump tiếp Thủ tướng Anh tại Washington ngày 3/3/2025. Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump gặp nhau tại bang Montana (Mỹ) hồi tháng 8-2024.",
			[]string{"bilateral held 2024-08 US: donald-trump vladimir-putin"}},
		{"a meeting called off is dated when it was to be held ('hoãn chuyến thăm ... mà trước đó dự kiến thực hiện trong tháng 4/2025'), not the day it was called off",
			"Chiều 5/3, Chánh văn phòng Nội các Nhật Bản Suga Yoshihide đã tiến hành họp báo, thông báo về việc hoãn chuyến thăm Nhật Bản của Chủ tịch Trung Quốc Tập Cận Bình mà trước đó dự kiến thực hiện trong tháng 4/2025.",
			[]string{"state_visit cancelled 2025-04 JP: xi-jinping"}},
		{"the aim of a meeting ('nhằm ... triển khai kết quả chuyến thăm ... của Quốc vương Jordan') speaks of another event, and of its leader: a clause of its own (aimAtOtherEvent)",
			"Ngày 13/11, tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao Lê Hoài Trung đã làm việc với Phó Thủ tướng, Bộ trưởng Ngoại giao và kiều dân Jordan Ayman Al Safadi nhằm trao đổi các biện pháp cụ thể, triển khai kết quả chuyến thăm chính thức Việt Nam của Quốc vương Jordan Abdullah II Ibn Al Hussein (12-13/11/2025).",
			[]string{"bilateral held 2025-11-13 Hanoi: ayman-al-safadi le-hoai-trung", "state_visit held 2025-11-12 Hanoi: abdullah-ii-of-jordan"}},
		{"a sentence that opens on the frame of someone's visit ('Trong khuôn khổ chuyến thăm ... của Tổng Bí thư Tô Lâm, A làm việc với B') tells two events: the visit is its leader's, the meeting the two's (framedByOthersVisit)",
			"Trong khuôn khổ chuyến thăm cấp Nhà nước tới Hàn Quốc của Tổng Bí thư Tô Lâm và Phu nhân, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có buổi làm việc với Ngài Kim Jung Kwan, Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc vào ngày 11/8.",
			[]string{"bilateral held 2025-08-11 KR: kim-jung-kwan nguyen-hong-dien", "state_visit held <nil> KR: to-lam"}},
		{"those who received a delegation, listed one side only ('Tiếp và làm việc với đoàn có các đồng chí: A - Bí thư Tỉnh ủy; B - ...'), are the hosts of its visit told before, not a meeting of their own (the-receivers-of-a-delegation)",
			"Chiều 29-1, đoàn cán bộ cấp cao tỉnh Champasak (Nước Cộng hòa Dân chủ Nhân dân Lào) do Phó Bí thư Tỉnh ủy Sú-phạp Thăm-mạ-hặc-sả làm trưởng đoàn đã đến thăm, chúc Tết cổ truyền Việt Nam tại tỉnh Gia Lai. Tiếp và làm việc với đoàn có các đồng chí: Thái Đại Ngọc - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Trần Minh Sơn - Ủy viên Ban Thường vụ Tỉnh ủy; Lâm Hải Giang - Phó Chủ tịch UBND tỉnh; cùng lãnh đạo các sở, ban, ngành liên quan.",
			[]string{"state_visit held 2025-01-29 Gia Lai: lam-hai-giang su-phap-tham-ma-hac-sa thai-dai-ngoc tran-minh-son"}},
		{"the head of a delegation named before his post ('do ông Ngin Nel - Phó Tỉnh trưởng làm trưởng đoàn') is of the delegation's country (delegationHeadCountries), the dash before a deputy's post is no clause's end (titleAfterName), and his visit is to the place he wishes a happy New Year, which the hosts who received him join",
			"Chiều 8-2, Đoàn đại biểu tỉnh Ratanakiri (Vương quốc Campuchia) do ông Ngin Nel - Phó Tỉnh trưởng làm trưởng đoàn đã sang thăm, chúc Tết cổ truyền Bính Ngọ 2026 tỉnh Gia Lai. Tiếp đoàn có Phó Chủ tịch UBND tỉnh Nguyễn Thị Thanh Lịch.",
			[]string{"state_visit held 2025-02-08 Gia Lai: ngin-nel nguyen-thi-thanh-lich"}},
		{"a delegation that comes to work with a province ('đã đến thăm và làm việc với tỉnh Ninh Bình') visits it; its head, named before his post, is of the delegation's country; the hosts listed after join the visit",
			"Sáng 8/11, Đoàn đại biểu thành phố Asan (Hàn Quốc) do ngài Oh-Sae-Hyun, Thị trưởng thành phố làm Trưởng đoàn đã đến thăm và làm việc với tỉnh Ninh Bình. Tiếp và làm việc với Đoàn có các đồng chí: Đinh Văn Điến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; lãnh đạo một số sở, ngành của tỉnh.",
			[]string{"state_visit held 2025-11-08 Ninh Binh: dinh-van-dien oh-sae-hyun"}},
		{"the fronts' heads named by their posts without the country ('Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc', 'Chủ tịch Mặt trận Lào xây dựng đất nước') are of Vietnam and Laos, not presidents of no country (titles.tsv)",
			"Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Đỗ Văn Chiến gặp Chủ tịch Mặt trận Lào xây dựng đất nước Sinlavong Khutphaythoun.",
			[]string{"bilateral held <nil> <nil>: do-van-chien sinlavong-khutphaythoun"}},
		{"a delegation that works with a province's leaders ('sang thăm, làm việc với lãnh đạo tỉnh Quảng Nam') visits that province, its hosts unnamed (wishedPlace)",
			"Sáng 14/9, Đoàn đại biểu cấp cao tỉnh Sê Kông nước Cộng hòa Dân chủ Nhân dân Lào do đồng chí Lếch-lay Sỉ-vi-lay, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng làm Trưởng đoàn sang thăm, làm việc với lãnh đạo tỉnh Quảng Nam.",
			[]string{"state_visit held 2025-09-14 Quang Nam: lech-lay-si-vi-lay"}},
		{"a delegation's New Year call abroad ('đã đến thăm, chúc Tết chính quyền và nhân dân 2 tỉnh Đông Bắc Campuchia') is a visit to the place its wishes go to, the first one named after the wish (wishedPlace)",
			"Đoàn công tác thứ hai do Phó Chủ tịch UBND tỉnh Kon Tum Nguyễn Hữu Tháp làm Trưởng đoàn đã đến thăm, chúc Tết chính quyền và nhân dân 2 tỉnh Đông Bắc Campuchia là Stung Treng và Ratanakiri.",
			[]string{"state_visit held <nil> KH: nguyen-huu-thap"}},
		{"a leader's programme listing summits each with its own number ('tham dự Hội nghị ... (ADMM) lần thứ 17, Hội nghị ... (ADMM+) lần thứ 10') is one summit of his each, with his span's month (each-numbered-summit-of-a-list)",
			"Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dẫn đầu đoàn đại biểu Bộ Quốc phòng Việt Nam tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 17, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ 10 tại Jakarta, Indonesia từ ngày 14 đến 17-11.",
			[]string{"summit held 2025-11 Jakarta: phan-van-giang", "summit held 2025-11-14 Jakarta: phan-van-giang"}},
		{"an invitation to visit sent to a leader named after the visit word ('chuyển lời thăm hỏi và lời mời thăm Việt Nam thời gian tới của Tổng Bí thư ... tới Tổng thống Brazil Lula da Silva') is his planned visit alone; the inviter and the messenger are not on it (invitationSentTo)",
			"Bộ trưởng Bùi Thanh Sơn chuyển lời thăm hỏi và lời mời thăm Việt Nam thời gian tới của Tổng Bí thư Nguyễn Phú Trọng tới Chủ tịch Đảng Lao động - Tổng thống Brazil Lula da Silva.",
			[]string{"state_visit planned <nil> VN: luiz-inacio-lula-da-silva"}},
		{"'gửi lời mời thăm Việt Nam tới Tổng thống X': X's planned visit, not the inviter's (invitationSentTo)",
			"Chủ tịch nước Nguyễn Xuân Phúc gửi lời mời thăm Việt Nam tới Tổng thống Nigeria Muhammadu Buhari.",
			[]string{"state_visit planned <nil> VN: muhammadu-buhari"}},
		{"a visit invited during the meeting a clause tells ('Tại cuộc gặp, Thủ tướng ... chuyển lời ... mời Tổng thống Hàn Quốc Yoon Suk Yeol sớm thăm Việt Nam') is to come: it stays apart from that held meeting (invited)",
			"Tại cuộc gặp, Thủ tướng Phạm Minh Chính hoan nghênh Tổng thống Hàn Quốc Yoon Suk Yeol và trân trọng chuyển lời của Tổng Bí thư Nguyễn Phú Trọng mời Tổng thống Hàn Quốc Yoon Suk Yeol sớm thăm Việt Nam.",
			[]string{"bilateral held <nil> <nil>: pham-minh-chinh yoon-suk-yeol", "state_visit planned <nil> VN: yoon-suk-yeol"}},
		{"a comma before another leader whose verb is a meeting word ('..., Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với ...') opens another event, not a third party to the first (subjectMeets)",
			"Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Liên bang Nga vào tháng 11/2021, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Nga Sergei Lavrov vào tháng 3 năm nay.",
			[]string{"phone_call held 2025-03 <nil>: bui-thanh-son sergei-lavrov", "state_visit held 2021-11 RU: nguyen-xuan-phuc"}},
		{"one leader's titles split by a comma ('Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội kiến') are no second subject (subjectMeets, sameBefore)",
			"Trong khuôn khổ chuyến thăm, tối 12/10, tại Trụ sở Trung ương Đảng, Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội kiến với Thủ tướng Quốc vụ viện Trung Quốc Lý Cường.",
			[]string{"bilateral held 2025-10-12 Hanoi: li-qiang to-lam"}},
		{"those who go with a leader, after a comma ('Lê Văn Nưng, cùng các đồng chí lãnh đạo tỉnh đã tiếp ...', '..., cùng đoàn đại biểu tỉnh Champasak đến thăm'), do not end his clause as another event added would ('X, cùng các cuộc điện đàm với Y') (companionsOf)",
			"Chiều 30/01/2024, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh An Giang Lê Văn Nưng, cùng các đồng chí lãnh đạo tỉnh đã tiếp đồng chí Vilayvong Buddakham, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak, cùng đoàn đại biểu tỉnh Champasak đến thăm và chúc Tết cổ truyền dân tộc Việt Nam.",
			[]string{"bilateral held 2024-01-30 VN: le-van-nung vilayvong-buddakham"}},
		{"the year a target is to be reached by ('nâng kim ngạch ... lên 150 tỷ USD vào năm 2030') dates no meeting (horizon)",
			"Việt Nam và Hàn Quốc nhất trí nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030, trong cuộc điện đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Hàn Quốc Han Duck-soo.",
			[]string{"phone_call held <nil> <nil>: han-duck-soo pham-minh-chinh"}},
		{"a spaced dash inside a proper name of two parts ('kinh tế châu Á – Thái Bình Dương', 'hợp tác Mê Công – Lan Thương') does not end the clause: the summit keeps its participant, place and days (namePairDash)",
			"Chủ tịch nước Nguyễn Xuân Phúc sẽ tham dự Hội nghị các nhà lãnh đạo kinh tế châu Á – Thái Bình Dương lần thứ 29 tại Bangkok (18 – 19/11).",
			[]string{"summit planned 2025-11-18 Bangkok: nguyen-xuan-phuc"}},
		{"those who sat in on talks, one side named ('Cùng dự hội đàm, phía Việt Nam có: A; B; C'), are no meeting of their own, whatever countries their posts leave unsaid (oneSideNamed)",
			"Ngày 8/12, Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Thượng viện Pháp Gérard Larcher. Cùng dự hội đàm, phía Việt Nam có: Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường; Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà; Chủ nhiệm Ủy ban Xã hội của Quốc hội Nguyễn Thúy Anh.",
			[]string{"bilateral held 2025-12-08 <nil>: gerard-larcher vuong-dinh-hue"}},
		{"an ambassador presenting his letter of credentials ('trình thư ủy nhiệm của Tổng Bí thư, Chủ tịch nước X lên Tổng thống Nepal Y') meets the one he presents it to; the letter's sender is no participant (letterOf)",
			"Đại sứ Việt Nam tại Ấn Độ, kiêm nhiệm Nepal và Bhutan Phạm Sanh Châu ngày 18/3 trình thư ủy nhiệm của Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng lên Tổng thống Nepal Bidya Devi Bhandari.",
			[]string{"bilateral held 2025-03-18 <nil>: bidya-devi-bhandari pham-sanh-chau"}},
		{"the letter's sender, named with a short title, owns the 'của' before him: the one it is presented to after 'lên' is still a participant (endsOtherLeader)",
			"Ngày 20/8 (giờ địa phương), tại thủ đô Asuncion, Đại sứ Việt Nam Ngô Minh Nguyệt đã trình Thư ủy nhiệm của Chủ tịch nước Lương Cường lên Tổng thống Paraguay Santiago Peña Palacios.",
			[]string{"bilateral held 2025-08-20 Asuncion: ngo-minh-nguyet santiago-pena-palacios"}},
		{"a delegation's visit to a body the gazetteer cannot place ('đã thăm và làm việc tại UBND tỉnh') lends its day to the visit the article places elsewhere (unplacedCall)",
			"Sáng 29-10, Đoàn công tác của Đại sứ quán Lào tại Việt Nam do đồng chí Sẻng-Phết Hùng-Buôn-Nhuông, Đại sứ đặc mệnh toàn quyền nước Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam làm Trưởng đoàn đã thăm và làm việc tại UBND tỉnh. Chủ tịch UBND tỉnh Tuyên Quang Nguyễn Văn Sơn chào mừng Đại sứ Sẻng-Phết Hùng-Buôn-Nhuông đến thăm Tuyên Quang.",
			[]string{"state_visit held 2025-10-29 Tuyen Quang: nguyen-van-son seng-phet-hung-buon-nhuong"}},
		{"the Peace Palace ('tại Cung Hòa Bình') places a meeting in Phnom Penh",
			"Chiều 19/2, tại Cung Hòa Bình, Thủ tướng Campuchia Hun Manet đã tiếp Đại sứ Việt Nam tại Campuchia Nguyễn Minh Vũ.",
			[]string{"bilateral held 2025-02-19 Phnom Penh: hun-manet nguyen-minh-vu"}},
		{"a sentence that opens on another meeting with someone ('Trước cuộc gặp với Thủ tướng Modi, Tổng thống Macron có cuộc hội đàm với Tổng thống Widodo') tells two meetings, not one of three",
			"Bên lề hội nghị G20, Tổng thống Pháp Emmanuel Macron đã gặp Thủ tướng Ấn Độ Narendra Modi. Trước cuộc gặp với Thủ tướng Modi, Tổng thống Macron có cuộc hội đàm 30 phút với Tổng thống Indonesia Joko Widodo.",
			[]string{"bilateral held <nil> <nil>: emmanuel-macron joko-widodo", "bilateral held <nil> <nil>: emmanuel-macron narendra-modi"}},
		{"a meeting proposed ('đưa ra đề xuất tổ chức cuộc gặp giữa A và B') is planned, and the one who proposes it is no participant",
			"Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan một lần nữa đưa ra đề xuất tổ chức cuộc gặp giữa Tổng thống Nga Vladimir Putin và Tổng thống Ukraine Volodymyr Zelensky ở Thổ Nhĩ Kỳ.",
			[]string{"bilateral planned <nil> TR: vladimir-putin volodymyr-zelenskyy"}},
		{"one meeting word for all the guests and another after them ('một cuộc gặp ... với các vị khách: A, B, C ..., kết thúc bằng một cuộc họp tiếp theo') is one meeting, not one with each",
			"Ông Trump thông báo: \"Tôi đã có một cuộc gặp rất tốt đẹp với các vị khách: Tổng thống Ukraine Volodymyr Zelensky, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Friedrich Merz tại Nhà Trắng, kết thúc bằng một cuộc họp tiếp theo tại Phòng Bầu dục\".",
			[]string{"summit held <nil> Washington: donald-trump emmanuel-macron friedrich-merz volodymyr-zelenskyy"}},
		{"'Theo lịch trình' opens what was done as well as what is to come: talks told done are held",
			"Theo lịch trình, sáng 5/3, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Singapore Lawrence Wong.",
			[]string{"bilateral held 2025-03-05 <nil>: lawrence-wong pham-minh-chinh"}},
		{"a visit a leader may make ('có thể sang thăm') is planned",
			"Ngày 10/1/2023, Tổng thống Philippines Ferdinand Marcos Jr. cho biết ông có thể sang thăm Nhật Bản vào tháng 2/2023 để hội đàm với Thủ tướng Nhật Bản Kishida Fumio.",
			[]string{"state_visit planned 2023-02 JP: bongbong-marcos fumio-kishida"}},
		{"a city that ends a building's name after 'tại' places the meeting",
			"Ngày 18/11/2024, hội nghị thượng đỉnh G20 khai mạc tại Bảo tàng Nghệ thuật Hiện đại Rio de Janeiro với sự tham dự của Thủ tướng Ấn Độ Narendra Modi.",
			[]string{"summit held 2024-11-18 Rio de Janeiro: narendra-modi"}},
		{"'Hội nghị' inside a building's name ('Trung tâm Hội nghị Quốc tế') is no summit",
			"Ngày 22/10/2024, Thủ tướng Ấn Độ Narendra Modi và Tổng thống Nga Vladimir Putin hội đàm tại Trung tâm Hội nghị Quốc tế Kazan.",
			[]string{"bilateral held 2024-10-22 Kazan: narendra-modi vladimir-putin"}},
		{"a venue holding an organisation's name ('tại trụ sở Liên hợp quốc') places the meeting too",
			"Chiều 21/9/2023, tại trụ sở Liên hợp quốc, Thủ tướng Phạm Minh Chính đã gặp Tổng Thư ký Liên hợp quốc Antonio Guterres.",
			[]string{"bilateral held 2023-09-21 New York: antonio-guterres pham-minh-chinh"}},
		{"an assembly named like its summit is dated by the date after it",
			"Tổng thống Argentina Javier Milei phát biểu tại Đại hội đồng Liên Hợp Quốc ngày 24/9/2025.",
			[]string{"summit held 2025-09-24 <nil>: javier-milei"}},
		{"a session of the UN General Assembly (also spelled 'Liên Hiệp Quốc') is a summit its speakers attend",
			"Ngày 26/9/2025, Thủ tướng Pakistan Shehbaz Sharif phát biểu tại phiên họp cấp cao Khóa họp thứ 80 Đại hội đồng Liên Hiệp Quốc tại New York.",
			[]string{"summit held 2025-09-26 New York: shehbaz-sharif"}},
		{"two leaders signing together are dated by the date after their signing",
			"Tổng thống Nga Vladimir Putin (phải) và Tổng thống Iran Masoud Pezeshkian trong lễ ký kết Hiệp ước đối tác chiến lược toàn diện tại Moscow ngày 17/1/2025.",
			[]string{"bilateral held 2025-01-17 Moscow: masoud-pezeshkian vladimir-putin"}},
		{"a date in a relative clause dates what it describes, not the signing",
			"Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Campuchia Hun Manet ký Tuyên bố chung nhằm củng cố thỏa thuận ngừng bắn giữa hai nước đạt được hồi tháng 7/2025.",
			[]string{"bilateral held <nil> <nil>: anutin-charnvirakul hun-manet"}},
		{"an opening 'sau khi' clause is an act of the main clause's subject, and ends after the whole name with its titles",
			"Ngày 27/2/2019, sau khi hội đàm với Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng, Tổng thống Mỹ Donald Trump đã có cuộc hội kiến với Thủ tướng Nguyễn Xuân Phúc.",
			[]string{
				"bilateral held 2019-02-27 <nil>: donald-trump nguyen-phu-trong",
				"bilateral held 2019-02-27 <nil>: donald-trump nguyen-xuan-phuc",
			}},
		{"an opening 'trước khi' clause with a subject of its own keeps it",
			"Trước khi Tổng thống Mỹ Donald Trump hội đàm với Tổng bí thư Nguyễn Phú Trọng ngày 27/2/2019, Thủ tướng Nguyễn Xuân Phúc đã tiếp Ngoại trưởng Mike Pompeo.",
			[]string{
				"bilateral held 2019-02-27 <nil>: donald-trump nguyen-phu-trong",
				"bilateral held <nil> <nil>: mike-pompeo nguyen-xuan-phuc", // before the talks: not their day
			}},
		{"talks held on a summit's sidelines with no day of their own take the month of the summit",
			"Từ ngày 23-24/10/2024, Thủ tướng Phạm Minh Chính dự Hội nghị các Nhà lãnh đạo BRICS mở rộng tại Kazan, Nga. Trong khuôn khổ hội nghị, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Nga Vladimir Putin.",
			[]string{
				"bilateral held 2024-10 Kazan: pham-minh-chinh vladimir-putin",
				"summit held 2024-10-23 Kazan: pham-minh-chinh vladimir-putin",
			}},
		{"undated talks at a place where the article's dated meetings span two months stay undated",
			"Từ ngày 30/9 đến 2/10/2024, Thủ tướng Phạm Minh Chính thăm chính thức Mông Cổ. Trong chuyến thăm, Thủ tướng Phạm Minh Chính đã hội kiến Chủ tịch Quốc hội Mông Cổ Dashzegviin Amarbayasgalan tại Ulaanbaatar.",
			[]string{
				"bilateral held <nil> Ulaanbaatar: dashzegviin-amarbayasgalan pham-minh-chinh",
				"state_visit held 2024-09-30 Ulaanbaatar: pham-minh-chinh",
			}},
		{"the guest of an invitation told before a visit is the visitor, not who invites",
			"Chủ tịch Quốc hội Trần Thanh Mẫn gửi lời thăm hỏi và lời mời Chủ tịch Thượng viện Jordan Faisal El-Fayez sớm sang thăm Việt Nam.",
			[]string{"state_visit planned <nil> VN: faisal-el-fayez"}},
		{"who accepts an invitation is the visitor",
			"Chủ tịch Quốc hội Trần Thanh Mẫn nhận lời mời của Chủ tịch Hạ viện Jordan sang thăm chính thức Jordan.",
			[]string{"state_visit planned <nil> JO: tran-thanh-man"}},
		{"those present 'khi hai nhà lãnh đạo gặp nhau' are not the meeting's pair",
			"Ngày 15/8, Tổng thống Mỹ Donald Trump gặp Tổng thống Nga Vladimir Putin tại Anchorage. Bộ trưởng Quốc phòng Mỹ Pete Hegseth, Ngoại trưởng Marco Rubio cùng có mặt ở sân bay khi hai nhà lãnh đạo Nga - Mỹ gặp nhau. Lần gần đây nhất ông Trump và ông Putin gặp nhau trực tiếp là tại hội nghị thượng đỉnh G20 ở Nhật Bản năm 2019.",
			[]string{
				"bilateral held 2019 JP: donald-trump vladimir-putin",
				"bilateral held 2025-08-15 Anchorage: donald-trump vladimir-putin",
				"summit held 2019 JP: donald-trump vladimir-putin",
			}},
		{"a summit 'với' one leader is two leaders' talks; the spokesperson who tells of it is not there",
			"Người phát ngôn Phủ Tổng thống Hàn Quốc Kang Yu-jung cho biết, Tổng thống Hàn Quốc Lee Jae Myung sẽ thăm Nhật Bản vào ngày 13/1/2026 để tham dự hội nghị thượng đỉnh với Thủ tướng Nhật Bản Takaichi Sanae.",
			[]string{"state_visit planned 2026-01-13 JP: lee-jae-myung sanae-takaichi"}},
		{"a clause that opens on its meeting word after ';' shares the subject before it: each host receives the guest",
			"Tổng thống Philippines Ferdinand Marcos đã hội đàm với Chủ tịch nước Võ Văn Thưởng; hội kiến Thủ tướng Chính phủ Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ.",
			[]string{
				"bilateral held <nil> <nil>: bongbong-marcos pham-minh-chinh",
				"bilateral held <nil> <nil>: bongbong-marcos vo-van-thuong",
				"bilateral held <nil> <nil>: bongbong-marcos vuong-dinh-hue",
			}},
		{"two leaders of two countries who sign a document together met, online by video; one who signs alone met no one",
			"Tại thủ đô Canberra (Úc) ngày 6/10, Thủ tướng Úc Anthony Albanese và Thủ tướng Papua New Guinea James Marape đã ký Hiệp ước phòng thủ chung. Tổng thống Donald Trump ký sắc lệnh. Ngày 5/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Saudi Arabia Faisal bin Farhan Al Saud đã ký trực tuyến Bản ghi nhớ.",
			[]string{"bilateral held 2025-10-06 Canberra: anthony-albanese james-marape", "video_call held 2025-07-05 <nil>: bui-thanh-son faisal-bin-farhan-al-saud"}},
		{"on a summit's sidelines, 'gặp A và B' is a meeting with each",
			"Nhân dịp dự Đại hội đồng IPU-150 tại Tashkent, Uzbekistan, ngày 6/4, Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp Chủ tịch Hội đồng Liên bang Nga Valentina Matvienko và Chủ tịch Hạ viện Ấn Độ Om Birla.",
			[]string{
				"bilateral held 2025-04-06 Tashkent: om-birla tran-thanh-man",
				"bilateral held 2025-04-06 Tashkent: tran-thanh-man valentina-matviyenko",
				"summit held 2025-04-06 Tashkent: tran-thanh-man",
			}},
		{"a sentence opened by 'Trước tiên' or 'Tiếp đó' goes on with the day of the meeting told before, not with the day named last",
			"Ngày 6/1, Tổng thống Hàn Quốc Lee Jae Myung tiếp tục có cuộc gặp với các quan chức Trung Quốc sau hội nghị thượng đỉnh với Chủ tịch Trung Quốc Tập Cận Bình hôm 5/1. Trước tiên, Tổng thống đã có cuộc gặp với Thủ tướng Trung Quốc Lý Cường. Tiếp đó, Tổng thống Lee đã gặp Ủy viên trưởng Triệu Lạc Tế.",
			[]string{
				"bilateral held 2025-01-05 <nil>: lee-jae-myung xi-jinping",
				"bilateral held 2025-01-06 <nil>: lee-jae-myung li-qiang",
				"bilateral held 2025-01-06 <nil>: lee-jae-myung zhao-leji",
			}},
		{"a meeting of two named after its word with a dash ('đề xuất tổ chức cuộc gặp Putin-Zelensky') is theirs, not the proposer's",
			"Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đề xuất tổ chức cuộc gặp Putin-Zelensky ở Istanbul hoặc Ankara.",
			[]string{"bilateral planned <nil> Istanbul: vladimir-putin volodymyr-zelenskyy"}},
		{"a meeting asked for ('lời kêu gọi ... tổ chức cuộc gặp giữa A và B') is A's and B's and planned; the one answering ('ông C cho biết') is not at it",
			"Khi được hỏi về lời kêu gọi của Ukraine tổ chức cuộc gặp giữa Tổng thống Volodymyr Zelensky và Tổng thống Nga Vladimir Putin, ông Medinsky cho biết cuộc gặp thượng đỉnh như vậy chỉ nên được tổ chức sau khi hai bên hoàn tất thỏa thuận.",
			[]string{"bilateral planned <nil> <nil>: vladimir-putin volodymyr-zelenskyy"}},
		{"a visit told with its days and no place ('Trong chuyến công du từ ngày 18 đến 20-8, ...') dates the visit told before",
			"Bộ trưởng Ngoại giao Trung Quốc Vương Nghị sẽ công du Ấn Độ. Trong chuyến công du từ ngày 18 đến 20-8, nhà ngoại giao hàng đầu của Trung Quốc sẽ đảm nhiệm vai trò đặc phái viên.",
			[]string{"state_visit planned 2025-08-18 IN: wang-yi"}},
		{"the holders of one office named by it and 'hai nước' ('Tổng thống hai nước') are the article's two sides",
			"Ngày 5/3, Tổng thống Mỹ Donald Trump điện đàm với Tổng thống Nga Vladimir Putin. Tổng thống hai nước nhất trí sẽ gặp nhau tại Tokyo.",
			[]string{"bilateral planned <nil> Tokyo: donald-trump vladimir-putin", "phone_call held 2025-03-05 <nil>: donald-trump vladimir-putin"}},
		{"a meeting at a state ('tại bang Florida', 'tại Alaska') is placed there; told again at a city of it ('tại Mar-a-Lago'), it is one meeting, at the city",
			"Ngày 28/12, Tổng thống Donald Trump gặp người đồng cấp Ukraine Volodymyr Zelensky tại bang Florida. Ông Trump hội đàm với ông Zelensky tại Mar-a-Lago ngày 28/12. Ngày 15/8, Tổng thống Nga Vladimir Putin gặp Tổng thống Mỹ Donald Trump tại Alaska.",
			[]string{"bilateral held 2025-08-15 Alaska: donald-trump vladimir-putin", "bilateral held 2025-12-28 Palm Beach: donald-trump volodymyr-zelenskyy"}},
		{"a capital the gazetteer does not know, told with its country after 'của' ('tại thủ đô Kualua Lumpur của Malaysia'), places the meeting in that country",
			"Ngày 26/10, tại thủ đô Kualua Lumpur của Malaysia, Thủ tướng Phạm Minh Chính đã có cuộc tiếp xúc ngắn với Tổng thống Mỹ Donald Trump.",
			[]string{"bilateral held 2025-10-26 MY: donald-trump pham-minh-chinh"}},
		{"a visit a leader is invited to during a meeting ('Tại cuộc gặp, ... mời Tổng thống ... thăm Việt Nam') places the visit, not the meeting",
			"Ngày 26/10, tại Kuala Lumpur, Thủ tướng Phạm Minh Chính đã có cuộc tiếp xúc ngắn với Tổng thống Mỹ Donald Trump. Tại cuộc gặp, Thủ tướng Phạm Minh Chính trân trọng chuyển lời mời của Tổng Bí thư Tô Lâm mời Tổng thống Donald Trump thăm Việt Nam.",
			[]string{"bilateral held 2025-10-26 Kuala Lumpur: donald-trump pham-minh-chinh", "state_visit planned <nil> VN: donald-trump"}},
		{"a meeting of Vietnam and one other country at a seat named by its title alone ('tại Phủ Thủ tướng', 'tại Phủ Tổng thống') is in the other country: Vietnam has neither",
			"Trưa 21/11, ngay sau Lễ đón trọng thể tại Phủ Thủ tướng, Tổng Bí thư Tô Lâm đã có cuộc hội đàm chính thức với Thủ tướng Malaysia Anwar Ibrahim.",
			[]string{"state_visit held 2025-11-21 Putrajaya: anwar-ibrahim to-lam"}},
		{"so does a royal palace named by its common words alone ('tại Hoàng cung')",
			"Ngày 30/1, tại Hoàng cung, Quốc vương Campuchia Norodom Sihamoni đã hội kiến Chủ tịch nước Lương Cường.",
			[]string{"bilateral held 2025-01-30 Phnom Penh: luong-cuong norodom-sihamoni"}},
		{"a seat named by its title alone places no meeting of two foreign countries: whose it is the text does not say",
			"Ngày 21/11, tại Phủ Tổng thống, Tổng thống Mỹ Donald Trump đã hội đàm với Thủ tướng Nhật Bản Sanae Takaichi.",
			[]string{"bilateral held 2025-11-21 <nil>: donald-trump sanae-takaichi"}},
		{"a summit whose name holds its city ('(WEF Davos 55)') is there, not at the airport the leader landed at ('tới sân bay Zurich'); 'WEF Davos mùa Hè' is not",
			"Đêm 20/1, chuyên cơ chở Thủ tướng Phạm Minh Chính đã tới sân bay Zurich, bắt đầu chuyến công tác tham dự Hội nghị thường niên lần thứ 55 Diễn đàn Kinh tế Thế giới (WEF Davos 55). Ngày 25/6, Thủ tướng Phạm Minh Chính dự Hội nghị WEF Davos mùa Hè tại Thiên Tân.",
			[]string{"summit held 2025-01 Davos: pham-minh-chinh", "summit held 2025-06-25 Tianjin: pham-minh-chinh"}},
		{"a subject that goes to visit and meets whom it names after ('Đoàn ... do ông A ... đã đến thăm và chào xã giao ông B - Tỉnh trưởng tỉnh Champasak') is the guest, in B's country",
			"Sáng 06-5, Đoàn công tác tỉnh Bình Dương do ông Nguyễn Văn Dành - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã đến thăm và chào xã giao ông Alounxay Sounanalath - Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak nhân chuyến công tác tại Lào.",
			[]string{"bilateral held 2025-05-06 LA: alounxay-sounanalath nguyen-van-danh"}},
		{"where a leader is ('đang ở Kuala Lumpur dự Hội nghị ...') places the summit attended, as a place gone to does",
			"Ngày 26/10, Thủ tướng Phạm Minh Chính đang ở Kuala Lumpur dự Hội nghị Cấp cao ASEAN lần thứ 47.",
			[]string{"summit held 2025-10-26 Kuala Lumpur: pham-minh-chinh"}},
		{"meetings announced by country ('ngày 31/10, A có các cuộc gặp song phương với lãnh đạo Nhật Bản, Malaysia, ...') date and place A's meeting told after with a leader of one of them",
			"Ngày 31/10, tại Gyeongju, Chủ tịch nước Lương Cường có các cuộc gặp song phương với lãnh đạo Nhật Bản, Malaysia và New Zealand. Các bên nhất trí đẩy mạnh hợp tác. Chủ tịch nước Lương Cường cũng hội kiến Thủ tướng Malaysia Anwar Ibrahim.",
			[]string{"bilateral held 2025-10-31 Gyeongju: anwar-ibrahim luong-cuong", "summit held 2025-10-31 Gyeongju: luong-cuong"}},
		{"a video call ('cuộc gọi video', 'hội nghị trực tuyến') is a video call",
			"Ngày 13/8, Tổng thống Ukraine Volodymyr Zelensky đã tham gia cuộc gọi video với Tổng thống Mỹ Donald Trump.",
			[]string{"video_call held 2025-08-13 <nil>: donald-trump volodymyr-zelenskyy"}},
		{"one told of a meeting ('trao đổi với Thủ tướng Modi về kết quả cuộc gặp của ông với ...') was not at it",
			"Điện Kremlin cho biết Tổng thống Vladimir Putin đã trao đổi với Thủ tướng Ấn Độ Narendra Modi về kết quả cuộc gặp của ông với đặc phái viên Mỹ Steve Witkoff.",
			[]string{"bilateral held <nil> <nil>: steve-witkoff vladimir-putin"}},
		{"a month in parentheses after 'từ' ('trên cương vị Tổng thống (từ tháng 11-2024)') is since when an office is held, no date of the visit",
			"Ngày 4/8, Tổng thống Sri Lanka Anura Kumara Dissanayake bắt đầu thăm cấp Nhà nước Việt Nam. Đây là chuyến thăm Việt Nam đầu tiên của ông Dissanayake trên cương vị Tổng thống (từ tháng 11-2024).",
			[]string{"state_visit held 2025-08-04 VN: anura-kumara-dissanayake"}},
		{"a bilateral meeting ('cuộc gặp song phương') with two leaders is one with each",
			"Ngày 9/5, Thủ tướng Chính phủ Phạm Minh Chính đã có cuộc gặp song phương với Tổng thống Indonesia Joko Widodo và Thủ tướng Campuchia Hun Sen.",
			[]string{
				"bilateral held 2025-05-09 <nil>: hun-sen pham-minh-chinh",
				"bilateral held 2025-05-09 <nil>: joko-widodo pham-minh-chinh",
			}},
		{"an occasion told between commas ('..., sau buổi tiệc chiêu đãi ... của Chủ tịch nước Trần Đại Quang, ...') is a clause of its own: its host is not at the meetings after it",
			"Chiều 23/5, sau buổi tiệc chiêu đãi cấp nhà nước dưới sự chủ trì của Chủ tịch nước Trần Đại Quang, Tổng thống Mỹ Barack Obama đã lần lượt có các cuộc hội kiến với Thủ tướng Nguyễn Xuân Phúc và Tổng bí thư Nguyễn Phú Trọng.",
			[]string{
				"bilateral held 2025-05-23 <nil>: barack-obama nguyen-phu-trong",
				"bilateral held 2025-05-23 <nil>: barack-obama nguyen-xuan-phuc",
			}},
		{"a day's programme goes on with 'Tiếp đó' for what is planned too",
			"Sáng 29/9, Tổng thống Philippines Rodrigo Duterte sẽ hội đàm với Chủ tịch nước Trần Đại Quang. Tiếp đó, Tổng thống Philippines sẽ có cuộc hội kiến với Thủ tướng Chính phủ Nguyễn Xuân Phúc.",
			[]string{
				"bilateral planned 2025-09-29 <nil>: nguyen-xuan-phuc rodrigo-duterte",
				"bilateral planned 2025-09-29 <nil>: rodrigo-duterte tran-dai-quang",
			}},
		{"'Sau đó' with a day of its own keeps it",
			"Ngày 6/1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. Sau đó, ngày 8/1, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch nước Lào Thongloun Sisoulith.",
			[]string{
				"bilateral held 2025-01-06 <nil>: pham-minh-chinh sonexay-siphandone",
				"bilateral held 2025-01-08 <nil>: pham-minh-chinh thongloun-sisoulith",
			}},
		{"talks on one of a span's days, which the text does not say ('Trong thời gian từ ngày 8-12/7, ... đã hội kiến'), take what the days share: the month",
			"Trong thời gian từ ngày 8-12/7/2019, tại Trung Quốc, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội kiến Tổng Bí thư, Chủ tịch nước Tập Cận Bình.",
			[]string{"bilateral held 2019-07 CN: nguyen-thi-kim-ngan xi-jinping"}},
		{"a place after a meeting's number ('Hội nghị Bộ trưởng Ngoại giao ASEM lần thứ 13 tại Myanmar') places it, though a title reads over the words",
			"Phó Thủ tướng Phạm Bình Minh tham dự Hội nghị Bộ trưởng Ngoại giao ASEM lần thứ 13 tại Myanmar.",
			[]string{"summit held <nil> MM: pham-binh-minh"}},
		{"an assembly of parliaments ('Đại hội đồng AIPA 40') attended is a summit",
			"Ngày 25/8/2019, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân dẫn đầu Đoàn đại biểu cấp cao Quốc hội Việt Nam tham dự Đại hội đồng AIPA 40 tại Bangkok.",
			[]string{"summit held 2019-08-25 Bangkok: nguyen-thi-kim-ngan"}},
		{"a session of an international body ('Khóa họp thường niên ... Đại hội đồng IAEA') attended by a delegation's head is a summit",
			"Từ ngày 15-19/9, tại Trung tâm Quốc tế Vienna (Áo), Đoàn đại biểu Việt Nam do Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định dẫn đầu đã tham dự Khóa họp thường niên lần thứ 69 Đại hội đồng Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA).",
			[]string{"summit held 2025-09-15 Vienna: le-xuan-dinh"}},
		{"an item of a ';' list that names no one ('chứng kiến lễ trao đổi văn kiện và gặp gỡ báo chí') does not stop the subject going on to the next",
			"Thủ tướng Nhật Bản Suga Yoshihide đã chào xã giao Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng; hội đàm với Thủ tướng Nguyễn Xuân Phúc; chứng kiến lễ trao đổi văn kiện hợp tác và gặp gỡ báo chí; hội kiến Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.",
			[]string{
				"bilateral held <nil> <nil>: nguyen-phu-trong yoshihide-suga",
				"bilateral held <nil> <nil>: nguyen-thi-kim-ngan yoshihide-suga",
				"bilateral held <nil> <nil>: nguyen-xuan-phuc yoshihide-suga",
			}},
		{"'cùng ngày' is not a day years before the page's own, named for a document ('các hiệp định ... ký ngày 2.11.2018')",
			"Ngày 27/5, Tổng thống Pháp Emmanuel Macron thăm Đại học Khoa học và Công nghệ, ngôi trường thành lập theo các hiệp định giữa hai nước ký ngày 12.11.2009 và 2.11.2018. Trước đó cùng ngày, Tổng thống Macron đã có buổi làm việc với Phó Thủ tướng Trần Hồng Hà.",
			[]string{"bilateral held 2025-05-27 <nil>: emmanuel-macron tran-hong-ha"}},
		{"'cùng ngày' is the day named just before it in the sentence, not the byline's",
			"Vào lúc 16 giờ 15 ngày 6-8 theo giờ địa phương (tối cùng ngày theo giờ Việt Nam), Chủ tịch nước Lương Cường đã tới thủ đô Luanda, bắt đầu chuyến thăm cấp Nhà nước Cộng hoà Angola.",
			[]string{"state_visit held 2025-08-06 Luanda: luong-cuong"}},
		{"each leg of a trip is a visit, dated as closely as the trip's span tells of every leg",
			"Từ ngày 9 đến 14/5, Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước tới Mông Cổ, Ireland và thăm chính thức Cộng hòa Pháp.",
			[]string{
				"state_visit planned 2025-05 FR: to-lam",
				"state_visit planned 2025-05 IE: to-lam",
				"state_visit planned 2025-05 MN: to-lam",
			}},
		{"'trong khu' introduces a venue that names its city",
			"Sáng 2/6, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại tư dinh của ông Tập trong khu Trung Nam Hải.",
			[]string{"bilateral held 2025-06-02 Beijing: vladimir-putin xi-jinping"}},
		{"a capitalised 'Thủ đô' stands between a place word and its city",
			"Hội nghị Cấp cao ASEAN lần thứ 44 tại Thủ đô Vientiane, Lào diễn ra từ ngày 8-11/10 với sự tham dự của Thủ tướng Phạm Minh Chính.",
			[]string{"summit held 2025-10-08 Vientiane: pham-minh-chinh"}},
		{"every leader of a list of inviters is an inviter, not a participant",
			"Nhận lời mời của Tổng thống Mông Cổ Ukhnaagiin Khurelsukh, Tổng thống Ireland Michael D. Higgins và Tổng thống Cộng hòa Pháp Emmanuel Macron, Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước tới Mông Cổ, Ireland và thăm chính thức Cộng hòa Pháp.",
			[]string{"state_visit planned <nil> FR: to-lam", "state_visit planned <nil> IE: to-lam", "state_visit planned <nil> MN: to-lam"}},
		{"inviters named after the trip with no 'và' and nothing they do are inviters; a country's acronym in parentheses goes on the list of legs",
			"Thủ tướng Phạm Minh Chính lên đường thăm chính thức Các Tiểu Vương quốc Ả-rập Thống nhất (UAE), Nhà nước Qatar và Vương quốc Saudi Arabia từ ngày 27/10 - 1/11/2024 theo lời mời của Tổng thống UAE Mohamed bin Zayed Al Nahyan, Thủ tướng Nhà nước Qatar Sheikh Mohammed bin Abdulrahman bin Jasim Al-Thani, Hoàng Thái tử kiêm Thủ tướng Vương quốc Saudi Arabia Mohammed Bin Salman.",
			[]string{"state_visit planned 2024 AE: pham-minh-chinh", "state_visit planned 2024 QA: pham-minh-chinh", "state_visit planned 2024 SA: pham-minh-chinh"}},
		{"receptions one after another over a span of days ('Từ ngày 14-15/8/2025, ... đã tiếp A; B') are each on a day the text does not say: the span's month",
			"Từ ngày 14-15/8/2025, tại tỉnh Vân Nam, Trung Quốc, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Bí thư Tỉnh ủy Vân Nam Vương Ninh; Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn; Bộ trưởng Ngoại giao Thái Lan Maris Sangiampongsa.",
			[]string{"bilateral held 2025-08 Yunnan: bui-thanh-son maris-sangiampongsa", "bilateral held 2025-08 Yunnan: bui-thanh-son prak-sokhonn", "bilateral held 2025-08 Yunnan: bui-thanh-son vuong-ninh"}},
		{"going home ('lên đường về nước') ends a trip: the visit was held, not set off on",
			"Trưa 23/11, Tổng Bí thư Tô Lâm đã rời Sân bay Quốc tế Kuala Lumpur, lên đường về nước kết thúc tốt đẹp chuyến thăm chính thức Malaysia từ ngày 21-23/11/2024, theo lời mời của Thủ tướng Malaysia Anwar Ibrahim.",
			[]string{"state_visit held 2024-11-21 Kuala Lumpur: to-lam"}},
		{"without 'và' there is no list: the fronted inviter's guest is the subject",
			"Theo lời mời của Tổng thống Nigeria Muhammadu Buhari, Tổng thống Ba Lan Andrzej Duda thăm chính thức Nigeria từ ngày 4 đến 6/9/2016.",
			[]string{"state_visit held 2016-09-04 NG: andrzej-duda"}},
		{"a call told as just done by a dated statement is of that day",
			"Tối 4/2, Tổng thống Mỹ Donald Trump cho biết ông vừa hoàn tất một cuộc điện đàm rất tuyệt vời với Chủ tịch Trung Quốc Tập Cận Bình.",
			[]string{"phone_call held 2025-02-04 <nil>: donald-trump xi-jinping"}},
		{"an event 'giữa A với B' is theirs, not of who speaks of it",
			"Tại cuộc điện đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Hun Manet bày tỏ vui mừng về kết quả cuộc điện đàm rất thành công ngày 14-5 giữa Tổng Bí thư Tô Lâm với Chủ tịch Đảng Nhân dân Campuchia, Chủ tịch Thượng viện Campuchia Hun Sen.",
			[]string{"phone_call held 2025-05-14 <nil>: hun-sen to-lam"}},
		{"'giữa A và B, do C chủ trì': the chair named after the pair takes part",
			"Thỏa thuận ra đời sau cuộc gặp ngày 28/5 tại Putrajaya giữa ông Hun Manet và quyền Thủ tướng Thái Lan Phumtham Wechayachai, do Thủ tướng Malaysia Anwar Ibrahim chủ trì.",
			[]string{"summit held 2025-05-28 Putrajaya: anwar-ibrahim hun-manet phumtham-wechayachai"}},
		{"leaders listed with ';' after one meeting word are met one by one",
			"Trong khuôn khổ Lễ kỷ niệm, Chủ tịch nước Lương Cường đã gặp Quốc vương Campuchia Norodom Sihamoni; Bí thư Thứ nhất, Chủ tịch nước Cuba Miguel Diaz-Canel; Tổng thống Indonesia Prabowo Subianto.",
			[]string{"bilateral held <nil> <nil>: luong-cuong miguel-diaz-canel", "bilateral held <nil> <nil>: luong-cuong norodom-sihamoni", "bilateral held <nil> <nil>: luong-cuong prabowo-subianto"}},
		{"'Theo đặc phái viên TTXVN' is a source, not the first person: the lead's date and place set the scene",
			"Theo đặc phái viên TTXVN, ngày 09/6, nhân dịp tham dự Hội nghị Cấp cao lần thứ 3 của Liên hợp quốc về Đại dương tại thành phố Nice, Cộng hoà Pháp, Thủ tướng Chính phủ Phạm Minh Chính đã gặp Chủ tịch Hội đồng Châu Âu Antonio Costa.",
			[]string{"bilateral held 2025-06-09 Nice: antonio-costa pham-minh-chinh", "summit held 2025-06-09 Nice: pham-minh-chinh"}},
		{"a visit recalled is a visit of its own, with its own date, by the leader it names",
			"Ngày 29/5, Tổng Bí thư Tô Lâm đã tiếp ông Vyacheslav Volodin, Chủ tịch Duma Quốc gia Nga, đáp lại tình cảm của ông Volodin trong chuyến thăm Nga của Tổng Bí thư Tô Lâm vào tháng 2 vừa qua.",
			[]string{
				"bilateral held 2025-05-29 <nil>: to-lam vyacheslav-volodin",
				"state_visit held 2025-02 RU: to-lam",
			}},
		{"an international office holder received during his visit is the visit's guest: the visit is his, the reception the host's",
			"Sáng 12/3, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Tổng Thư ký Liên hợp quốc Antonio Guterres đang có chuyến thăm chính thức Việt Nam từ ngày 11-13/3/2025.",
			[]string{
				"bilateral held 2025-03-12 Hanoi: antonio-guterres pham-minh-chinh",
				"state_visit held 2025-03-11 Hanoi: antonio-guterres",
			}},
		{"the meaning of a visit spoken of ('về ý nghĩa chuyến thăm') is no visit of the two who speak of it",
			"Thủ tướng Phạm Minh Chính chia sẻ với Thủ tướng Lào Sonexay Siphandone về ý nghĩa chuyến thăm của các doanh nghiệp Việt Nam.",
			nil},
		{"meetings 'bên lề sự kiện' after the summit named do not make its attendee a mere bystander: he attends it",
			"Ông Putin sẽ thăm Trung Quốc 4 ngày, tham dự Hội nghị thượng đỉnh của Tổ chức Hợp tác Thượng Hải (SCO) tại Thiên Tân và gặp gỡ các nhà lãnh đạo quốc tế bên lề sự kiện.",
			[]string{"state_visit planned <nil> Tianjin: vladimir-putin", "summit planned <nil> Tianjin: vladimir-putin"}},
		{"an invitation made during a meeting ('Trong cuộc gặp tại ..., A mời B sớm thăm Việt Nam'): the meeting was held there that day; the visit is planned, to the country after its word, on no day",
			"Trong cuộc gặp tại Kuala Lumpur, Malaysia, ngày 26/10, Thủ tướng Phạm Minh Chính mời tân Thủ tướng Nhật Bản Takaichi Sanae sớm thăm chính thức Việt Nam vào thời gian thích hợp.",
			[]string{"bilateral held 2025-10-26 Kuala Lumpur: pham-minh-chinh sanae-takaichi", "state_visit planned <nil> VN: sanae-takaichi"}},
		{"a city's name after a building word in lower case, with the city told next, is the building's ('tại doanh trại Wellington ở thành phố London')",
			"Tối 28/10, tại doanh trại Wellington ở thành phố London, Đại tướng Phan Văn Giang - Bộ trưởng Bộ Quốc phòng, đã gặp song phương với ông Vernon Coaker - Quốc vụ khanh Quốc phòng Vương quốc Liên hiệp Anh.",
			[]string{"bilateral held 2025-10-28 London: phan-van-giang vernon-coaker"}},
		{"a sentence that opens on a summit's sidelines and a day ('Bên lề Hội nghị APEC, ngày 31/10, A gặp B') puts A at the summit that day; a sideline meeting told later in a sentence does not",
			"Bên lề Hội nghị Thượng đỉnh APEC 2025, ngày 31/10, Chủ tịch nước Lương Cường có cuộc gặp song phương với Thủ tướng Nhật Bản Takaichi Sanae. Tổng thống Mỹ Donald Trump đã gặp Chủ tịch Trung Quốc Tập Cận Bình ngày 30/10 bên lề Hội nghị G20.",
			[]string{"bilateral held 2025-10-30 <nil>: donald-trump xi-jinping", "bilateral held 2025-10-31 <nil>: luong-cuong sanae-takaichi", "summit held 2025-10-31 <nil>: luong-cuong"}},
		{"those met listed name first, offices after, between semicolons, are one meeting each; inviters so listed are not on the visit",
			"Chiều 18/9, tại Bắc Kinh, Đại tướng Phan Văn Giang đã gặp song phương Thượng tướng Đổng Quân, Bộ trưởng Quốc phòng Trung Quốc; Thượng tướng Khamlieng Outhakaysone, Bộ trưởng Quốc phòng Lào; Đại tướng Tea Seiha, Phó Thủ tướng Chính phủ, Bộ trưởng Quốc phòng Campuchia và Bộ trưởng Quốc phòng Mông Cổ Batlut Damba. Các chuyến thăm được thực hiện theo lời mời của Tổng thống Các Tiểu Vương quốc Ả Rập Thống nhất Mohamed bin Zayed Al Nahyan; Thủ tướng Nhà nước Qatar Sheikh Mohammed bin Abdulrahman bin Jasim Al-Thani; Hoàng Thái tử, Thủ tướng Vương quốc Saudi Arabia Mohammed Bin Salman.",
			[]string{"bilateral held 2025-09-18 Beijing: batlut-damba phan-van-giang", "bilateral held 2025-09-18 Beijing: dong-jun phan-van-giang", "bilateral held 2025-09-18 Beijing: khamlieng-outhakaysone phan-van-giang", "bilateral held 2025-09-18 Beijing: phan-van-giang tea-seiha"}},
		{"a meeting told on its last day with its length ('khép lại 2 ngày làm việc', 'bế mạc ... sau 3 ngày họp') is dated from its first day",
			"Ngày 23-11, Tổng thống Nam Phi Cyril Ramaphosa đã gõ búa khép lại 2 ngày làm việc của hội nghị thượng đỉnh G20. Ngày 28/10, Hội nghị Cấp cao ASEAN lần thứ 47 bế mạc tại Kuala Lumpur sau 3 ngày họp với sự tham dự của Thủ tướng Phạm Minh Chính.",
			[]string{"summit held 2025-10-26 Kuala Lumpur: pham-minh-chinh", "summit held 2025-11-22 <nil>: cyril-ramaphosa"}},
		{"a work trip to a country ('chuyến công tác tới Myanmar') is a visit there",
			"Bộ trưởng Ngoại giao Philippines Maria Theresa P. Lazaro thông tin về kết quả chuyến công tác tới Myanmar vào ngày 6-7/1.",
			[]string{"state_visit held 2025-01-06 MM: maria-theresa-p-lazaro"}},
		{"a date that ends a phrase before the comma and a verb of saying dates the phrase's event ('chuyến thăm Saudi Arabia năm 2024, khẳng định'); one set off by commas before the verb dates the saying",
			"Thủ tướng Phạm Minh Chính nhắc lại ấn tượng sâu sắc về chuyến thăm Saudi Arabia năm 2024, khẳng định Việt Nam luôn coi trọng quan hệ với Saudi Arabia. Ngoại trưởng Mỹ Marco Rubio, ngày 19/9, cho biết ông đã điện đàm với Ngoại trưởng Nga Sergei Lavrov.",
			[]string{"phone_call held <nil> <nil>: marco-rubio sergei-lavrov", "state_visit held 2024 SA: pham-minh-chinh"}},
		{"a provincial people's congress ('Ủy ban thường vụ Nhân đại tỉnh Vân Nam') is a body in a title, not a clause opened by 'nhân' nor a name 'Ủy'",
			"Chiều 14/8, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Bí thư Tỉnh ủy, Chủ nhiệm Ủy ban thường vụ Nhân đại tỉnh Vân Nam Vương Ninh; Phó Thủ tướng, Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn; Bộ trưởng Ngoại giao Thái Lan Maris Sangiampongsa.",
			[]string{"bilateral held 2025-08-14 <nil>: bui-thanh-son maris-sangiampongsa", "bilateral held 2025-08-14 <nil>: bui-thanh-son prak-sokhonn", "bilateral held 2025-08-14 <nil>: bui-thanh-son vuong-ninh"}},
		{"a sentence that opens on the meeting with one leader and names nobody else ('Tại cuộc gặp với X, hai bên ...') is the meeting of the leader the article's meetings follow; with no such leader it only adds to a meeting told",
			"Ngày 31/10, Chủ tịch nước Lương Cường gặp Thủ tướng Nhật Bản Takaichi Sanae. Chủ tịch nước Lương Cường cũng gặp Thủ tướng New Zealand Christopher Luxon. Tại cuộc gặp với Thủ tướng Malaysia Anwar Ibrahim, hai bên nhất trí thúc đẩy quan hệ.",
			[]string{"bilateral held 2025-10-31 <nil>: luong-cuong sanae-takaichi", "bilateral held <nil> <nil>: anwar-ibrahim luong-cuong", "bilateral held <nil> <nil>: christopher-luxon luong-cuong"}},
		{"'Lãnh đạo Việt Nam và Malaysia' are the leaders of both, who met at their press conference that day",
			"Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Malaysia Anwar Ibrahim. Lãnh đạo Việt Nam và Malaysia ngày 21/11 đồng chủ trì họp báo, công bố nâng cấp quan hệ hai nước.",
			[]string{"bilateral held 2025-11-21 <nil>: anwar-ibrahim to-lam"}},
		{"those who speak or act at a summit's opening or closing ceremony ('Tại lễ bế mạc, A chuyển giao ... cho B') attended it",
			"Hội nghị cấp cao APEC tại thành phố Gyeongju (Hàn Quốc) đã bế mạc. Tại lễ bế mạc sáng 1/11, Tổng thống Hàn Quốc Lee Jae Myung đã chuyển giao vai trò chủ nhà Năm APEC 2026 cho Chủ tịch Trung Quốc Tập Cận Bình.",
			[]string{"summit held <nil> Gyeongju: lee-jae-myung xi-jinping"}},
		{"talks planned during a visit under way take the visit's country and month ('Trong khuôn khổ chuyến thăm, dự kiến ... sẽ ... chào xã giao Tổng thống Filipe Nyusi'), also with a host whose country goes unsaid ('Chủ tịch Quốc hội Esperanca Bias')",
			"Phó Chủ tịch nước Võ Thị Ánh Xuân thăm chính thức Mozambique từ ngày 10 đến 13/9/2023. Trong khuôn khổ chuyến thăm, dự kiến Phó Chủ tịch nước Võ Thị Ánh Xuân sẽ hội đàm với Thủ tướng Mozambique Adriano Afonso Maleiane; chào xã giao Tổng thống Filipe Nyusi và Chủ tịch Quốc hội Esperanca Bias.",
			[]string{"bilateral planned 2023-09 MZ: esperanca-bias vo-thi-anh-xuan", "bilateral planned 2023-09 MZ: filipe-nyusi vo-thi-anh-xuan", "state_visit held 2023-09-10 MZ: adriano-afonso-maleiane vo-thi-anh-xuan"}},
		{"the subject of a plan goes on through its clauses ('sẽ hội đàm với A; chào xã giao B và C; gặp D'); a party written in lower case ('đảng Frelimo') is no part of a name",
			"Dự kiến Phó Chủ tịch nước Võ Thị Ánh Xuân sẽ hội đàm với Thủ tướng Mozambique Adriano Afonso Maleiane; chào xã giao Tổng thống Filipe Nyusi và Chủ tịch Quốc hội Esperanca Bias; gặp Tổng Thư ký đảng Frelimo Roque Silva.",
			[]string{"bilateral planned <nil> <nil>: adriano-afonso-maleiane vo-thi-anh-xuan", "bilateral planned <nil> <nil>: esperanca-bias vo-thi-anh-xuan", "bilateral planned <nil> <nil>: filipe-nyusi vo-thi-anh-xuan", "bilateral planned <nil> <nil>: roque-silva vo-thi-anh-xuan"}},
		{"a visit recalled with whose it was after it ('kể từ chuyến thăm năm 2007 của Tổng Bí thư Nông Đức Mạnh') is that leader's, not the subject's",
			"Thủ tướng Phạm Minh Chính là lãnh đạo Đảng và Chính phủ đầu tiên của nước ta tới thăm chính thức Brazil kể từ chuyến thăm năm 2007 của Tổng Bí thư Nông Đức Mạnh.",
			[]string{"state_visit held 2007 BR: nong-duc-manh", "state_visit held <nil> BR: pham-minh-chinh"}},
		{"a summit named by no organisation but with its day and place ('Hội nghị thượng đỉnh khẩn cấp ... được tổ chức tại Doha hôm 15/9') dates and places the summit its chair attended",
			"Theo Tân Hoa Xã, Hội nghị thượng đỉnh khẩn cấp giữa các nước Ả Rập và Hồi giáo được tổ chức tại Doha hôm 15/9 đã lên án mạnh mẽ cuộc tấn công gần đây của Israel vào Qatar. Trong một tuyên bố, Hội nghị thượng đỉnh do Quốc vương Qatar Sheikh Tamim bin Hamad Al Thani chủ trì mô tả cuộc tấn công của Israel vào khu dân cư ở Doha là một hành động xâm lược.",
			[]string{"summit held 2025-09-15 Doha: tamim-bin-hamad-al-thani"}},
		{"two named and then only 'tại' a summit (a photo's caption) attended it, with no meeting of their own; two doing something there met",
			"Thủ tướng Anh Keir Starmer và Chủ tịch Ủy ban châu Âu Ursula Von der Leyen tại hội nghị thượng đỉnh Cộng đồng Chính trị châu Âu, tại Tirana vào ngày 16/5/2025.",
			[]string{"summit held 2025-05-16 Tirana: keir-starmer ursula-von-der-leyen"}},
		{"a spaced dash between two organisations ('ASEAN - GCC') is one name, no cut between clauses (the summit beside the visit takes the month of the span both share: sharedSpans)",
			"Thủ tướng Chính phủ Phạm Minh Chính sẽ dự Hội nghị Cấp cao ASEAN - GCC và thăm Vương quốc Saudi Arabia từ ngày 18 - 20/10/2023.",
			[]string{"state_visit planned 2023-10-18 SA: pham-minh-chinh", "summit planned 2023-10 SA: pham-minh-chinh"}},
		{"'Tiếp đó' (next) opens a sentence and receives nobody; a meal with a leader ('buổi tiệc trưa với') is a meeting with him",
			"Tiếp đó, Tổng thống Hàn Quốc Lee Jae Myung đã có buổi tiệc trưa với Thủ tướng Trung Quốc Lý Cường. Tiếp đó, Tổng thống Philippines Rodrigo Duterte sẽ có cuộc hội kiến với Thủ tướng Chính phủ Nguyễn Xuân Phúc và chào xã giao Tổng Bí thư Nguyễn Phú Trọng.",
			[]string{"bilateral held <nil> <nil>: lee-jae-myung li-qiang", "bilateral planned <nil> <nil>: nguyen-phu-trong rodrigo-duterte", "bilateral planned <nil> <nil>: nguyen-xuan-phuc rodrigo-duterte"}},
		{"a prime minister who is also foreign minister ('Thủ tướng kiêm Bộ trưởng Ngoại giao Qatar') is one title, resolved to the one named later: the dated call is his",
			"Tối 9/3, Thủ tướng Chính phủ Phạm Minh Chính đã có cuộc điện đàm với Thủ tướng kiêm Bộ trưởng Ngoại giao Qatar và Tổng thống UAE. Tại cuộc điện đàm với Thủ tướng kiêm Bộ trưởng Ngoại giao Qatar Sheikh Mohammed bin Abdulrahman bin Jasim Al-Thani, Thủ tướng Chính phủ Phạm Minh Chính đã chuyển lời thăm hỏi.",
			[]string{"phone_call held 2025-03-09 <nil>: mohammed-bin-abdulrahman-bin-jassim-al-thani pham-minh-chinh"}},
		{"'<title> kiêm <title>' is one person, read with the second title ('Thủ tướng kiêm Bộ trưởng Tài chính Kuwait'): its first title is no other prime minister of the article",
			"Thủ tướng Israel Benjamin Netanyahu phát biểu. Ngày 5/3, Tổng thống Mỹ Donald Trump điện đàm với Thủ tướng kiêm Bộ trưởng Tài chính Kuwait về dầu mỏ.",
			nil},
		{"a date in an aside about a person (', người đã được chỉ định ... vào tháng 10/2019') is his story's, not the meeting's; 'Người phát ngôn' after a comma is a title",
			"Ngoại trưởng Nga Sergei Lavrov đã tuyên bố như vậy trong cuộc gặp với Thứ trưởng Bộ Ngoại giao Mỹ John Sullivan, người đã được chỉ định làm Đại sứ Mỹ tại Nga vào tháng 10/2019.",
			[]string{"bilateral held <nil> <nil>: john-sullivan sergei-lavrov"}},
		{"the summit that is the occasion of a planned meeting ('nhân dịp Hội nghị APEC ... cuối tháng này, ... sẽ gặp') is to come too",
			"Ông Trump cho biết nhân dịp Hội nghị thượng đỉnh Diễn đàn Hợp tác kinh tế châu Á-Thái Bình Dương (APEC) tại Gyeongju, Hàn Quốc cuối tháng này, Tổng thống Mỹ Donald Trump sẽ gặp Chủ tịch nước Trung Quốc Tập Cận Bình.",
			[]string{"bilateral planned 2025-06 Gyeongju: donald-trump xi-jinping", "summit planned 2025-06 Gyeongju: donald-trump"}},
		{"where an ambassador served ('kết thúc nhiệm kỳ công tác tại Việt Nam') is no place of the farewell call",
			"Chiều 10.1, Chủ tịch nước Võ Văn Thưởng tiếp bà Tredene Dobson, Đại sứ New Zealand đến chào từ biệt, kết thúc nhiệm kỳ công tác tại Việt Nam.",
			[]string{"bilateral held 2025-01-10 <nil>: tredene-dobson vo-van-thuong"}},
		{"a reception of a visitor by another host ('hội kiến ... đang thăm chính thức Việt Nam') shows the visit under way that day, not its first: a visit that only frames another event has no date (docs/ANNOTATION.md), even where a meeting of its month is dated",
			"Ngày 12/3, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Thủ tướng Nhật Bản Ishiba Shigeru đang thăm chính thức Việt Nam. Ngày 13/3, Thủ tướng Ishiba Shigeru gặp Chủ tịch Quốc hội Lào Saysomphone Phomvihane tại Hà Nội.",
			[]string{"bilateral held 2025-03-12 Hanoi: shigeru-ishiba tran-thanh-man", "bilateral held 2025-03-13 Hanoi: saysomphone-phomvihane shigeru-ishiba", "state_visit held <nil> Hanoi: shigeru-ishiba"}},
		{"a visit with no days of its own and the only meeting the text tells during it, with leaders of the visited country, are one event (docs/ANNOTATION.md); a visit told with its own days ('từ ngày 28-29/1') stays one of its own; so does one with another event",
			"Ngày 12/3, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Thủ tướng Nhật Bản Ishiba Shigeru đang thăm chính thức Việt Nam. Chiều 29/1, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Chủ tịch Hội đồng châu Âu António Costa đang có chuyến thăm chính thức Việt Nam từ ngày 28-29/1/2026.",
			[]string{"bilateral held 2025-03-12 Hanoi: shigeru-ishiba tran-thanh-man", "bilateral held 2026-01-29 Hanoi: antonio-costa tran-thanh-man", "state_visit held 2026-01-28 Hanoi: antonio-costa"}},
		{"two leaders shaking hands ('A bắt tay B') met; joining hands to work together ('bắt tay hợp tác') is no meeting",
			"Bộ trưởng Quốc phòng Afghanistan Mullah Muhammad Yaqoob bắt tay người đồng cấp Pakistan Khawaja Muhammad Asif sau khi hai bên đạt được thỏa thuận ngừng bắn tại Doha. Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone nhất trí bắt tay hợp tác trong lĩnh vực năng lượng.",
			[]string{"bilateral held <nil> Doha: khawaja-muhammad-asif mullah-muhammad-yaqoob"}},
		{"a draw ('lễ bốc thăm') and a poll ('cuộc thăm dò') are no visit: the talks stay talks, with no host country",
			"Tổng thống Mỹ Donald Trump gặp Tổng thống Mexico Claudia Sheinbaum. Cuộc thảo luận bên lề lễ bốc thăm World Cup là cuộc gặp đầu tiên giữa ông Trump và bà Sheinbaum. Theo cuộc thăm dò của Reuters, Thủ tướng Canada Mark Carney được 40% ủng hộ.",
			[]string{"bilateral held <nil> <nil>: claudia-sheinbaum donald-trump"}},
		{"what is reported after a verb of saying and its comma is a clause of its own: the speaker is no participant",
			"Ngày 5/8, người phát ngôn Điện Kremlin Dmitry Peskov cho biết, Tổng thống Nga Vladimir Putin và Thủ tướng Ấn Độ Narendra Modi đã có cuộc điện đàm.",
			[]string{"phone_call held <nil> <nil>: narendra-modi vladimir-putin"}},
		{"inviters listed after 'lãnh đạo các nước gồm:' are inviters each, not a meeting of their own",
			"Các chuyến thăm được thực hiện theo lời mời của lãnh đạo các nước gồm: Tổng thống Pháp Emmanuel Macron, Thủ tướng Anh Keir Starmer và Thủ tướng Đức Friedrich Merz.",
			nil},
		{"an organisation in a leader's title ('Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Mark Rutte') makes no summit of a call with him",
			"Ngày 3/4, Thủ tướng Anh Keir Starmer đã có cuộc điện đàm với Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Mark Rutte.",
			[]string{"phone_call held 2025-04-03 <nil>: keir-starmer mark-rutte"}},
		{"a summit spoken of in a call ('trao đổi về Hội nghị thượng đỉnh ...') is a topic, not a summit the two attended",
			"Ngày 4/3, Thủ tướng Nhật Bản Ishiba Shigeru điện đàm với Tổng thống Hàn Quốc Lee Jae Myung, trao đổi về Hội nghị thượng đỉnh Nhật - Hàn lần thứ 10 vào tháng 8.",
			[]string{"phone_call held 2025-03-04 <nil>: lee-jae-myung shigeru-ishiba"}},
		{"'nhân' of 'nhân dân' opens no occasion: a summit congratulated on after it was not attended",
			"Ngày 5/7, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Brazil Lula da Silva. Tại cuộc hội đàm, Thủ tướng Phạm Minh Chính chúc mừng những thành tựu của nhân dân Brazil và việc tổ chức thành công Hội nghị thượng đỉnh BRICS.",
			[]string{"bilateral held 2025-07-05 <nil>: luiz-inacio-lula-da-silva pham-minh-chinh"}},
		{"an envoy's sender ('Đặc phái viên của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình') sent him and did not come",
			"Ngày 3/2, Thủ tướng Phạm Minh Chính tiếp ông Vương Nghị, Đặc phái viên của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.",
			[]string{"bilateral held 2025-02-03 <nil>: pham-minh-chinh wang-yi"}},
		{"'hàng ngũ lãnh đạo Trung Quốc' is the leadership, not its leader",
			"Ngày 6/1, Tổng thống Hàn Quốc Lee Jae Myung có cuộc gặp với Thủ tướng Lý Cường, nhân vật quyền lực thứ hai trong hàng ngũ lãnh đạo Trung Quốc.",
			[]string{"bilateral held 2025-01-06 <nil>: lee-jae-myung li-qiang"}},
		{"'tiếp nhiên liệu' (refuelling) is no reception: one meeting with the two leaders of one country",
			"Ngày 14/5, Tổng thống Mỹ Donald Trump đã gặp Quốc vương Qatar Tamim bin Hamad Al Thani và Thủ tướng Qatar Mohammed bin Abdulrahman Al Thani khi chuyên cơ của ông dừng tiếp nhiên liệu tại Doha.",
			[]string{"bilateral held 2025-05-14 Doha: donald-trump mohammed-bin-abdulrahman-bin-jassim-al-thani tamim-bin-hamad-al-thani"}},
		{"three leaders of two countries at one table are two sides: talks, not a summit",
			"Ngày 9/4, Thủ tướng Phạm Minh Chính và Phó Thủ tướng Bùi Thanh Sơn đã có cuộc gặp với Thủ tướng Singapore Lawrence Wong.",
			[]string{"bilateral held 2025-04-09 <nil>: bui-thanh-son lawrence-wong pham-minh-chinh"}},
		{"a trip whose legs name their own days and places: each visit and the summit between them keep theirs (a dash in a name is its hyphen)",
			"Thủ tướng Phạm Minh Chính sẽ thăm chính thức Brazil từ ngày 3-5/7, dự Hội nghị Cấp cao Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) tại thủ đô Lima từ ngày 6-7/7 và thăm chính thức Peru từ ngày 8-9/7.",
			[]string{
				"state_visit planned 2025-07-03 BR: pham-minh-chinh",
				"state_visit planned 2025-07-08 Lima: pham-minh-chinh",
				"summit planned 2025-07-06 Lima: pham-minh-chinh",
			}},
		{"a summit between two legs of a trip is not in the first country visited",
			"Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước Kenya, Ethiopia, tham dự Hội nghị cấp cao Pháp ngữ lần thứ 20 và thăm chính thức Cộng hòa Pháp.",
			[]string{
				"state_visit planned <nil> ET: to-lam",
				"state_visit planned <nil> FR: to-lam",
				"state_visit planned <nil> KE: to-lam",
				"summit planned <nil> <nil>: to-lam",
			}},
		{"a visit recalled in an opening clause is the visit of the subject that follows it",
			"Nhắc lại những kỷ niệm tốt đẹp trong chuyến thăm Nhật Bản năm 2018, Chủ tịch nước Lương Cường cảm ơn nhân dân Nhật Bản.",
			[]string{"state_visit held 2018 JP: luong-cuong"}},
		{"the day of speaking at an event ('Ngày 16/6, phát biểu tại Hội nghị') is the event's; one whose role is praised ('vai trò của') is not there",
			"Ngày 16/6, phát biểu tại phiên họp cấp cao Đại hội đồng Liên hợp quốc tổ chức tại New York, Thủ tướng Anh Keir Starmer hoan nghênh vai trò của Tổng thống Pháp Emmanuel Macron.",
			[]string{"summit held 2025-06-16 New York: keir-starmer"}},
		{"a venue of Hanoi by its first words whose name goes on to another country ('tại Nhà Quốc hội Liên bang Australia') is that country's building, not Hanoi's",
			"Chiều ngày 12/9, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã chào xã giao Thủ tướng Australia Anthony Albanese tại Nhà Quốc hội Liên bang Australia.",
			[]string{"bilateral held 2025-09-12 AU: anthony-albanese bui-thanh-son"}},
		{"words of what kind of place a name is ('tại thành phố cảng Busan') keep it the place of 'tại'",
			"Cuộc gặp được lên kế hoạch vào ngày 26/11, tại thành phố cảng Busan, miền Nam Hàn Quốc, với sự tham gia của Ngoại trưởng Hàn Quốc Park Jin, người đồng cấp Nhật Bản Yoko Kamikawa và người đồng cấp Trung Quốc Vương Nghị.",
			[]string{"summit planned 2025-11-26 Busan: park-jin wang-yi yoko-kamikawa"}},
		{"the day of a speech told with where it was given ('ngày 12/2, phát biểu trong cuộc họp báo chung với', 'Hôm 20/10, phát biểu khi đến Brussels') is the day of that event",
			"Ngày 12/2, phát biểu trong cuộc họp báo chung với Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu ở Antakya, Ngoại trưởng Hy Lạp Nikos Dendias nhấn mạnh tình đoàn kết.",
			[]string{"bilateral held 2025-02-12 Antakya: mevlut-cavusoglu nikos-dendias"}},
		{"the day a leader comes home ('Chiều 20/8, ... đã về đến Hà Nội, kết thúc chuyến thăm') dates no event of the trip: its month, or the trip's span",
			"Chiều 20/8, chuyên cơ chở Thủ tướng Phạm Minh Chính đã về đến Hà Nội, kết thúc chuyến thăm chính thức Trung Quốc. Tối 2/12, Tổng Bí thư Tô Lâm đã về đến Hà Nội, kết thúc chuyến thăm cấp Nhà nước tới Lào và đồng chủ trì Cuộc gặp cấp cao với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith từ ngày 1 đến 2/12.",
			[]string{"state_visit held 2025-08 CN: pham-minh-chinh", "state_visit held 2025-12-01 LA: thongloun-sisoulith to-lam"}},
		{"a verb that shares the subject of a planned clause shares its plan ('sẽ hội đàm với A; hội kiến B')",
			"Dự kiến, Thủ tướng Christopher Luxon sẽ hội đàm với Thủ tướng Phạm Minh Chính; hội kiến Tổng Bí thư Tô Lâm.",
			[]string{"bilateral planned <nil> <nil>: christopher-luxon pham-minh-chinh", "bilateral planned <nil> <nil>: christopher-luxon to-lam"}},
		{"an invitation made during a call plans the visit, not the call ('Trong một cuộc điện đàm tháng trước, ông Tập đã mời ông Trump thăm')",
			"Trong một cuộc điện đàm tháng trước, Chủ tịch Trung Quốc Tập Cận Bình đã mời Tổng thống Mỹ Donald Trump thăm Trung Quốc.",
			[]string{"phone_call held 2025-05 <nil>: donald-trump xi-jinping"}},
		{"who is welcomed ('lễ đón Thủ tướng Nhật Bản') is no place; the welcome is the visit's, whoever invited, and its day is the visit's day within its span",
			"Thủ tướng Phạm Minh Chính đã chủ trì lễ đón Thủ tướng Nhật Bản Ishiba Shigeru thăm chính thức Việt Nam. Theo lời mời của Tổng Bí thư Tô Lâm, Tổng thống Indonesia Prabowo Subianto thăm cấp Nhà nước tới Việt Nam trong hai ngày 9-10/3. Lễ đón chính thức Tổng thống Prabowo Subianto diễn ra sáng 10/3 tại Phủ Chủ tịch do Chủ tịch nước Lương Cường chủ trì.",
			[]string{"state_visit held 2025-03-10 Hanoi: luong-cuong prabowo-subianto", "state_visit held <nil> Hanoi: pham-minh-chinh shigeru-ishiba"}},
		{"the sender of greetings ('lời chúc tốt đẹp của X') and a bare title chained to a name ('Tổng Bí thư, Chủ tịch nước Tập Cận Bình') are no one else at the table",
			"Ngày 4/9, tại cuộc hội đàm, Chủ tịch nước Lương Cường chuyển lời thăm hỏi thân tình, lời chúc tốt đẹp của Tổng Bí thư Tô Lâm tới Tổng Bí thư, Chủ tịch nước Tập Cận Bình.",
			[]string{"bilateral held 2025-09-04 <nil>: luong-cuong xi-jinping"}},
		{"a name, a dash and his title ('Kevin McCarthy - Chủ tịch Hạ viện Hoa Kỳ và ...') go on the list, they do not end the clause",
			"Ngày 19/9, Thủ tướng Phạm Minh Chính đã có cuộc gặp Hạ nghị sĩ Kevin McCarthy - Chủ tịch Hạ viện Hoa Kỳ và Hạ nghị sĩ Michael McCaul - Chủ tịch Ủy ban Đối ngoại Hạ viện Hoa Kỳ.",
			[]string{"summit held 2025-09-19 <nil>: kevin-mccarthy michael-mccaul pham-minh-chinh"}},
		{"a meeting recalled after 'kể từ' is the same people's meeting before, with its own day and place; 'Cuộc gặp diễn ra ... tại' places the meeting told",
			"Tổng thống Nga Vladimir Putin gặp Thủ tướng Ấn Độ Narendra Modi. Cuộc gặp diễn ra hôm nay tại thủ đô New Delhi. Đây là lần đầu hai lãnh đạo gặp mặt trực tiếp kể từ cuộc hội đàm bên lề hội nghị thượng đỉnh SCO tại thành phố Thiên Tân, Trung Quốc, hồi tháng 9/2024.",
			[]string{"bilateral held 2024-09 Tianjin: narendra-modi vladimir-putin", "bilateral held 2025-06-01 New Delhi: narendra-modi vladimir-putin"}},
		{"'người đồng cấp Ai Cập' is the one of that country the article names, whatever his post",
			"Bộ trưởng Ngoại giao Ai Cập Badr Abdelatty phát biểu tại Cairo. Ngày 18/3, Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan đã có cuộc hội đàm với người đồng cấp Ai Cập tại Cairo.",
			[]string{"bilateral held 2025-03-18 Cairo: badr-abdelatty hakan-fidan"}},
		{"the year a plan runs to ('đến năm 2030') dates no meeting",
			"Ngày 21/3, Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch Trung Quốc Tập Cận Bình. Hai nhà lãnh đạo đã ký vào tuyên bố chung về kế hoạch hợp tác then chốt đến năm 2030.",
			[]string{"bilateral held 2025-03-21 <nil>: vladimir-putin xi-jinping"}},
		{"a trailing 'trước khi' clause that opens on its meeting word is the sentence subject's; the late President whose mausoleum is visited is nobody met",
			"Chiều 12/5, Tổng thống Indonesia Prabowo Subianto vào Lăng viếng Chủ tịch Hồ Chí Minh trước khi có cuộc hội kiến Chủ tịch Quốc hội Trần Thanh Mẫn.",
			[]string{"bilateral held 2025-05-12 <nil>: prabowo-subianto tran-thanh-man"}},
		{"summit words joined by 'và' and held 'với' one leader are his and his guest's talks ('Hội nghị thượng đỉnh và Hội nghị thượng đỉnh mở rộng với Thủ tướng')",
			"Chiều 13/1, Tổng thống Hàn Quốc Lee Jae Myung tham dự Hội nghị thượng đỉnh và Hội nghị thượng đỉnh mở rộng với Thủ tướng Nhật Bản Takaichi Sanae.",
			[]string{"bilateral held 2025-01-13 <nil>: lee-jae-myung sanae-takaichi"}},
		{"a meeting discussed ('thảo luận về một cuộc gặp') or not yet confirmed ('chưa được xác nhận') is planned",
			"Hai bên đã có những cuộc thảo luận nghiêm túc về một cuộc gặp song phương giữa Tổng thống Donald Trump và Chủ tịch Tập Cận Bình. Cuộc gặp giữa Tổng thống Lee Jae Myung và Thủ tướng Ishiba Shigeru vẫn đang được sắp xếp và chưa được xác nhận.",
			[]string{"bilateral planned <nil> <nil>: donald-trump xi-jinping", "bilateral planned <nil> <nil>: lee-jae-myung shigeru-ishiba"}},
		{"a press conference is two leaders' meeting when they are named together before it, not one speaker's with those he names; 'tới nay' is no place",
			"Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin trong một cuộc họp báo ở Anchorage, Mỹ hồi tháng 8. Phát biểu tại cuộc họp báo ở Kuala Lumpur, Ngoại trưởng Malaysia Mohamad Hasan nói về Thủ tướng Ấn Độ Narendra Modi. Tới nay Bắc Kinh chưa công bố chi tiết cuộc gặp giữa Chủ tịch Tập Cận Bình và Tổng thống Pháp Emmanuel Macron.",
			[]string{"bilateral held 2025-08 Anchorage: donald-trump vladimir-putin", "bilateral held <nil> <nil>: emmanuel-macron xi-jinping"}},
		{"the seat of an office ('tại Phủ Tổng thống') is a building, not its holder at the table",
			"Sáng 1/8, tại Phủ Tổng thống ở thủ đô New Delhi, Thủ tướng Ấn Độ Narendra Modi đã chủ trì Lễ đón chính thức Thủ tướng Phạm Minh Chính. Tổng thống Ấn Độ Droupadi Murmu tiếp Thủ tướng Phạm Minh Chính.",
			[]string{"bilateral held 2025-08 New Delhi: droupadi-murmu pham-minh-chinh", "state_visit held 2025-08-01 New Delhi: narendra-modi pham-minh-chinh"}},
		{"an opening invitation ('Nhận lời mời của A, B và C, ... D lên đường thăm') names inviters up to the guest, whatever titles they carry; each sender of greetings is no participant",
			"Nhận lời mời của Tổng thống Cộng hòa Indonesia, Chủ tịch Đảng Gerindra Prabowo Subianto, Tổng Thư ký ASEAN Kao Kim Hourn và Thủ tướng Cộng hòa Singapore Lawrence Wong, sáng 9/3, Tổng Bí thư Tô Lâm lên đường thăm cấp Nhà nước Indonesia và thăm chính thức Singapore. Tại cuộc gặp ngày 10/3, Thủ tướng Phạm Minh Chính chuyển lời thăm hỏi của Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Võ Văn Thưởng và Chủ tịch Quốc hội Vương Đình Huệ tới Thủ tướng Narendra Modi.",
			[]string{"bilateral held 2025-03-10 <nil>: narendra-modi pham-minh-chinh", "state_visit planned 2025-03 ID: to-lam", "state_visit planned 2025-03 Singapore: to-lam"}},
		{"the date before 'theo Đài NHK' is the report's; 'Cuộc điện đàm diễn ra ngày 25-10' dates the call; a reporter's city ('Theo phóng viên TTXVN tại Pretoria') is no venue",
			"Ngày 26-10, theo Đài NHK, Thủ tướng Nhật Bản Takaichi Sanae có cuộc điện đàm với Tổng thống Mỹ Donald Trump. Cuộc điện đàm diễn ra ngày 25-10. Theo phóng viên TTXVN tại Pretoria, chiều 14/9, Phó Chủ tịch nước Võ Thị Ánh Xuân đã gặp Tổng thống Nam Phi Cyril Ramaphosa.",
			[]string{"bilateral held 2025-09-14 <nil>: cyril-ramaphosa vo-thi-anh-xuan", "phone_call held 2025-10-25 <nil>: donald-trump sanae-takaichi"}},
		{"an assessment of a meeting held ('đánh giá về cuộc gặp với ông Trump') does not make it planned",
			"Tổng thống Nga Vladimir Putin nêu đánh giá tích cực về cuộc gặp với Tổng thống Mỹ Donald Trump tại Alaska.",
			[]string{"bilateral held <nil> Alaska: donald-trump vladimir-putin"}},
		{"a date given again in home time ('chiều 9/11 theo giờ địa phương (rạng sáng 10/11 theo giờ Việt Nam)') is not the event's; the one date of a call in home time is",
			"Theo đặc phái viên TTXVN, vào lúc 10h chiều 3/5 theo giờ địa phương (rạng sáng 4/5 theo giờ Việt Nam), chuyên cơ chở Thủ tướng Phạm Minh Chính và đoàn đại biểu cấp cao Việt Nam đã tới sân bay quốc tế ở thủ đô Brasilia, bắt đầu chuyến thăm chính thức Brazil. 20 giờ ngày 2-7 (giờ Việt Nam), Tổng Bí thư Tô Lâm đã có cuộc điện đàm với Tổng thống Mỹ Donald Trump.",
			[]string{"phone_call held 2025-07-02 <nil>: donald-trump to-lam", "state_visit held 2025-05-03 Brasilia: pham-minh-chinh"}},
		{"'theo lời mời từ' names an inviter, no one on the visit",
			"Tổng thống Iran Masoud Pezeshkian dự kiến sẽ thăm Doha theo lời mời từ Quốc vương Qatar Tamim bin Hamad Al Thani.",
			[]string{"state_visit planned <nil> Doha: masoud-pezeshkian"}},
		{"a summit the subject has left ('Sau khi kết thúc ... tham dự Hội nghị Thượng đỉnh G20 tại Brazil, ...') is his, besides the visit he goes on to",
			"Sau khi kết thúc tham dự Hội nghị Thượng đỉnh BRICS tại Brazil, tối 8/7, Thủ tướng Phạm Minh Chính đã tới La Habana, bắt đầu thăm chính thức Cuba.",
			[]string{"state_visit held 2025-07-08 Havana: pham-minh-chinh", "summit held <nil> BR: pham-minh-chinh"}},
		{"a meeting hoped for ('mong muốn được chào đón X tới') or being arranged ('đang được xúc tiến tổ chức') is planned",
			"Thủ tướng Ấn Độ Narendra Modi bày tỏ mong muốn được chào đón Tổng thống Nga Vladimir Putin tới Ấn Độ để dự Hội nghị thượng đỉnh thường niên. Cuộc hội đàm giữa Tổng thống Lee Jae Myung và Thủ tướng Takaichi Sanae đang được hai bên xúc tiến tổ chức vào tháng 1 năm sau.",
			[]string{"bilateral planned 2026-01 <nil>: lee-jae-myung sanae-takaichi", "summit planned <nil> IN: narendra-modi vladimir-putin"}},
		{"the Pacific ('châu Á - Thái Bình Dương') is no place in Vietnam",
			"Ngoại trưởng Nga Sergei Lavrov có cuộc gặp với Ngoại trưởng Trung Quốc Vương Nghị để trao đổi về tình hình khu vực châu Á - Thái Bình Dương.",
			[]string{"bilateral held <nil> <nil>: sergei-lavrov wang-yi"}},
		{"a meeting denied ('không gặp', 'không có kế hoạch gặp') is none",
			"Thủ tướng Trung Quốc Lý Cường không gặp Thủ tướng Nhật Bản Takaichi Sanae tại G20. Tổng thống Nga Vladimir Putin không có kế hoạch gặp Tổng thống Pháp Emmanuel Macron.",
			nil},
		{"receiving credentials ('nhận Quốc thư từ Đại sứ') is a meeting with the ambassador",
			"Chủ tịch nước Lương Cường nhận Quốc thư từ Đại sứ Qatar Khalid Ali Abdullah Abel hôm 24/5.",
			[]string{"bilateral held 2025-05-24 <nil>: khalid-ali-abdullah-abel luong-cuong"}},
		{"a visit recalled over a span, named with its visitor after 'của', is his whoever speaks of it",
			"Tiếp Đại sứ Hàn Quốc Choi Young Sam ngày 20/5, Bộ trưởng Lương Tam Quang nhấn mạnh chuyến thăm cấp Nhà nước của Tổng Bí thư Tô Lâm tới Hàn Quốc từ ngày 13-18/8/2024 đã thành công tốt đẹp.",
			[]string{"bilateral held 2025-05-20 <nil>: choi-young-sam luong-tam-quang", "state_visit held 2024-08-13 KR: to-lam"}},
		{"several hosts with 'các buổi/cuộc tiếp' one guest: one reception each",
			"Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường có các cuộc tiếp Thủ tướng Lào Sonexay Siphandone.",
			[]string{"bilateral held <nil> <nil>: luong-cuong sonexay-siphandone", "bilateral held <nil> <nil>: sonexay-siphandone to-lam"}},
		{"a visit recalled by its visitor, who is the subject of the sentence",
			"Thủ tướng Séc Petr Fiala hội đàm với Thủ tướng Phạm Minh Chính ngày 20/5 tại Prague và chia sẻ ấn tượng tốt đẹp về chuyến thăm chính thức Việt Nam vào năm 2023.",
			[]string{
				"bilateral held 2025-05-20 Prague: petr-fiala pham-minh-chinh",
				"state_visit held 2023 VN: petr-fiala",
			}},
		{"a meeting told 'trước đó một ngày' (the day before) is dated from the day told last",
			"Tổng thống Argentina Javier Milei phát biểu tại Liên Hợp Quốc ngày 24/5/2025. Trong cuộc hội đàm với Tổng thống Argentina Javier Milei trước đó một ngày, Tổng thống Mỹ Donald Trump cho biết Mỹ sẽ giúp đỡ Argentina.",
			[]string{"bilateral held 2025-05-23 <nil>: donald-trump javier-milei"}},
		{"'một ngày trước khi' counts from what follows 'khi', so it gives no day",
			"Ngày 24/5/2025, Tổng thống Mỹ Donald Trump hội đàm với Tổng thống Argentina Javier Milei, một ngày trước khi ông về nước.",
			[]string{"bilateral held 2025-05-24 <nil>: donald-trump javier-milei"}},
		{"a press conference held with a leader ('cuộc họp báo chung với người đồng cấp X') is a meeting of the speaker and him (pressWith)",
			"Ngày 13/5, tại cuộc họp báo chung với người đồng cấp Venezuela Nicolas Maduro ở Caracas, Tổng thống Iran Ebrahim Raisi cho biết hai nước đã ký 19 văn kiện.",
			[]string{"bilateral held 2025-05-13 Caracas: ebrahim-raisi nicolas-maduro"}},
		{"'trong cuộc họp báo ở Tokyo cùng với Thủ tướng X': the speaker met him there (pressWith)",
			"Phát biểu trong cuộc họp báo ở Tokyo cùng với Thủ tướng Nhật Bản Kishida Fumio, Tổng thống Mỹ Joe Biden nói IPEF là một khuôn khổ mở.",
			[]string{"bilateral held <nil> Tokyo: fumio-kishida joe-biden"}},
		{"one an assembly elects ('bầu cựu Ngoại trưởng Đức Annalena Baerbock làm Chủ tịch') is not said to take part (electedBy)",
			"Đại hội đồng Liên hợp quốc cũng đã bầu cựu Ngoại trưởng Đức Annalena Baerbock làm Chủ tịch Đại hội đồng Liên hợp quốc.",
			nil},
		{"'Hội nghị cũng tái bầu bà Louise Mushikiwabo làm Tổng thư ký': the one re-elected (electedBy)",
			"Hội nghị cũng tái bầu bà Louise Mushikiwabo làm Tổng thư ký OIF nhiệm kỳ tiếp theo.",
			nil},
		{"one who reports ('cho biết') on a summit named after his verb is not said to attend it (speaksOfSummitAhead)",
			"Bộ trưởng Bộ Ngoại giao Uzbekistan Vladimir Norov cho biết tại hội nghị thượng đỉnh SCO ở Samarkand sẽ ký các biên bản ghi nhớ với Ai Cập, Qatar và Saudi Arabia.",
			nil},
		{"'X bày tỏ hy vọng thỏa thuận sẽ được ký trong khuôn khổ hội nghị cấp cao ASEAN': the hope's speaker (speaksOfSummitAhead)",
			"Ngoại trưởng Malaysia Mohamad Hasan bày tỏ hy vọng thỏa thuận này sẽ được ký trong khuôn khổ hội nghị cấp cao ASEAN tại Kuala Lumpur từ ngày 26 đến 28/10.",
			nil},
		{"one who speaks at a summit ('phát biểu tại Hội nghị Cấp cao ASEAN') attended it",
			"Thủ tướng Timor-Leste Xanana Gusmão phát biểu tại Hội nghị Cấp cao ASEAN lần thứ 47 hôm 26/5.",
			[]string{"summit held 2025-05-26 <nil>: xanana-gusmao"}},
		{"'bày tỏ hy vọng sẽ tổ chức hội nghị thượng đỉnh tiếp theo với X': the speaker's own summit with X",
			"Tổng thống Nga Vladimir Putin bày tỏ hy vọng sẽ tổ chức hội nghị thượng đỉnh tiếp theo với Chủ tịch Triều Tiên Kim Jong-un ở Moskva.",
			[]string{"bilateral planned <nil> Moscow: kim-jong-un vladimir-putin"}},
		{"'X cho biết ông sẽ tham dự hội nghị thượng đỉnh': he will attend",
			"Tổng thống Nga Vladimir Putin cho biết ông sẽ tham dự hội nghị thượng đỉnh BRICS tại Kazan.",
			[]string{"summit planned <nil> Kazan: vladimir-putin"}},
		{"'Nhân dịp tháp tùng X thăm ...,' opens on the trip of the one accompanied: the talks after it are the companion's, without him (accompanyingFrame)",
			"Nhân dịp tháp tùng Tổng Bí thư, Chủ tịch nước Tô Lâm thăm cấp Nhà nước tới Cộng hoà Cuba, sáng 27/9, tại Thủ đô La Habana, Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội đàm với Bộ trưởng Bộ Nội vụ Cuba Lázaro Alberto Álvarez Casas.",
			[]string{"bilateral held 2025-09-27 Havana: lazaro-alberto-alvarez-casas luong-tam-quang", "state_visit held <nil> Havana: to-lam"}},
		{"after the source, 'nhân dịp tháp tùng X thăm, làm việc tại Lào và tham dự Hội nghị ...,': the summit he came for takes the companion's day, the trip none (accompanyingFrame)",
			"Theo phóng viên TTXVN tại Vientiane, nhân dịp tháp tùng Chủ tịch Quốc hội Vương Đình Huệ thăm, làm việc tại Lào và tham dự Hội nghị Cấp cao Quốc hội 3 nước Campuchia-Lào-Việt Nam lần thứ nhất, ngày 6/12, Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an đã hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong tại thủ đô Vientiane.",
			[]string{"bilateral held 2025-12-06 Vientiane: luong-tam-quang vilay-lakhamphong", "state_visit held <nil> Vientiane: vuong-dinh-hue", "summit held 2025-12-06 Vientiane: vuong-dinh-hue"}},
		{"a recalled visit whose visitor and host are named together after it ('Trong chuyến thăm chính thức Anh tháng 3/2008, Thủ tướng A và Thủ tướng B đã ra Tuyên bố chung'): both (hostBeside)",
			"Trong chuyến thăm chính thức Anh tháng 3/2008, Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Gordon Brown đã ra Tuyên bố chung về quan hệ hai nước.",
			[]string{"state_visit held 2008-03 GB: gordon-brown nguyen-tan-dung"}},
		{"greetings passed on between leaders ('chuyển lời thăm hỏi thân thiết giữa A, B và C') name no one at the meeting (passedOnFrom)",
			"Chiều 5/3, Phó Thủ tướng Trần Hồng Hà hội kiến Phó Chủ tịch Trung Quốc Hàn Chính. Tại cuộc hội kiến, hai bên cùng chuyển lời thăm hỏi thân thiết giữa Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường và Tổng Bí thư, Chủ tịch nước Tập Cận Bình.",
			[]string{"bilateral held 2025-03-05 <nil>: han-zheng tran-hong-ha"}},
		{"'chuyển lời thăm hỏi và chúc mừng năm mới của A, B và C tới X': the senders are not on the call (passedOnFrom)",
			"Trong điện đàm với Thủ tướng Lào Phankham Viphavanh ngày 12/4, Thủ tướng Phạm Minh Chính trân trọng chuyển lời thăm hỏi và chúc mừng năm mới của Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Nguyễn Xuân Phúc và Chủ tịch Quốc hội Vương Đình Huệ tới Thủ tướng Lào.",
			[]string{"phone_call held 2025-04-12 <nil>: pham-minh-chinh phankham-viphavanh"}},
		{"'hai nhà lãnh đạo Mỹ và Thổ Nhĩ Kỳ' are the leaders of those two countries, not the article's principal pair (pairCountries, pairOf)",
			"Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan và Tổng thống Nga Vladimir Putin sẽ gặp nhau ngày 12/4 tại Ankara. Tổng thống Mỹ Donald Trump cũng quan tâm tới Syria. Trước đó, ngày 11/4, hai nhà lãnh đạo Mỹ và Thổ Nhĩ Kỳ đã điện đàm thảo luận về cuộc khủng hoảng tại Syria.",
			[]string{"bilateral planned 2025-04-12 Ankara: recep-tayyip-erdogan vladimir-putin", "phone_call held 2025-04-11 <nil>: donald-trump recep-tayyip-erdogan"}},
		{"those who sat in on a reception ('Cùng dự buổi tiếp có các đồng chí: A; B; các đồng chí Ủy viên ...') are of one side by the names, whoever a plural's titles may read as (delegationOf, namedIn)",
			"Chiều 9/2, Bí thư Tỉnh ủy Thanh Hóa Nguyễn Doãn Anh tiếp Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn Phút Phăn Kẹo Vông Xay. Cùng dự buổi tiếp có các đồng chí: Nguyễn Hoài Anh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.",
			[]string{"bilateral held 2025-02-09 Thanh Hoa: nguyen-doan-anh phut-phan-keo-vong-xay"}},
		{"'Tham gia buổi hội kiến về phía đoàn ... có đồng chí A; đồng chí B': one side's list, no meeting of its own (delegationOf, sideBeforeList)",
			"Chiều 29/10, Bí thư Tỉnh ủy Lào Cai Trịnh Việt Hùng hội kiến Bí thư Khu ủy Quảng Tây Vương Ninh. Tham gia buổi hội kiến về phía đoàn công tác của tỉnh Lào Cai có đồng chí Phạm Toàn Thắng - Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Dương Đức Huy - Trưởng Ban Tuyên giáo Tỉnh uỷ; đồng chí Nguyễn Thành Sinh - Phó Chủ tịch UBND tỉnh.",
			[]string{"bilateral held 2025-10-29 Lao Cai: trinh-viet-hung vuong-ninh"}},
		{"'Dự kiến ...' opens a plan, not a list of those who sat in (delegationOf)",
			"Dự kiến Ngoại trưởng Nhật Bản Yoshimasa Hayashi sẽ có cuộc hội kiến Thủ tướng Trung Quốc Lý Cường và Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương Vương Nghị.",
			[]string{"bilateral planned <nil> <nil>: li-qiang wang-yi yoshimasa-hayashi"}},
		{"two leaders who witness documents handed over ('A và B chứng kiến lễ trao biên bản thỏa thuận') met there (handOverAfter)",
			"Ngày 11/8, tại Seoul, Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung chứng kiến lễ trao biên bản thỏa thuận tăng cường hợp tác giữa UBND thành phố Đà Nẵng và thành phố Pyeongtaek (Hàn Quốc).",
			[]string{"bilateral held 2025-08-11 Seoul: lee-jae-myung to-lam"}},
		{"one leader who witnesses an award handed over ('chứng kiến trao tặng') meets no one by it",
			"Chủ tịch nước Lương Cường chứng kiến trao tặng Huân chương Lao động cho các tập thể.",
			nil},
		{"'A chào B', a leader right before and after the greeting word, is a courtesy call (courtesyCall)",
			"Sau đó, Đại sứ Phạm Sanh Châu chào Thủ tướng Nepal K.P. Sharma Oli.",
			[]string{"bilateral held <nil> <nil>: k-p-sharma-oli pham-sanh-chau"}},
		{"'A sẽ chào B, hội kiến với C và D': one meeting with each (courtesyCall, verbObjects)",
			"Dự kiến trong ngày hôm nay, sau lễ đón và hội đàm với Chủ tịch nước Võ Văn Thưởng, Tổng thống Hàn Quốc Yoon Suk Yeol sẽ chào Tổng Bí thư Nguyễn Phú Trọng, hội kiến với Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ.",
			[]string{"bilateral planned 2025-06-01 <nil>: nguyen-phu-trong yoon-suk-yeol", "bilateral planned 2025-06-01 <nil>: pham-minh-chinh yoon-suk-yeol", "bilateral planned 2025-06-01 <nil>: vuong-dinh-hue yoon-suk-yeol"}},
		{"a crowd that waves to a leader ('vẫy chào') meets no one (courtesyCall)",
			"Người dân vẫy chào Thủ tướng Phạm Minh Chính tại sân bay.",
			nil},
		{"'Trong chuyến thăm này, A và B chứng kiến ...': the visitor and the host join the visit the article tells, on the day given (both-sides-on-this-visit)",
			"Thủ tướng Campuchia Hun Sen thăm chính thức Việt Nam. Trong chuyến thăm này, Thủ tướng Hun Sen và Thủ tướng Nguyễn Xuân Phúc chứng kiến lễ ký kết một số văn kiện trong sáng 4/10.",
			[]string{"state_visit held 2025-10-04 VN: hun-sen nguyen-xuan-phuc"}},
		{"'người đồng cấp nước chủ nhà X' names the host country's counterpart, whose name the lexicon need not know (described)",
			"Tổng thống Brazil Lula da Silva hội đàm với người đồng cấp nước chủ nhà Marcelo Rebelo de Sousa.",
			[]string{"bilateral held <nil> <nil>: luiz-inacio-lula-da-silva marcelo-rebelo-de-sousa"}},
		{"'cuộc thảo luận của A với người đồng cấp B' is their meeting, on the visit A is making (cues.tsv: cuộc thảo luận)",
			"Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đang có chuyến thăm Nga. Một trong những trọng tâm trong cuộc thảo luận của ông Erdogan với người đồng cấp Nga Vladimir Putin là về thoả thuận ngũ cốc.",
			[]string{"state_visit held <nil> RU: recep-tayyip-erdogan vladimir-putin"}},
		{"'cuộc đối thoại ... giữa A và người đồng cấp B' is their meeting (cues.tsv: cuộc đối thoại)",
			"Đáng chú ý là cuộc đối thoại lần đầu tiên giữa Bộ trưởng Ngoại giao Nhật Bản Yoko Kamikawa và người đồng cấp Trung Quốc Vương Nghị nhằm cải thiện quan hệ.",
			[]string{"bilateral held <nil> <nil>: wang-yi yoko-kamikawa"}},
		{"'Hiện chưa có kế hoạch cho cuộc gặp giữa A và B': no plan yet is no meeting (cues.tsv: chưa có kế hoạch, negation)",
			"Ông nói: “Chúng tôi chưa đạt được thỏa hiệp nào. Hiện chưa có kế hoạch cho cuộc gặp giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump”.",
			nil},
		{"a leader told going to a foreign country with no visit word ('ông X sẽ tới Lào', 'đã đến Trung Quốc') visits it (goesAbroad)",
			"Sau đó, ngày 5/9, Tổng thống Hàn Quốc Moon Jae-in sẽ tới Lào. Thủ tướng Hungary Viktor Orban đã đến Trung Quốc vào sáng 8/7.",
			[]string{"state_visit held 2025-07-08 CN: viktor-orban", "state_visit planned 2025-09-05 LA: moon-jae-in"}},
		{"a leader going abroad in a sentence with a meeting word goes to that meeting: no visit of its own (goesAbroad)",
			"Thủ tướng Malaysia Anwar Ibrahim đã tới Lào để tham dự Hội nghị Cấp cao ASEAN lần thứ 44.",
			[]string{"summit held <nil> LA: anwar-ibrahim"}},
		{"a forum of states named as data ('Diễn đàn Hương Sơn', organizations.tsv) is the summit its occasion names, held where the clause places it",
			"Nhân dịp tham dự Diễn đàn Hương Sơn Bắc Kinh lần thứ 12 và làm việc tại Trung Quốc, ngày 18/9, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Trung Quốc Đổng Quân.",
			[]string{"bilateral held 2025-09-18 Beijing: dong-jun phan-van-giang", "summit held 2025-09-18 Beijing: phan-van-giang"}},
		{"'Tuần lễ cấp cao APEC' is a summit (cues.tsv: tuần lễ cấp cao), of the year named with it (namedYear)",
			"Chủ tịch nước Lương Cường lên đường tham dự Tuần lễ cấp cao APEC 2025 tại Hàn Quốc.",
			[]string{"summit planned 2025 KR: luong-cuong"}},
		{"an embassy ('tại trụ sở Đại sứ quán Việt Nam ở thủ đô Moskva') is a building, no ambassador: the city after it places the reception (titled)",
			"Chiều 17/2, tại trụ sở Đại sứ quán Việt Nam ở thủ đô Moskva, Đại sứ Việt Nam tại Nga Đặng Minh Khôi đã có buổi tiếp thân mật ông Evgeny Grigoriev, Chủ nhiệm Ủy ban Đối ngoại thành phố St. Petersburg nhân dịp đầu Xuân Bính Ngọ.",
			[]string{"bilateral held 2025-02-17 Moscow: dang-minh-khoi evgeny-grigoriev"}},
		{"the city of a guest's office ('Chủ nhiệm Ủy ban Đối ngoại thành phố St. Petersburg') is where he serves, not where he was received (onlyCity)",
			"Chiều 17/2, tại Đại sứ quán Việt Nam tại Nga, Đại sứ Đặng Minh Khôi đã tiếp ông Evgeny Grigoriev, Chủ nhiệm Ủy ban Đối ngoại thành phố St. Petersburg.",
			[]string{"bilateral held 2025-02-17 RU: dang-minh-khoi evgeny-grigoriev"}},
		{"a city come home to ('về tới Hà Nội') places none of the trip's meetings (onlyCity, cameHomeTo)",
			"Thủ tướng Phạm Minh Chính đã hội kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith. Chiều 10/10, Thủ tướng Phạm Minh Chính về tới Hà Nội, kết thúc tốt đẹp chuyến công tác tại Lào.",
			[]string{"bilateral held <nil> <nil>: pham-minh-chinh thongloun-sisoulith"}},
		{"the party's seat abbreviated ('tại trụ sở T.Ư Đảng', venues.tsv) is in Hanoi",
			"Ngay sau lễ đón, Tổng Bí thư Tô Lâm cùng Đoàn đại biểu cấp cao Việt Nam và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith cùng Đoàn đại biểu cấp cao Lào tiến hành hội đàm tại trụ sở T.Ư Đảng.",
			[]string{"state_visit held <nil> Hanoi: thongloun-sisoulith to-lam"}},
		{"a summit told with no place takes the place of the meeting its sentence tells on its sidelines that day (sidelinePlaces)",
			"Ngày 13/5 (giờ địa phương), nhân dịp dự Hội nghị Cấp cao đặc biệt ASEAN - Mỹ, Thủ tướng Phạm Minh Chính đã gặp Giám đốc Cơ quan Phát triển Quốc tế Mỹ (USAID) Samantha Power. Sáng 13/5 (theo giờ địa phương), tại Washington D.C.(Hoa Kỳ), Thủ tướng Phạm Minh Chính tiếp bà Samatha Power, Giám đốc USAID.",
			[]string{"bilateral held 2025-05-13 Washington: pham-minh-chinh samantha-power", "summit held 2025-05-13 Washington: pham-minh-chinh"}},
		{"a Vietnamese place's name told with a foreign country ('tỉnh Hà Nam (Trung Quốc)') is the foreign namesake, Henan, and places no meeting in Vietnam's Hà Nam (namesakeAbroad)",
			"Chiều 25/8, tại trụ sở Bộ Công Thương, Thứ trưởng Bộ Công Thương Phan Thị Thắng đã có buổi làm việc với Phó Tỉnh trưởng Chính quyền nhân dân tỉnh Hà Nam (Trung Quốc) Trương Mẫn trong khuôn khổ chuyến thăm của đoàn đại biểu tới Việt Nam. Chuyến thăm của lãnh đạo tỉnh Hà Nam sẽ góp phần tăng cường hiểu biết.",
			[]string{"bilateral held 2025-08-25 Hanoi: phan-thi-thang truong-man"}},
		{"a meeting's name that ends with its city ('bên lề Hội nghị an ninh Munich đang diễn ra tại Đức') places the meetings on its sidelines there (cityEndingEvent, summitNameCity)",
			"Ngày 13/2, Thủ tướng Đức Friedrich Merz và Ngoại trưởng Mỹ Marco Rubio đã có cuộc gặp bên lề Hội nghị an ninh Munich đang diễn ra tại Đức để thảo luận về tình hình Ukraine.",
			[]string{"bilateral held 2025-02-13 Munich: friedrich-merz marco-rubio", "summit held 2025-02-13 Munich: friedrich-merz marco-rubio"}},
		{"an organisation named after a city it is no meeting of ('Tổ chức Hợp tác Thượng Hải') places nothing (cityEndingEvent)",
			"Ngày 1/9, bên lề Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Ấn Độ Narendra Modi.",
			[]string{"bilateral held 2025-09-01 <nil>: narendra-modi pham-minh-chinh"}},
		{"a city that ends a meeting's name the lexicon does not know ('Diễn đàn Kinh tế quốc tế St. Petersburg lần thứ 28') places the meeting told on its occasion (endsEventName)",
			"Ngày 19/6, nhân dịp tham dự Diễn đàn Kinh tế quốc tế St. Petersburg lần thứ 28, Phó Thủ tướng Trần Hồng Hà đã hội kiến Tổng thống Nga Vladimir Putin.",
			[]string{"bilateral held 2025-06-19 Saint Petersburg: tran-hong-ha vladimir-putin"}},
		{"the occasion's city ('nhân dịp tham dự Diễn đàn Ngoại giao Antalya') places a meeting its clause placed in that city's country only ('tại Thổ Nhĩ Kỳ') (occasions, endsEventName)",
			"Trước đó, Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Ukraine Dmytro Kuleba đã có cuộc gặp tại Thổ Nhĩ Kỳ ngày 10/3, nhân dịp tham dự Diễn đàn Ngoại giao Antalya. Ông Erdogan muốn tổ chức cuộc gặp giữa hai Tổng thống tại Istanbul.",
			[]string{"bilateral held 2025-03-10 Antalya: dmytro-kuleba sergei-lavrov"}},
		{"an office's country after a meeting's word ('Hội nghị Thượng đỉnh với Thủ tướng Singapore') ends no meeting's name (endsEventName)",
			"Ngày 5/3, Tổng thống Indonesia Prabowo Subianto dự Hội nghị Thượng đỉnh với Thủ tướng Singapore Lawrence Wong.",
			[]string{"bilateral held 2025-03-05 <nil>: lawrence-wong prabowo-subianto"}},
		{"a bare seat of office of the host ('tại Phủ Tổng thống', Korea's president) is in the city venues.tsv gives it with the host's name, 'Phủ Tổng thống Hàn Quốc' (foreignSeatPlaces, seatCity)",
			"Sáng nay (11/8) theo giờ địa phương tại Phủ Tổng thống, Tổng thống Lee Jae Myung chủ trì lễ đón trọng thể Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Hàn Quốc.",
			[]string{"state_visit held 2025-08-11 Seoul: lee-jae-myung to-lam"}},
		{"where a plane landed ('hạ cánh xuống thành phố Thiên Tân') is where its passenger went, as a place gone to is (afterMotionWord)",
			"Chuyên cơ chở Tổng thống Nga Vladimir Putin đã hạ cánh xuống thành phố Thiên Tân sáng nay (31/8) để dự Hội nghị thượng đỉnh SCO.",
			[]string{"summit held 2025-08-31 Tianjin: vladimir-putin"}},
		{"so is where a visitor set foot ('đặt chân xuống thành phố Kazan') (afterMotionWord)",
			"Sáng 22/10, Thủ tướng Ấn Độ Narendra Modi đã đặt chân xuống thành phố Kazan để dự Hội nghị thượng đỉnh BRICS.",
			[]string{"summit held 2025-10-22 Kazan: narendra-modi"}},
		{"of the cities of one country an article names, the one only planned meetings are placed in ('sẽ di chuyển tới Thượng Hải') does not place the meetings held (onlyCity, heldCity)",
			"Tổng thống Hàn Quốc Lee Jae Myung đang có chuyến thăm cấp Nhà nước tới Trung Quốc. Ngày 6/1, Tổng thống đã có cuộc gặp với Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc Triệu Lạc Tế. Sau khi kết thúc lịch trình tại Bắc Kinh, nhà lãnh đạo Hàn Quốc sẽ di chuyển tới Thượng Hải, dùng bữa tối với Bí thư thành ủy Thượng Hải Trần Cát Ninh.",
			[]string{"bilateral held 2025-01-06 Beijing: lee-jae-myung zhao-leji", "bilateral planned <nil> Shanghai: lee-jae-myung tran-cat-ninh", "state_visit held 2025-01 Beijing: lee-jae-myung"}},
		{"the British prime minister's country house ('tại Chequers', cities.tsv) is a place of its own, in Britain, as Camp David is in the United States",
			"Ngày 18/9, Tổng thống Mỹ Donald Trump và Thủ tướng Anh Keir Starmer đã hội đàm tại Chequers.",
			[]string{"bilateral held 2025-09-18 Chequers: donald-trump keir-starmer"}},
		{"a meeting on the sidelines of an organisation's summit placed nowhere ('bên lề hội nghị thượng đỉnh ASEAN') is where the text places that summit (sidelineOrgPlaces)",
			"Tổng thống Mỹ Donald Trump đã tới Kuala Lumpur để dự Hội nghị Cấp cao ASEAN lần thứ 47. Ông Trump cũng dự định gặp Tổng thống Brazil Luiz Inacio Lula da Silva bên lề hội nghị thượng đỉnh ASEAN.",
			[]string{"bilateral planned <nil> Kuala Lumpur: donald-trump luiz-inacio-lula-da-silva", "summit held <nil> Kuala Lumpur: donald-trump"}},
		{"a title's plain words stop at a word of tense ('Tổng thống Ukraine đã tới Berlin'): the place gone to is no post's, and places the meeting (plainWords, tenseVerb)",
			"Tổng thống Ukraine Volodymyr Zelensky ngày 14/8 gặp Thủ tướng Anh Keir Starmer tại London. Ngày 13/8, Tổng thống Ukraine đã tới Berlin để gặp Thủ tướng Đức Friedrich Merz.",
			[]string{"bilateral held 2025-08-13 Berlin: friedrich-merz volodymyr-zelenskyy", "bilateral held 2025-08-14 London: keir-starmer volodymyr-zelenskyy"}},
		{"a sentence that opens on leaving a place ('Trước khi rời Moskva, ...') places its meeting there, not in the next country of the trip (leadPlace, stillAt)",
			"Rời thủ đô Moskva, chiều 11/5, Thủ tướng Phạm Minh Chính đã tới thủ đô Minsk, bắt đầu chuyến thăm chính thức Belarus và hội đàm với Thủ tướng Belarus Roman Golovchenko. Trước khi rời Moskva, sáng 11/5, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Nga Vladimir Putin.",
			[]string{"bilateral held 2025-05-11 Moscow: pham-minh-chinh vladimir-putin", "state_visit held 2025-05-11 Minsk: pham-minh-chinh roman-golovchenko"}},
		{"Phnom Penh written glued ('sân bay quốc tế PhnomPenh', cities.tsv) is the city",
			"Ngày 20/5, Chủ tịch nước Nguyễn Xuân Phúc đã đến sân bay quốc tế PhnomPenh, bắt đầu chuyến thăm cấp Nhà nước Campuchia.",
			[]string{"state_visit held 2025-05-20 Phnom Penh: nguyen-xuan-phuc"}},
		{"a Vietnamese ministry's seat ('tại trụ sở Bộ') places a meeting in Vietnam in Hanoi; one whose name goes on to another country does not (ministrySeatPlaces)",
			"Chiều ngày 10/11, tại trụ sở Bộ, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Thứ trưởng Ngoại giao Gruzia Alexander Khvtisiashvili đang có chuyến thăm làm việc tại Việt Nam. Chiều 12/11, tại trụ sở Bộ Ngoại giao Lào, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith đã tiếp Thứ trưởng Ngoại giao Lê Thị Thu Hằng.",
			[]string{"bilateral held 2025-11-10 Hanoi: alexander-khvtisiashvili bui-thanh-son", "bilateral held 2025-11-12 LA: le-thi-thu-hang saleumxay-kommasith"}},
		{"a place after a building word and before 'ở' and a country or an unknown place is where the meeting was, not a building's name (namesBuilding)",
			"Ngày 14/6, Tổng thống Mỹ Joe Biden và Thủ tướng Italy Giorgia Meloni có cuộc gặp song phương tại khu nghỉ dưỡng Borgo Egnazia ở Savelletri, Italy. Ngày 13/10, Tổng thống Ai Cập Abdel Fattah al-Sisi hội đàm với Tổng thống Mỹ Donald Trump tại khu nghỉ dưỡng Sharm El-Sheikh ở Ai Cập.",
			[]string{"bilateral held 2025-06-14 Borgo Egnazia: giorgia-meloni joe-biden", "bilateral held 2025-10-13 Sharm el-Sheikh: abdel-fattah-el-sisi donald-trump"}},
		{"a meeting of Vietnam and one country told on a day in local time ('giờ địa phương') is in that country (localTimePlaces); not when the sentence names an organisation, whose summit may be in a third country",
			"Trưa 11/11 (giờ địa phương), Tổng thống Chile Gabriel Boric chủ trì lễ đón chính thức Chủ tịch nước Lương Cường tại Quảng trường Hiến pháp. Sáng 23/11 (giờ địa phương), tiếp tục các hoạt động tại Hội nghị G20, Thủ tướng Phạm Minh Chính gặp Thủ tướng Đức Friedrich Merz.",
			[]string{"bilateral held 2025-11-23 <nil>: friedrich-merz pham-minh-chinh", "state_visit held 2025-11-11 CL: gabriel-boric luong-cuong", "summit held 2025-11-23 <nil>: friedrich-merz pham-minh-chinh"}},
		{"one who chairs or attends the bare 'Hội nghị' of the next sentence ('Hội nghị do ... chủ trì', 'dẫn đầu đoàn ... tham dự Hội nghị') joins the summit named before (the-summit-told-before-attended); one who chairs a named one ('Hội nghị Trung ương') does not (bareSummit)",
			"Ngày 26/10, Thủ tướng Phạm Minh Chính tham dự Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur. Hội nghị do Thủ tướng Malaysia Anwar Ibrahim chủ trì. Tổng Bí thư Tô Lâm chủ trì Hội nghị Trung ương. Ngày 24/4, Hội nghị các nhà lãnh đạo ASEAN khai mạc tại Jakarta. Tổng thống Indonesia Joko Widodo dẫn đầu đoàn nước chủ nhà tham dự Hội nghị.",
			[]string{"summit held 2025-04-24 Jakarta: joko-widodo", "summit held 2025-10-26 Kuala Lumpur: anwar-ibrahim pham-minh-chinh"}},
		{"the chair of the welcome of a summit's delegations ('chủ trì lễ đón các trưởng đoàn dự hội nghị') hosts the summit named before, as dev 3120's gold has the host who 'chủ trì lễ đón' the APEC leaders (summitsWelcome)",
			"Ngày 26/10, Thủ tướng Phạm Minh Chính tham dự Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur. Thủ tướng Malaysia Anwar Ibrahim chủ trì lễ đón các trưởng đoàn dự hội nghị.",
			[]string{"summit held 2025-10-26 Kuala Lumpur: anwar-ibrahim pham-minh-chinh"}},
		{"nor does one who did not attend it ('không dự phiên họp chính của hội nghị'), though he met someone on its sidelines (attendDenied)",
			"Ngày 25/6, lãnh đạo các nước NATO dự hội nghị thượng đỉnh tại La Haye. Tổng thống Phần Lan Alexander Stubb có mặt tại La Haye. Tổng thống Ukraine Volodymyr Zelenskyy không dự phiên họp chính của hội nghị, nhưng đã gặp Tổng thống Mỹ Donald Trump bên lề hội nghị hôm 25/6.",
			[]string{"summit held 2025-06-25 The Hague: alexander-stubb"}},
		{"a trip that opens the sentence ('Trong chuyến công du Mỹ của A vào tháng 4,') is its own event before an invitation told after the comma; the invited visit is another's, undated (an-opening-event-before-an-invitation)",
			"Trong chuyến công du Mỹ của Phó Thủ tướng Phạm Bình Minh vào tháng 4, Tổng thống Mỹ Donald Trump đã gửi thư mời Thủ tướng Nguyễn Xuân Phúc thăm Mỹ.",
			[]string{"state_visit held 2025-04 US: pham-binh-minh", "state_visit planned <nil> US: nguyen-xuan-phuc"}},
		{"a top-level summit word, numbered and dated ('tham dự Diễn đàn cấp cao ... lần thứ ba từ ngày 17 đến 20/10 theo lời mời của ...'), is a summit though it names no organisation, city or other leader (datedTopLevel); not the numbered summit of two countries ('Hội nghị Thượng đỉnh Ấn Độ - Nhật Bản lần thứ 15')",
			"Chủ tịch nước Võ Văn Thưởng tham dự Diễn đàn cấp cao hợp tác quốc tế Vành đai và Con đường lần thứ ba từ ngày 17 đến 20/4 theo lời mời của Chủ tịch Trung Quốc Tập Cận Bình. Thủ tướng Ấn Độ Narendra Modi tham dự Hội nghị Thượng đỉnh Ấn Độ - Nhật Bản lần thứ 15 ngày 29/8.",
			[]string{"summit held 2025-04-17 <nil>: vo-van-thuong"}},
		{"a welcome of many guests who come for a summit ('chủ trì lễ đón các trưởng đoàn tham dự Hội nghị ...') is the summit's, no visit of its chairs (summitsWelcome)",
			"Chiều 29/7, tại Geneva, Chủ tịch Liên minh Nghị viện thế giới (IPU) Tulia Ackson và Tổng Thư ký IPU Martin Chungong đã chủ trì lễ đón các trưởng đoàn tham dự Hội nghị các Chủ tịch Quốc hội thế giới lần thứ 6.",
			[]string{"summit held 2025-07-29 Geneva: martin-chungong tulia-ackson"}},
		{"envoys of several countries or of an organisation received ('tiếp các Đại sứ Trung Quốc, Ba Lan, Ai Cập', 'tiếp các đại sứ ASEAN'), none named, make no summit of their host alone (envoysMet)",
			"Ngày 5/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp các Đại sứ Trung Quốc, Ba Lan, Ai Cập đến chào xã giao. Tối 29/10, Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tiếp các đại sứ ASEAN tại Bắc Kinh.",
			nil},
		{"a press conference held with the press ('họp báo với báo chí'), no leader after 'với', is no meeting",
			"Tổng thống Nga Vladimir Putin họp báo với báo chí trong nước.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, meetingsOf(tt.text), "%q", tt.text)
		})
	}
}

// TestMeetingOrganisation holds the organisation a meeting is of: the
// summit's, not one in an attendee's office, nor one a venue names.
func TestMeetingOrganisation(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ngày 19/5/2023, Hội nghị thượng đỉnh G7 khai mạc tại Hiroshima với sự tham dự của Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen và Thủ tướng Nhật Bản Fumio Kishida.", "G7"},
		{"Ngày 26/10/2025, Thủ tướng Phạm Minh Chính gặp Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) Kristalina Georgieva.", ""},
		{"Ngày 10/3/2025, Tổng Bí thư Tô Lâm gặp Chủ tịch Hạ viện Indonesia Puan Maharani tại trụ sở Ban thư ký ASEAN.", ""},
	}
	for _, tt := range tests {
		orgs := entitiesOf(tt.text, "2025-06-01", model.LabelSummit, func(e model.Entity) string {
			org, _ := e.Props["org"].(string)
			return org
		})
		assert.Equal(t, []string{tt.want}, orgs, "%q", tt.text)
	}
}

// TestRecalledWithoutArticleDate holds a visit recalled ("nhắc lại ...
// trong chuyến thăm chính thức vào tháng 11-2023") in an article that
// states no date of its own: the recalling words say it was before.
// The meeting the sentence tells besides ("gặp lại") is not that visit.
func TestRecalledWithoutArticleDate(t *testing.T) {
	got := meetingsAt("Ngày 23/10, tại Kazan, Chủ tịch nước Lương Cường đã gặp Thủ tướng Ấn Độ Narendra Modi. Chủ tịch nước vui mừng gặp lại Thủ tướng Modi; nhắc lại những ấn tượng tốt đẹp về đất nước Ấn Độ trong chuyến thăm chính thức vào tháng 7-2024.", "")
	assert.Contains(t, got, "state_visit held 2024-07 IN: luong-cuong")
	assert.Contains(t, got, "bilateral held --10-23 Kazan: luong-cuong narendra-modi")
	assert.Len(t, got, 2, "%v", got)

	// Visits told with a list of years are recalled ones, with no word of
	// recalling either.
	got = meetingsAt("Tại Bắc Kinh, Tổng thống Lula da Silva hội đàm với Chủ tịch Tập Cận Bình. Đây cũng là chuyến thăm chính thức thứ ba của Tổng thống Lula da Silva tới Trung Quốc, sau hai chuyến thăm cấp Nhà nước vào các năm 2004 và 2009.", "")
	assert.Contains(t, got, "state_visit held 2004 CN: luiz-inacio-lula-da-silva")
	assert.Contains(t, got, "state_visit held 2009 CN: luiz-inacio-lula-da-silva")
	assert.NotContains(t, got, "state_visit held 2004 Beijing: luiz-inacio-lula-da-silva xi-jinping")

	// So is the last visit told without its visitor: "Lần thăm gần nhất là
	// năm 2018" is the earlier visit of the one visiting now; its year
	// dates nothing of today's.
	got = meetingsAt("Tổng thống Indonesia Joko Widodo thăm cấp Nhà nước Việt Nam từ ngày 11-13/1. Đây là chuyến thăm Việt Nam lần thứ hai của Tổng thống Indonesia Joko Widodo. Lần thăm gần nhất là năm 2018.", "")
	assert.Equal(t, []string{"state_visit held --01-11 VN: joko-widodo", "state_visit held 2018 VN: joko-widodo"}, got)

	// So is a visit named by its year after "sau": "sau chuyến thăm năm 2008".
	got = meetingsAt("Tổng thống Brazil Lula da Silva sẽ thăm cấp Nhà nước tới Việt Nam. Đây là chuyến thăm chính thức đầu tiên của Tổng thống Lula da Silva đến Việt Nam trong nhiệm kỳ thứ ba của ông, và cũng là lần thứ hai ông đến thăm Việt Nam sau chuyến thăm năm 2008.", "")
	assert.Contains(t, got, "state_visit held 2008 VN: luiz-inacio-lula-da-silva")
	assert.Len(t, got, 2, "%v", got)
}

// TestCaptionBeside holds a photo caption of the two leaders a day before
// the body's meeting of the same month: one node, dated and placed by the
// body (toldInBody).
func TestCaptionBeside(t *testing.T) {
	got := meetingsAt("Tổng thống Mỹ Joe Biden và Tổng thống Indonesia Joko Widodo bắt tay tại Nhà Trắng, Washington ngày 12/11/2023, Ảnh: AP\n"+
		"Trong cuộc gặp mặt tại Nhà Trắng ngày 13/11 với Tổng thống Indonesia Joko Widodo, Tổng thống Mỹ Joe Biden đã ca ngợi một kỷ nguyên mới trong quan hệ song phương.", "2023-11-14")
	assert.Equal(t, []string{"bilateral held 2023-11-13 Washington: joe-biden joko-widodo"}, got)
}

// TestEarlierPhotoCaption holds a photo caption dated before the day the
// body tells to what it is: another day's meeting. The body's next
// sentences go on with the body's meeting, count days from the body's
// day; the caption's date, months before, is an archive photo's and gives
// the article no year (docs/ANNOTATION.md; calendar.archivePhoto).
func TestEarlierPhotoCaption(t *testing.T) {
	got := meetingsAt("Ngày 14/8, Tổng thống Ukraine Volodymyr Zelensky đã gặp Thủ tướng Anh Keir Starmer tại London.\n"+
		"Thủ tướng Anh Keir Starmer (trái) và Tổng thống Ukraine Volodymyr Zelensky tại cuộc gặp ở London ngày 1/3/2025. Ảnh: THX/TTXVN\n"+
		"Thủ tướng Starmer đã đón tiếp ông Zelensky bằng cái ôm thân mật. Trước đó một ngày, Tổng thống Ukraine Volodymyr Zelensky đã tới Berlin để gặp Thủ tướng Đức Friedrich Merz.", "")
	assert.Equal(t, []string{
		"bilateral held --08-13 Berlin: friedrich-merz volodymyr-zelenskyy",
		"bilateral held --08-14 London: keir-starmer volodymyr-zelenskyy",
		"bilateral held 2025-03-01 London: keir-starmer volodymyr-zelenskyy",
	}, got)
}

// TestHeadlineHasNoTense holds a headline's unmarked verb ("dự Hội nghị
// G20") under the body's plan ("sẽ tham dự"): the summit is planned.
func TestHeadlineHasNoTense(t *testing.T) {
	got := meetingsOf("Thủ tướng Phạm Minh Chính dự Hội nghị G20, hoạt động tại Brazil và thăm Cộng hòa Dominica\n\nThủ tướng Phạm Minh Chính sẽ tham dự Hội nghị thượng đỉnh G20; tiến hành một số hoạt động song phương tại Rio de Janeiro, Brazil.")
	assert.Contains(t, got, "summit planned <nil> Rio de Janeiro: pham-minh-chinh")
	assert.NotContains(t, got, "summit held <nil> Rio de Janeiro: pham-minh-chinh")
}

// TestPlannedAcrossNewYear holds a plan written at the year's end for a
// day of January: the year to come, while a day of the past stays in
// the article's year.
func TestPlannedAcrossNewYear(t *testing.T) {
	got := meetingsAt("Tổng thống Hàn Quốc Lee Jae Myung sẽ đến Bắc Kinh ngày 4/1 và tiến hành hội đàm thượng đỉnh với Chủ tịch Trung Quốc Tập Cận Bình. Tổng thống Lee Jae Myung đã hội đàm với Thủ tướng Nhật Bản Takaichi Sanae ngày 5/1.", "2025-12-31")
	assert.Contains(t, got, "bilateral planned 2026-01-04 Beijing: lee-jae-myung xi-jinping")
	assert.Contains(t, got, "bilateral held 2025-01-05 <nil>: lee-jae-myung sanae-takaichi")
}

// TestWordsThatAreNoMeeting holds phrasings that look like a meeting's and
// are not one: an anniversary's span of years dates no event, greetings
// sent ("lời thăm hỏi") are no visit.
func TestWordsThatAreNoMeeting(t *testing.T) {
	got := meetingsOf("Trong khuôn khổ chuyến thăm Triều Tiên và dự Lễ kỷ niệm 80 năm Ngày thành lập Đảng Lao động Triều Tiên (10/10/1945-10/10/2025), ngày 10/10 tại Thủ đô Bình Nhưỡng, Tổng Bí thư Tô Lâm đã có cuộc gặp Phó Chủ tịch Hội đồng An ninh Liên bang Nga Dmitry Medvedev. Tổng Bí thư Tô Lâm chuyển lời thăm hỏi thân tình đến Tổng thống Nga Vladimir Putin.")
	assert.Contains(t, got, "bilateral held 2025-10-10 Pyongyang: dmitry-medvedev to-lam")
	assert.Contains(t, got, "state_visit held <nil> Pyongyang: to-lam", "a meeting with no host dates not the visit that only frames it (docs/ANNOTATION.md)")
	for _, m := range got {
		assert.NotContains(t, m, "1945", "the anniversary's span dates no meeting")
		assert.NotContains(t, m, "vladimir-putin", "greetings sent to a leader are no meeting with him")
	}
}

// TestCallsWithSeveralCountries holds calls to several countries whose
// leaders go unnamed to no meeting: they are calls one by one, and no
// summit of the one leader named.
func TestCallsWithSeveralCountries(t *testing.T) {
	for _, text := range []string{
		"Nhà Trắng cho biết Tổng thống Mỹ Donald Trump đã có các cuộc điện đàm với Thái Lan và Campuchia trong nỗ lực làm trung gian hòa giải.",
		"Ngày 22/12, Bộ trưởng Ngoại giao Ai Cập Badr Abdelatty đã có các cuộc điện đàm riêng rẽ với những người đồng cấp của Nga và các nước Arab, để thảo luận về những diễn biến gần đây ở Syria.",
	} {
		assert.Empty(t, meetingsOf(text), text)
	}
}

// TestOneCountryIsOneSide holds that leaders of one country named
// together are one side of an event, not a meeting of their own.
func TestOneCountryIsOneSide(t *testing.T) {
	got := meetingsOf("Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng New Zealand Jacinda Ardern chiều 14/11/2022 tại Phủ Chủ tịch. Tham dự lễ đón có: Bộ trưởng Ngoại giao Bùi Thanh Sơn, Bộ trưởng Công Thương Nguyễn Hồng Diên, Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng.")
	assert.Len(t, got, 1, "%v", got)
	for _, m := range got {
		assert.Contains(t, m, "jacinda-ardern pham-minh-chinh")
		assert.NotContains(t, m, "bui-thanh-son nguyen-chi-dung nguyen-hong-dien", "the attendance list is no meeting")
	}
}

// TestReportedAfterNumber holds a statement opening on a number after a
// verb of saying ("nhận định 99,9% ...") to a clause of its own: the
// meeting it tells of takes nothing from the speaker's clause.
func TestReportedAfterNumber(t *testing.T) {
	got := meetingsOf("Chánh Văn phòng An ninh quốc gia Chung Eui-yong, người tháp tùng Tổng thống Moon Jae-in trong chuyến thăm Mỹ, hôm 21/5/2018 nhận định 99,9% cuộc gặp giữa Tổng thống Donald Trump và Chủ tịch Kim Jong-un sẽ diễn ra vào ngày 12/6/2018 tại Singapore.")
	assert.Contains(t, got, "bilateral planned 2018-06-12 Singapore: donald-trump kim-jong-un")
}

// TestYearless holds the dates of meetings in articles that give no
// year: a visit and its talks are of one year, so the talks date the
// visit; "cùng ngày" is the year-less day named before it.
func TestYearless(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the talks date the visit",
			"Chủ tịch nước Lương Cường đã có chuyến thăm cấp Nhà nước Ai Cập từ ngày 3 đến 6-8. Trưa 5-8, Chủ tịch nước Lương Cường và Tổng thống Ai Cập Abdel Fattah El-Sisi tiến hành hội đàm.",
			[]string{"state_visit --08-05"}},
		{"a week told with a year-less day ('Ngày 12-9, ... trong tuần này') is that day's month (ResolveFromDay)",
			"Ngày 12-9, tờ Khmer Times đưa tin Thủ tướng Campuchia Hun Manet sẽ sang thăm Trung Quốc trong tuần này.",
			[]string{"state_visit --09"}},
		{"a visit on a year-less day and one recalled in a year written ('Chuyến thăm gần nhất ... là vào năm 2019') are two (yearBesideDay)",
			"Ngày 2-9, Tổng thống Nga Vladimir Putin đã tới sân bay Ulaanbaatar, bắt đầu chuyến thăm chính thức Mông Cổ kéo dài 2 ngày. Chuyến thăm gần nhất của Tổng thống Putin tới Mông Cổ là vào năm 2019.",
			[]string{"state_visit --09-02", "state_visit 2019"}},
		{"a visit on a year-less day told to last N days ('kéo dài 2 ngày') spans them, and its planned talks take its month (calendar.AddDays, spannedVisit)",
			"Ngày 2-9, Tổng thống Nga Vladimir Putin đã tới sân bay Ulaanbaatar, bắt đầu chuyến thăm chính thức Mông Cổ kéo dài 2 ngày. Tổng thống Putin cũng sẽ hội kiến Chủ tịch quốc hội Mông Cổ Dashzegviin Amarbayasgalan.",
			[]string{"state_visit --09-02", "bilateral --09"}},
		{"'cùng ngày' is the year-less day before it",
			"Ngày 28/7, Thủ tướng Malaysia Anwar Ibrahim tiếp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tại Putrajaya. Cùng ngày, Thủ tướng Anwar Ibrahim đã gặp Ngoại trưởng Nga Sergey Lavrov.",
			[]string{"bilateral --07-28", "bilateral --07-28"}},
		{"talks told as held during the visit ('Trong chuyến thăm') take its month",
			"Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước tới Vương quốc Campuchia trong các ngày 17-18/4. Trong chuyến thăm, ông Tập Cận Bình đã hội kiến Quốc Vương Campuchia Norodom Sihamoni.",
			[]string{"state_visit --04-17", "bilateral --04"}},
		{"talks that do not say they belong to the visit, in the country of a visit told with its span of days, take its month too (spannedVisit; dev 1050's audience with the Emperor in Tokyo)",
			"Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước tới Vương quốc Campuchia trong các ngày 17-18/4. Ông Tập Cận Bình đã hội kiến Quốc Vương Campuchia Norodom Sihamoni.",
			[]string{"state_visit --04-17", "bilateral --04"}},
		{"a visit told with one day, no span, gives its month to no talks not told as during it",
			"Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước tới Vương quốc Campuchia ngày 17/4. Ông Tập Cận Bình đã hội kiến Quốc Vương Campuchia Norodom Sihamoni.",
			[]string{"state_visit --04-17", "bilateral <nil>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entitiesOf(tt.text, "", model.LabelSummit, func(e model.Entity) string {
				return fmt.Sprintf("%v %v", e.Props["kind"], e.Props["date"])
			})
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCallHasNoPlace holds a call to the guideline that calls have no
// place, though a sentence about it places the meeting it followed
// ("... một ngày sau khi Tổng thống Donald Trump gặp ... tại bang Florida").
func TestCallHasNoPlace(t *testing.T) {
	got := meetingsAt("Theo Tân Hoa xã, Trợ lý Tổng thống Nga Yuri Ushakov cho biết, ngày 29-12 (giờ địa phương), Tổng thống Nga Vladimir Putin đã có cuộc điện đàm với Tổng thống Mỹ Donald Trump về tiến trình của các cuộc đàm phán Mỹ-Ukraine mới nhất.\nCuộc điện đàm diễn ra một ngày sau khi Tổng thống Donald Trump gặp người đồng cấp Ukraine Volodymyr Zelensky tại bang Florida (Mỹ). Tại cuộc điện đàm, phía Tổng thống Mỹ đã cung cấp một bản tóm tắt chi tiết, toàn diện về những kết quả chính của cuộc hội đàm với phái đoàn Ukraine diễn ra tại Mar-a-Lago.", "2025-12-30")
	assert.Contains(t, got, "phone_call held 2025-12-29 <nil>: donald-trump vladimir-putin")
}

// TestDelegationList holds the people a delegation's list names
// ("Thành phần Đoàn ... gồm có ...", "Tháp tùng ... có ...") to one side of the visit, whether
// their titles name a country or not: no meeting of their own.
func TestDelegationList(t *testing.T) {
	got := meetingsAt("Ngày 2/9, Thủ tướng Ấn Độ Narendra Modi bắt đầu thăm chính thức Việt Nam. Thành phần Đoàn Thủ tướng Ấn Độ Narendra Modi thăm chính thức Việt Nam gồm có ông Adít Đôvan, Cố vấn An ninh Quốc gia; tiến sỹ Pờriti Saran, Thứ trưởng Ngoại giao.", "2016-09-03")
	assert.Equal(t, []string{"state_visit held 2016-09-02 VN: narendra-modi"}, got)
	got = meetingsAt("Sáng 8/11, Thủ tướng Phạm Minh Chính tới Phnom Penh, bắt đầu chuyến thăm chính thức Campuchia. Tham gia đoàn đại biểu Việt Nam thăm Vương quốc Campuchia có: Phó Chủ tịch Thường trực Quốc hội Trần Thanh Mẫn; Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn; Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng; Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thắng.", "2022-11-08")
	assert.Equal(t, []string{"state_visit held 2022-11-08 Phnom Penh: pham-minh-chinh"}, got)
	got = meetingsAt("Ngày 22/1, Tổng thống Đức Frank-Walter Steinmeier bắt đầu thăm cấp Nhà nước Việt Nam. Tháp tùng Tổng thống Đức Frank-Walter Steinmeier và Phu nhân thăm Việt Nam có bà Dörte Dinger, Quốc vụ khanh, Chánh Văn phòng Tổng thống.", "2024-01-23")
	assert.Equal(t, []string{"state_visit held 2024-01-22 VN: frank-walter-steinmeier"}, got)
}

// TestCallAndTalksToCome holds a call apart from talks planned in the same
// article with no place: the talks to come are no part of the call held.
func TestCallAndTalksToCome(t *testing.T) {
	got := meetingsAt("Ngày 20/5, Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Tổng thống Nga Vladimir Putin. Hai nhà lãnh đạo sẽ có cuộc gặp trực tiếp trong thời gian tới.", "2025-05-21")
	assert.Equal(t, []string{
		"bilateral planned <nil> <nil>: donald-trump vladimir-putin",
		"phone_call held 2025-05-20 <nil>: donald-trump vladimir-putin",
	}, got)
}

// TestRecalledVisitorWithTitles holds a recalled visit whose visitor is
// named with a chain of titles ("của Tổng Bí thư, Chủ tịch nước Trung Quốc
// Tập Cận Bình"): the comma between the titles does not end the phrase,
// and the visitor is the name the titles lead to, not one of the visit
// the sentence reports.
func TestRecalledVisitorWithTitles(t *testing.T) {
	got := meetingsAt("Chủ tịch Quốc hội Vương Đình Huệ thăm Trung Quốc ngay sau chuyến thăm cấp Nhà nước của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình tới Việt Nam tháng 12/2023.", "2024-04-10")
	assert.Equal(t, []string{"state_visit held 2023-12 VN: xi-jinping", "state_visit held <nil> CN: vuong-dinh-hue"}, got)
}

// TestUndatedVisitPlacesTalks holds a visit told with no date to the
// dated talks of its visitor with a host: they were held where the visit
// was ("Chiều 28/02/2023, ... tiếp xã giao Đại sứ ...", "... chuyến thăm,
// làm việc tại Quảng Bình"); a meeting recalled from before is not.
func TestUndatedVisitPlacesTalks(t *testing.T) {
	got := meetingsAt("(Quang Binh Portal) - Chiều ngày 28/02/2023, đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh đã có buổi tiếp xã giao ngài Orlando Hernandez Guillen, Đại sứ Cộng hòa Cuba tại Việt Nam nhân chuyến đến thăm và làm việc tại tỉnh. Tham dự buổi tiếp có bà Ariadne Feo Labrada, Tổng Lãnh sự Cộng hòa Cuba tại Thành phố Hồ Chí Minh; đại diện lãnh đạo các sở, ban, ngành liên quan.\n\nTại buổi tiếp, Bí thư Tỉnh ủy bày tỏ sự vui mừng khi được đón đoàn và ngài Đại sứ cùng các thành viên có chuyến thăm, làm việc hiệu quả tại Quảng Bình.", "2023-03-01")
	found := false
	for _, m := range got {
		found = found || strings.HasSuffix(m, " held 2023-02-28 Quang Binh: orlando-hernandez-guillen vu-dai-thang")
	}
	assert.True(t, found, "%v", got)
}

// TestDatesCompleteEachOther: on a page with no date of its own, two
// mentions of one meeting complete each other's date (unite): the year
// and month of one ("Tháng 2/2022"), the day of the other ("Ngày 4/2").
func TestDatesCompleteEachOther(t *testing.T) {
	got := meetingsAt("Tháng 2/2022, Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau tại Bắc Kinh. Ngày 4/2, tại Bắc Kinh, Tổng thống Putin đã có cuộc hội đàm.", "")
	assert.Equal(t, []string{"bilateral held 2022-02-04 Beijing: vladimir-putin xi-jinping"}, got)
}

// TestLastTimeRecalled: "lần gần đây nhất ... là năm 2018" tells the time
// before this one, a visit of its own that lends today's talks no date
// (lastTimeBefore).
func TestLastTimeRecalled(t *testing.T) {
	got := meetingsAt("Ngày 28/8, Thủ tướng Singapore Lý Hiển Long hội đàm với Thủ tướng Phạm Minh Chính tại Hà Nội. Thủ tướng Singapore cho biết, lần gần đây nhất mà ông thăm Hà Nội là năm 2018. Lần gần đây nhất Tổng thống Nga Vladimir Putin và Tổng thống Iran Ebrahim Raisi gặp nhau là vào tháng 9/2022.", "")
	assert.Equal(t, []string{"bilateral held --08-28 Hanoi: lee-hsien-loong pham-minh-chinh", "bilateral held 2022-09 <nil>: ebrahim-raisi vladimir-putin", "state_visit held 2018 VN: lee-hsien-loong"}, got)
}

// TestYearlessPlaces holds the places meetings take from what else the
// article tells, on a page with no year (no date of its own, none written).
func TestYearlessPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"talks on the day of a summit in a city, with one who was there, are in that city (duringYearless)",
			"Ngày 8/7, tại Kuala Lumpur, Tổng Thư ký ASEAN Kao Kim Hourn dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58. Ông Kao cũng gặp Bộ trưởng Ngoại giao Timor Leste Bendito dos Santos Freitas.",
			[]string{"bilateral held --07-08 Kuala Lumpur: bendito-dos-santos-freitas kao-kim-hourn", "summit held --07-08 Kuala Lumpur: kao-kim-hourn"}},
		{"talks of the visitor on a day of his visit are where the visit is (yearlessVisitPlaces)",
			"Tổng thống Iran Hassan Rouhani thăm cấp Nhà nước Việt Nam từ ngày 6 đến 7/10. Ngày 6/10, Tổng thống Rouhani hội kiến Thủ tướng Nguyễn Xuân Phúc.",
			[]string{"bilateral held --10-06 VN: hassan-rouhani nguyen-xuan-phuc", "state_visit held --10-06 VN: hassan-rouhani"}},
		{"'sáng nay' is the day after the one 'chiều qua (28/9)' names (todayTold)",
			"Vào lúc 16h chiều qua (28/9), chuyên cơ chở Tổng thống Philippines Rodrigo Duterte đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. Sáng nay, Tổng thống Rodrigo Duterte sẽ hội kiến Thủ tướng Chính phủ Nguyễn Xuân Phúc.",
			[]string{"bilateral planned --09-29 <nil>: nguyen-xuan-phuc rodrigo-duterte", "state_visit held --09-28 Hanoi: rodrigo-duterte"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, meetingsAt(tt.text, ""), "%q", tt.text)
		})
	}
}

// TestMeetingWordVetoExamples checks that each veto of a meeting word
// applies to the sentence it exists for.
func TestMeetingWordVetoExamples(t *testing.T) {
	for _, v := range meetingWordVetoes {
		t.Run(v.name, func(t *testing.T) {
			assert.Contains(t, fired(&traceMeetingWordVeto, v.name, v.example), v.name, "%q", v.example)
		})
	}
}

// TestChainedTitleOfCaller holds a caller's first title, which a page
// without a date lets stand for the one he calls (Bùi Thanh Sơn, deputy
// prime minister at the latest), to its caller (aroundMeetWord).
func TestChainedTitleOfCaller(t *testing.T) {
	text := "Nhân dịp ông Bùi Thanh Sơn được bổ nhiệm làm Bộ trưởng Bộ Ngoại giao, Lãnh đạo Bộ Ngoại giao các nước đã gửi điện chúc mừng. Ngày 9/4, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith, Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn và Bộ trưởng Ngoại giao Indonesia Retno L.P. Marsudi đã gọi điện chúc mừng đồng chí Bùi Thanh Sơn."
	assert.Equal(t, []string{
		"phone_call held --04-09 <nil>: bui-thanh-son prak-sokhonn",
		"phone_call held --04-09 <nil>: bui-thanh-son retno-marsudi",
		"phone_call held --04-09 <nil>: bui-thanh-son saleumxay-kommasith",
	}, meetingsAt(text, ""))
}

// TestLeadersPicturedTogether holds photo captions that show leaders of
// several countries side by side (leaders-pictured-together): they met
// where the caption puts them; leaders of one country, or a caption with a
// verb of its own, are read as before.
func TestLeadersPicturedTogether(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two leaders, one marked '(phải)', at a venue: a meeting there",
			"Thủ tướng Ấn Độ Narendra Modi (phải) và Thủ tướng Nhật Bản Shigeru Ishiba tại Tokyo ngày 29/8.",
			[]string{"bilateral held 2025-08-29 Tokyo: narendra-modi shigeru-ishiba"}},
		{"'người đồng cấp' between the two names",
			"Tổng thống Pháp Emmanuel Macron (trái) và người đồng cấp Ai Cập Abdel Fattah al-Sisi tại Cairo ngày 7/4.",
			[]string{"bilateral held 2025-04-07 Cairo: abdel-fattah-el-sisi emmanuel-macron"}},
		{"three leaders of three countries: one meeting of the three",
			"Tổng thống Mỹ Donald Trump, Tổng thống Azerbaijan Ilham Aliyev (trái) và Thủ tướng Armenia Nikol Pashinyan (phải) tại Nhà Trắng vào ngày 8-8.",
			[]string{"summit held 2025-08-08 Washington: donald-trump ilham-aliyev nikol-pashinyan"}},
		{"a joint press conference: where they stood together",
			"Tổng thống Ukraine Volodymyr Zelensky (phải) và Thủ tướng Ba Lan Donald Tusk trong cuộc họp báo chung tại Kiev, ngày 22/1/2024.",
			[]string{"bilateral held 2024-01-22 Kyiv: donald-tusk volodymyr-zelenskyy"}},
		{"two leaders of one country are no meeting",
			"Tổng thống Brazil Lula da Silva (trái) và Phó Tổng thống Brazil Geraldo Alckmin tại Brasilia ngày 3/5.",
			nil},
		{"without a mark of the photo, a sentence of names and a place is no caption",
			"Tổng thống Pháp Emmanuel Macron và Thủ tướng Anh Keir Starmer tại London.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, meetingsOf(tt.text), "%q", tt.text)
		})
	}
}

// TestNameOpensOnParticle holds names the press writes after an honorific
// from a lower-case particle (cues.tsv, nameparticle): the honorific goes
// with the name, it is no pronoun for the leader named before.
func TestNameOpensOnParticle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"'bà von der Leyen' is von der Leyen, not the leader of the sentence before",
			"Chủ tịch Ủy ban châu Âu Ursula von der Leyen sẽ tới Scotland. Tổng thống Mỹ Donald Trump cũng sẽ tới đó. Bà von der Leyen cho biết hôm 25/7 rằng bà đã có một cuộc điện đàm với ông Trump.",
			[]string{"phone_call held <nil> <nil>: donald-trump ursula-von-der-leyen"}},
		{"'ông bin Salman' is the crown prince",
			"Thái tử Saudi Arabia Mohammed bin Salman tới Washington. Tổng thống Pháp Emmanuel Macron cũng có mặt. Ngày 18/11, ông bin Salman đã hội đàm với Tổng thống Mỹ Donald Trump tại Nhà Trắng.",
			[]string{"bilateral held 2025-11-18 Washington: donald-trump mohammed-bin-salman"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, meetingsOf(tt.text), "%q", tt.text)
		})
	}
}

// TestWelcomeWishedAndInvitationPassedOn holds visits to come whose host
// only wishes to welcome the guest (cues.tsv, welcomewish) or whose
// invitation is passed on to him (addresseeBefore): the visit is the
// guest's alone (docs/ANNOTATION.md: who invites is no participant).
func TestWelcomeWishedAndInvitationPassedOn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"'mong muốn được đón X thăm': X's visit to come",
			"Tổng thống Mỹ Donald Trump bày tỏ mong muốn được đón Tổng Bí thư Tô Lâm thăm Mỹ vào thời gian thích hợp.",
			[]string{"state_visit planned <nil> US: to-lam"}},
		{"'hoan nghênh X có kế hoạch thăm': X's visit to come",
			"Thủ tướng Thái Lan Prayut Chan-o-cha hoan nghênh Thủ tướng Lào Phankham Viphavanh có kế hoạch thăm Thái Lan vào giữa năm nay.",
			[]string{"state_visit planned 2025 TH: phankham-viphavanh"}},
		{"'hoan nghênh X thăm' with no word of the future: the host's guest, on the visit",
			"Chủ tịch nước Lương Cường hoan nghênh Tổng thống Bulgaria Rumen Radev thăm cấp Nhà nước Việt Nam.",
			[]string{"state_visit held <nil> VN: luong-cuong rumen-radev"}},
		{"'chuyển tới X lời mời thăm Việt Nam của Y': X's visit to come, not Y's nor the carrier's",
			"Nhân dịp này, Thủ tướng Phạm Minh Chính đã trân trọng chuyển tới Chủ tịch Thượng viện Séc Milos Vystrcil lời mời thăm Việt Nam của Chủ tịch Quốc hội Trần Thanh Mẫn.",
			[]string{"state_visit planned <nil> VN: milos-vystrcil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, meetingsOf(tt.text), "%q", tt.text)
		})
	}
}

// TestSummitAheadOfACall holds a call told before a summit of others
// ("trước thềm hội nghị thượng đỉnh giữa A và B"): the summit's two are
// not on the call (summitAheadAt, betweenPair).
func TestSummitAheadOfACall(t *testing.T) {
	got := meetingsOf("Ngoại trưởng Nga Sergey Lavrov đã có cuộc điện đàm với Ngoại trưởng Mỹ Marco Rubio trước thềm hội nghị thượng đỉnh giữa Tổng thống Nga Vladimir Putin và người đồng cấp Mỹ Donald Trump.")
	assert.Equal(t, []string{"phone_call held <nil> <nil>: marco-rubio sergei-lavrov"}, got)
}

// TestSatInOnTalks holds the list of those who sat in on talks told
// before ("Tham dự hội đàm có A, ... và B"), of both sides: no meeting of
// theirs (delegationOf, listAfterWord).
func TestSatInOnTalks(t *testing.T) {
	got := meetingsOf("Tham dự hội đàm có Thượng tướng Bùi Văn Nam, Thứ trưởng Bộ Công an, và Đại sứ đặc mệnh toàn quyền Mỹ tại Việt Nam Daniel Kritenbrink.")
	assert.Empty(t, got)
}

// TestSummitFramingTalks holds a summit told after talks as their frame
// ("đã có cuộc gặp với B trong khuôn khổ chuyến thăm chính thức Malaysia
// và tham dự Hội nghị Cấp cao ASEAN"): the subject attended it, the one
// he met is not said to (attendedBeforeTalks).
func TestSummitFramingTalks(t *testing.T) {
	got := meetingsOf("Sáng 27/5, tại Kuala Lumpur, Thủ tướng Phạm Minh Chính đã tham dự Hội nghị Cấp cao ASEAN lần thứ 46. Cùng ngày, Thủ tướng Phạm Minh Chính đã có cuộc gặp với Thủ tướng Timor-Leste Xanana Gusmao trong khuôn khổ chuyến thăm chính thức Malaysia và tham dự Hội nghị Cấp cao ASEAN lần thứ 46 tại Kuala Lumpur.")
	assert.Contains(t, got, "summit held 2025-05-27 Kuala Lumpur: pham-minh-chinh")
	assert.Contains(t, got, "bilateral held 2025-05-27 Kuala Lumpur: pham-minh-chinh xanana-gusmao")
}

// TestMetInTheSummitsCity holds a summit whose attendees the text names
// and a meeting of others in its city during it: those met are not said
// to attend (summitAttendance); a summit known only through a meeting on
// its sidelines takes that meeting's people.
func TestMetInTheSummitsCity(t *testing.T) {
	got := meetingsOf("Ngày 16/6, tại Kananaskis (Canada), Thủ tướng Anh Keir Starmer tham dự Hội nghị thượng đỉnh G7. Cùng ngày, tại Kananaskis, Thủ tướng Ấn Độ Narendra Modi đã gặp Thủ tướng Nhật Bản Shigeru Ishiba.")
	assert.Contains(t, got, "summit held 2025-06-16 Kananaskis: keir-starmer")
	got = meetingsOf("Hôm 25/9, bên lề Đại hội đồng Liên Hợp Quốc tại New York, Tổng Bí thư Tô Lâm đã gặp Tổng thống Mỹ Joe Biden.")
	assert.Contains(t, got, "summit held 2025-09-25 New York: joe-biden to-lam")
}

// TestDefenceDialogue holds a named defence dialogue of two states
// between the heads of their delegations (cues.tsv): their meeting.
func TestDefenceDialogue(t *testing.T) {
	got := meetingsOf("Sáng 17/9, tại Hà Nội đã diễn ra Đối thoại Chính sách Quốc phòng Việt Nam-Cuba lần thứ 3 giữa Đoàn đại biểu Quân sự cấp cao Việt Nam do Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng Việt Nam làm Trưởng đoàn và Đoàn đại biểu Quân sự cấp cao Cuba do Thượng tướng Álvaro López Miera, Tổng Tham mưu trưởng Cuba làm Trưởng đoàn.")
	assert.Equal(t, []string{"bilateral held 2025-09-17 Hanoi: alvaro-lopez-miera nguyen-chi-vinh"}, got)
}

// TestNextLegsOfATrip holds a trip whose next countries the sentence
// names after a word of going on ("trước khi sang", "kết thúc ở"): a
// visit to each (nextLegs); not when another leader goes there.
func TestNextLegsOfATrip(t *testing.T) {
	got := meetingsOf("Tổng thống Mỹ Donald Trump sẽ đến Ả Rập Xê Út vào ngày 13/5, trước khi sang Qatar ngày hôm sau và kết thúc ở UAE ngày 16/5.")
	assert.Len(t, got, 3)
	assert.Contains(t, got, "state_visit planned 2025-05 QA: donald-trump")
	assert.Contains(t, got, "state_visit planned 2025-05 AE: donald-trump")
	got = meetingsOf("Tổng thống Mỹ Donald Trump sẽ đến Ả Rập Xê Út vào ngày 13/5, trước khi Tổng thống Pháp Emmanuel Macron sang Qatar.")
	assert.NotContains(t, got, "state_visit planned 2025-05 QA: donald-trump")
}
