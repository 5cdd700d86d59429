package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"kg/model"
)

// relationsOf extracts text (published on 2025-06-01) and returns its facts of
// type typ as "FROM TO key=value..." lines.
func relationsOf(text, typ string, keys ...string) []string {
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: "2025-06-01"})
	var out []string
	for _, r := range ex.Relations {
		if r.Type != typ {
			continue
		}
		line := r.From + " " + r.To
		for _, k := range keys {
			line += fmt.Sprintf(" %s=%v", k, r.Props[k])
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out
}

// TestPartnershipRules holds each partnership rule to the sentences it
// exists for (partnerships.go: pairRules, the status words, negation).
func TestPartnershipRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []string
	}{
		{"those listed after 'sau' without parentheses share the level too ('đồng minh thứ 3 của xứ chuột túi sau Mỹ và New Zealand'); a country's byname in lower case ('xứ chuột túi', 'xứ sở mặt trời mọc') is that country",
			"Papua New Guinea chính thức trở thành đồng minh thứ 3 của xứ chuột túi sau Mỹ và New Zealand. Việt Nam và xứ sở mặt trời mọc nâng cấp quan hệ lên Đối tác chiến lược toàn diện.",
			[]string{"AU NZ level=alliance status=established", "AU PG level=alliance status=established", "AU US level=alliance status=established", "JP VN level=comprehensive_strategic status=upgraded"}},
		{"'nâng tầm quan hệ' before the level the relation has deepens it; 'lên' or 'thành' a level raises it, and so does a done 'đã nâng tầm' with the level its object",
			"Hai bên sẽ tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam - Trung Quốc. Việt Nam và Nhật Bản đã nâng tầm quan hệ lên Đối tác chiến lược toàn diện. Giữa hai chính phủ Úc và Việt Nam, mối quan hệ này đã nâng tầm đối tác chiến lược.",
			[]string{"AU VN level=strategic status=upgraded", "CN VN level=comprehensive_strategic_cooperative status=established", "JP VN level=comprehensive_strategic status=upgraded"}},
		{"'nâng cao' (to deepen) raises no level: the partnership stands ('thắt chặt và nâng cao tình hữu nghị ... dựa trên quan hệ đối tác chiến lược')",
			"Tôi mong muốn tiếp tục thắt chặt và nâng cao tình hữu nghị dựa trên quan hệ đối tác chiến lược giữa Lào và Thái Lan. Hai nước đã nâng quan hệ lên Đối tác chiến lược toàn diện giữa Việt Nam và Thái Lan.",
			[]string{"LA TH level=strategic status=established", "TH VN level=comprehensive_strategic status=upgraded"}},
		{"a level between one country and a list after 'với' ('quan hệ Đối tác chiến lược giữa Việt Nam với Australia, Malaysia, Philippines') is one pair each",
			"Bộ trưởng bày tỏ hài lòng trước quan hệ Đối tác chiến lược giữa Việt Nam với Australia, Malaysia, Philippines thời gian qua.",
			[]string{"AU VN level=strategic status=established", "MY VN level=strategic status=established", "PH VN level=strategic status=established"}},
		{"those listed after 'sau' share the level ('Đối tác chiến lược toàn diện thứ 4 của Việt Nam (sau Trung Quốc, Nga và Ấn Độ)')", "Hàn Quốc trở thành Đối tác chiến lược toàn diện thứ 4 của Việt Nam (sau Trung Quốc, Nga và Ấn Độ).",
			[]string{"CN VN level=comprehensive_strategic status=established", "IN VN level=comprehensive_strategic status=established", "KR VN level=comprehensive_strategic status=established", "RU VN level=comprehensive_strategic status=established"}},
		{"partners counted ('với 3 cường quốc') and listed in the next sentence with their dates", "Việt Nam đã thiết lập quan hệ đối tác chiến lược toàn diện với 3 nước. Cụ thể, Hàn Quốc (12/2022), Mỹ (9/2023) và Nhật Bản (11/2023).",
			[]string{"JP VN level=comprehensive_strategic status=established", "KR VN level=comprehensive_strategic status=established", "US VN level=comprehensive_strategic status=established"}},
		{"'hai nước' in the level's clause are the two countries its sentence names (two-countries-of-the-sentence)",
			"Đây là chuyến thăm chính thức đầu tiên của Chủ tịch Quốc hội Việt Nam tới Malaysia sau khi hai nước chính thức nâng cấp quan hệ lên Đối tác chiến lược toàn diện (tháng 11.2024).",
			[]string{"MY VN level=comprehensive_strategic status=upgraded"}},
		{"'Đối tác Chiến lược và Toàn diện' (the EU's wording) is the comprehensive strategic level",
			"EU và Ai Cập ký Tuyên bố chung về quan hệ Đối tác Chiến lược và Toàn diện giữa Ai Cập và Liên minh châu Âu (EU).",
			[]string{"EG EU level=comprehensive_strategic status=established"}},
		{"an act a proposal is about ('đề nghị của Mông Cổ về thiết lập ... Đối tác Toàn diện') is planned, however far the word of intent",
			"Việt Nam đang xem xét, nghiên cứu đề nghị của Mông Cổ về thiết lập khuôn khổ quan hệ mới Đối tác Toàn diện giữa hai nước.",
			[]string{"MN VN level=comprehensive status=planned"}},
		{"'cả hai đều là đồng minh của Mỹ' after two countries: each of the two with the third, not the two together",
			"Ông Ishiba cho biết Philippines và Nhật Bản là những nước láng giềng, đồng thời nhấn mạnh rằng cả hai đều là đồng minh của Mỹ.",
			[]string{"JP US level=alliance status=established", "PH US level=alliance status=established"}},
		{"'hai bên', 'hai nước', 'hai đất nước', 'song phương' with no pair of their own: the two countries of the meeting the sentence tells, else of the one told last before it",
			"Tổng Bí thư Tô Lâm có chuyến thăm cấp Nhà nước tới Kazakhstan từ ngày 5-7/5. Hai nhà lãnh đạo đã có cuộc hội đàm quan trọng, đặc biệt, hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược.",
			[]string{"KZ VN level=strategic status=upgraded"}},
		{"the meeting told last before ('Tiếp Đại sứ Ai Cập ...' then 'hai nước nâng cấp quan hệ')",
			"Chủ tịch nước Lương Cường tiếp Đại sứ Ai Cập Hany Mostafa. Vui mừng về việc hai nước nâng cấp quan hệ lên Đối tác Toàn diện, Chủ tịch nước đề nghị hai bên phối hợp triển khai hiệu quả khuôn khổ hợp tác mới.",
			[]string{"EG VN level=comprehensive status=upgraded"}},
		{"pair-joined-in-the-sentence (another clause joins the pair; the level's names none)",
			"Chủ tịch Quốc hội đánh giá cao quan hệ hợp tác đầy triển vọng giữa Việt Nam và Liên minh châu Âu (EU), nhất là trong bối cảnh vừa được nâng cấp lên Đối tác chiến lược toàn diện.",
			[]string{"EU VN level=comprehensive_strategic status=upgraded"}},
		{"the relation an upgrade takes as its object ('nâng quan hệ đối tác chiến lược lên mức ...') is the level it had",
			"Lễ kỷ niệm 15 năm hai nước Ấn Độ và Nga nâng quan hệ đối tác chiến lược lên mức quan hệ \"đặc biệt và đặc quyền\".",
			[]string{"IN RU level=strategic status=established"}},
		{"an upgrade a document is about ('triển khai Tuyên bố chung về việc nâng cấp quan hệ ... lên') is done, however far a word of intent; a document still to come ('sẽ ra Tuyên bố chung về việc nâng cấp') makes it planned",
			"Hai nhà lãnh đạo hoan nghênh việc hai nước sẽ sớm thông qua và nhất trí phối hợp chặt chẽ, triển khai Kế hoạch hành động giai đoạn 2025 - 2028, triển khai Tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Pháp lên Đối tác chiến lược toàn diện. Hai bên sẽ ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Brazil lên Đối tác chiến lược.",
			[]string{"BR VN level=strategic status=planned", "FR VN level=comprehensive_strategic status=upgraded"}},
		{"a bare 'liên minh' or 'đồng minh' is an alliance where its pair is at hand: joined right after it (with a hyphen or an en dash), 'hai nước' after it, 'Hai' before it, or an apposition 'A - đồng minh ... của B'",
			"Chúng tôi đã trao đổi về việc củng cố liên minh Nhật-Mỹ. Chuyến thăm cho thấy liên minh Hàn – Mỹ vẫn là trụ cột. Hiện quan hệ giữa Mỹ, đồng minh chủ chốt về an ninh của Nhật Bản, và Trung Quốc đang căng thẳng. Mỹ - đồng minh thân cận nhất của Israel - có thể phủ quyết.",
			[]string{"IL US level=alliance status=established", "JP US level=alliance status=established", "KR US level=alliance status=established"}},
		{"'liên minh hai nước', 'Hai đồng minh': the pair of the meeting told",
			"Bộ trưởng Quốc phòng Mỹ Lloyd Austin hội đàm với Tổng thống Philippines Rodrigo Duterte. Cả hai nhất trí rằng liên minh hai nước có thể được củng cố hơn nữa. Tổng thống Lee Jae Myung hội đàm với Tổng thống Mỹ Donald Trump. Hai đồng minh đã công bố thỏa thuận hồi cuối tháng 7.",
			[]string{"KR US level=alliance status=established", "PH US level=alliance status=established"}},
		{"a bare 'liên minh' or 'đồng minh' with no pair at hand is no alliance: a bloc joined, a war's side",
			"Tổng thống Mỹ Joe Biden hội đàm với Thủ tướng Thụy Điển. Thụy Điển chính thức gia nhập liên minh vào ngày 7/3. Nga và các đồng minh phản đối. Tổng thống Biden nói liên minh mạnh hơn bao giờ hết.",
			nil},
		{"an upgrade of the level a relation had, its pair named between, 'lên' another ('nâng cấp quan hệ đối tác toàn diện Trung Quốc – Pháp lên quan hệ đối tác chiến lược toàn diện'): the first stands, the second is upgraded",
			"Tháng 1 năm 2004, nguyên thủ hai nước ký bản Tuyên bố chung, nâng cấp quan hệ đối tác toàn diện Trung Quốc – Pháp lên quan hệ đối tác chiến lược toàn diện.",
			[]string{"CN FR level=comprehensive status=established", "CN FR level=comprehensive_strategic status=upgraded"}},
		{"'Đối tác Toàn diện và Tiến bộ' is CPTPP's name, whatever words come between 'Hiệp định' and it; Russia's 'quan hệ đối tác toàn diện và hợp tác chiến lược' with China is the comprehensive strategic coordination",
			"Indonesia sẽ nộp đơn xin tham gia Hiệp định thương mại Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương với Nhật Bản. Hai nhà lãnh đạo Nga và Trung Quốc sẽ thảo luận các vấn đề liên quan quan hệ đối tác toàn diện và hợp tác chiến lược Nga-Trung.",
			[]string{"CN RU level=comprehensive_strategic_coordination status=established"}},
		{"'một đối tác chiến lược' set beside a country is one partner, not many ('với Philippines, một đối tác chiến lược')",
			"Nhật Bản coi trọng quan hệ hợp tác với Philippines, một đối tác chiến lược chia sẻ các giá trị cơ bản.",
			[]string{"JP PH level=strategic status=established"}},
		{"a level the words after it say was reached by an upgrade a while ago ('sau hơn 1 năm nâng cấp', 'kể từ khi được nâng cấp') is upgraded; one raised 'lên' another after it stays as it stood",
			"Hai Thủ tướng vui mừng trước sự phát triển của quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản vì hòa bình và thịnh vượng tại châu Á và trên thế giới sau hơn 1 năm nâng cấp. Quan hệ Đối tác chiến lược Việt Nam - Indonesia phát triển mạnh kể từ khi nâng cấp lên Đối tác chiến lược toàn diện.",
			[]string{"ID VN level=comprehensive_strategic status=upgraded", "ID VN level=strategic status=established", "JP VN level=comprehensive_strategic status=upgraded"}},
		{"the article's principals are no pair of a level whose clause names a country not theirs ('hợp tác Mekong-Hàn Quốc ... nâng cấp lên Quan hệ Đối tác chiến lược')",
			"Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Campuchia Prak Sokhonn. Hội nghị kỷ niệm 10 năm hợp tác Mekong-Hàn Quốc và đánh dấu 1 năm nâng cấp lên Quan hệ Đối tác chiến lược.",
			nil},
		{"a clause of many parties ('Các bên') takes no pair from the article's context; an ally counted with no country it is the ally of ('đồng minh thứ 32') is a bloc's member",
			"Tổng thống Nga Vladimir Putin hội đàm với Tổng thống Tajikistan Emomali Rahmon. Các bên đã thông qua Tuyên bố chung và Kế hoạch hành động 2025-2027 nhằm thúc đẩy quan hệ đối tác toàn diện. Thụy Điển chính thức gia nhập NATO và trở thành đồng minh thứ 32.",
			nil},
		{"a level something is made for ('thiết lập lộ trình cho quan hệ đối tác chiến lược toàn diện') is the relation as it stands, not set up",
			"Chuyến thăm diễn ra sau một loạt các cuộc gặp giữa lãnh đạo Ấn Độ và Singapore hướng tới việc thiết lập lộ trình cho quan hệ đối tác chiến lược toàn diện giữa hai nước.",
			[]string{"IN SG level=comprehensive_strategic status=established"}},
		{"an upgrade one side is ready for ('sẵn sàng nâng cấp quan hệ ... lên') is planned",
			"Trung Quốc sẵn sàng nâng cấp quan hệ với Brazil lên Đối tác chiến lược toàn diện.",
			[]string{"BR CN level=comprehensive_strategic status=planned"}},
		{"pair-joined-by-a-dash-or-và (one side named with its acronym in parentheses: 'Liên minh châu Âu (EU) và Việt Nam')",
			"Liên minh châu Âu (EU) và Việt Nam nâng cấp quan hệ lên Đối tác chiến lược toàn diện.",
			[]string{"EU VN level=comprehensive_strategic status=upgraded"}},
		{"a relation raised 'lên' a height before a dash ('lên mức cao nhất – quan hệ Đối tác Chiến lược toàn diện'): the level after the dash is upgraded",
			"Thủ tướng Việt Nam Phạm Minh Chính và Thủ tướng Australia Anthony Albanese đã thống nhất nâng cấp quan hệ song phương lên mức cao nhất – quan hệ Đối tác Chiến lược toàn diện.",
			[]string{"AU VN level=comprehensive_strategic status=upgraded"}},
		{"'hai nước' after a sentence that joins a pair takes that pair, before any meeting the article told earlier (the-pair-named-just-before)",
			"Chủ tịch nước Lương Cường hội đàm với Tổng thống Peru Dina Boluarte. Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007.",
			[]string{"CL VN level=comprehensive status=established"}},
		{"a pair just before with an organisation on one side ('Hội nghị ASEAN - Nhật Bản') is no pair for 'Hai bên': the meeting's is",
			"Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Nhật Bản Kishida Fumio. Bên lề Hội nghị ASEAN - Nhật Bản. Hai bên nhất trí làm sâu sắc quan hệ Đối tác chiến lược toàn diện.",
			[]string{"JP VN level=comprehensive_strategic status=established"}},
		{"pair-joined-by-a-dash-or-và", "Nâng cấp quan hệ Việt Nam – Kazakhstan lên Đối tác chiến lược.",
			[]string{"KZ VN level=strategic status=upgraded"}},
		{"pair-joined-by-a-dash-or-và (a union of states)", "Chủ tịch nước Lương Cường công bố nâng cấp quan hệ Việt Nam - Liên minh châu Âu (EU) lên Đối tác Chiến lược Toàn diện.",
			[]string{"EU VN level=comprehensive_strategic status=upgraded"}},
		{"pair-joined-by-a-dash-or-và (an upgrade proposed: a word of intent before 'việc nâng cấp')", "Thủ tướng đề nghị hai bên cần tập trung vào việc nâng cấp quan hệ Việt Nam - EU lên Đối tác chiến lược toàn diện.",
			[]string{"EU VN level=comprehensive_strategic status=planned"}},
		{"the-leaders-who-met (a level worked towards: 'hướng tới')", "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Indonesia Prabowo Subianto. Lãnh đạo hai bên nhất trí hướng tới Đối tác Chiến lược toàn diện trong thời gian tới.",
			[]string{"ID VN level=comprehensive_strategic status=planned"}},
		{"pair-joined-by-a-dash-or-và (an upgrade welcomed is done)", "Hai bên hoan nghênh việc nâng cấp quan hệ Việt Nam - Indonesia lên Đối tác Chiến lược toàn diện.",
			[]string{"ID VN level=comprehensive_strategic status=upgraded"}},
		{"two-countries-in-the-clause (two countries becoming allies)", "Thủ tướng Papua New Guinea James Marape bắt tay Thủ tướng Úc Anthony Albanese khi hai nước chính thức trở thành đồng minh.",
			[]string{"AU PG level=alliance status=established"}},
		{"two-countries-in-the-clause (one country called the other's ally: 'là đồng minh của', ', một đồng minh của')", "Trung Quốc, một đồng minh của Triều Tiên, là đối tác thương mại lớn nhất của quốc gia này. Nhật Bản là đồng minh của Mỹ.",
			[]string{"CN KP level=alliance status=established", "JP US level=alliance status=established"}},
		{"a level named as the capacity in which a country joins a group ('với tư cách ... đối tác chiến lược') is no pair's", "Malaysia đã gửi đơn đến Nga, bày tỏ sẵn sàng tham gia nhóm với tư cách nước thành viên hoặc đối tác chiến lược.",
			nil},
		{"'đưa quan hệ ... lên <level>' raises the relation, proposed ('đề nghị') or aimed at ('mục tiêu') it is planned; without 'lên' it does not",
			"Chủ tịch Quốc hội Trần Thanh Mẫn đề nghị đưa quan hệ Việt Nam - Singapore lên Đối tác Chiến lược toàn diện trong thời gian tới. Năm 2023, hai nước đã đưa quan hệ Việt Nam - Nhật Bản lên Đối tác Chiến lược toàn diện. Chuyến thăm thể hiện cam kết của Pháp, đưa quan hệ Đối tác Chiến lược Toàn diện Việt Nam - Pháp đi vào thực chất.",
			[]string{"FR VN level=comprehensive_strategic status=established", "JP VN level=comprehensive_strategic status=upgraded", "SG VN level=comprehensive_strategic status=planned"}},
		{"'không có giới hạn' inside a quoted saying names no framework; as a quoted term it does",
			"Thủ tướng Phạm Minh Chính bày tỏ ấn tượng với câu nói của Quốc vương Qatar “Quan hệ Việt Nam-Qatar là không có giới hạn”. Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã ra tuyên bố chung nói rằng tình hữu nghị giữa hai nước là \"không có giới hạn\".",
			[]string{"CN RU level=no_limits status=established"}},
		{"two-countries-in-the-clause", "Indonesia là Đối tác chiến lược toàn diện của Việt Nam.",
			[]string{"ID VN level=comprehensive_strategic status=established"}},
		{"the-leaders-who-met", "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Indonesia Prabowo Subianto. Hai bên nhất trí nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện.",
			[]string{"ID VN level=comprehensive_strategic status=upgraded"}},
		{"set-up, with its year", "Hai nước thiết lập quan hệ Đối tác Chiến lược Việt Nam - Indonesia năm 2013.",
			[]string{"ID VN level=strategic status=established"}},
		{"to-be-studied-or-wished", "Thủ tướng Phạm Minh Chính và Thủ tướng Lawrence Wong nhất trí xem xét nâng cấp quan hệ Việt Nam - Singapore lên Đối tác Chiến lược Toàn diện.",
			[]string{"SG VN level=comprehensive_strategic status=planned"}},
		{"intent-without-a-verb-is-the-standing-relation", "Tổng Bí thư khẳng định Việt Nam mong muốn thúc đẩy quan hệ Đối tác Chiến lược toàn diện Việt Nam – Mỹ phát triển.",
			[]string{"US VN level=comprehensive_strategic status=established"}},
		{"one-article-one-status-per-level", "Việt Nam và Malaysia nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện. Trụ cột của Đối tác Chiến lược Toàn diện Việt Nam - Malaysia là tin cậy chính trị.",
			[]string{"MY VN level=comprehensive_strategic status=upgraded"}},
		{"subject-is-level-of-country (and those listed after it in parentheses, each a partner of the same country at the level)", "Như vậy, Australia đã trở thành Đối tác chiến lược toàn diện thứ 7 của Việt Nam (sau Trung Quốc, Liên bang Nga, Ấn Độ, Hàn Quốc, Hoa Kỳ và Nhật Bản).",
			[]string{"AU VN level=comprehensive_strategic status=established", "CN VN level=comprehensive_strategic status=established", "IN VN level=comprehensive_strategic status=established", "JP VN level=comprehensive_strategic status=established", "KR VN level=comprehensive_strategic status=established", "RU VN level=comprehensive_strategic status=established", "US VN level=comprehensive_strategic status=established"}},
		{"listed-partners", "Tính đến tháng 10/2024, Việt Nam có quan hệ Đối tác Chiến lược Toàn diện với 8 quốc gia gồm Trung Quốc, Liên bang Nga, Ấn Độ và Pháp.",
			[]string{"CN VN level=comprehensive_strategic status=established", "FR VN level=comprehensive_strategic status=established", "IN VN level=comprehensive_strategic status=established", "RU VN level=comprehensive_strategic status=established"}},
		{"the-two-countries-named-before ('hai nước' with no leader pair; an Eth typed for 'Đ')", "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Hai nước thiết lập quan hệ Ðối tác toàn diện vào tháng 5/2007.",
			[]string{"CL VN level=comprehensive status=established"}},
		{"a lower-case 'tuyên bố' is the verb, not a document's name", "Nga và Trung Quốc đã tuyên bố quan hệ đối tác không giới hạn vào tháng 2/2022.",
			[]string{"CN RU level=no_limits status=established"}},
		{"negated", "Quan hệ Nga - Trung là liên kết chiến lược, không thành quan hệ đồng minh.", nil},
		{"plural-is-no-pair", "Mỹ và các đồng minh hiệp ước phản đối.", nil},
		{"a-level-in-an-agreement's-name", "Hiệp ước đối tác toàn diện giữa Nga và Triều Tiên sẽ có hiệu lực sau khi hai nước trao đổi văn kiện phê chuẩn và không có giới hạn về thời gian.", nil},
		{"an-organisation's-partner-is-no-pair", "Năm 2025 đánh dấu mốc kỷ niệm 50 năm quan hệ đối tác chiến lược ASEAN-New Zealand.", nil},
		{"a-description-is-no-level", "Việt Nam luôn xác định Nhật Bản là đối tác chiến lược quan trọng hàng đầu.", nil},
		{"friendship-without-limits", "Hai nhà lãnh đạo nói rằng tình hữu nghị giữa Nga và Trung Quốc là \"không có giới hạn\".",
			[]string{"CN RU level=no_limits status=established"}},
		{"an upgrade 'từ' one level 'lên' another: the verb before 'từ' raises the second; the first is the level it had",
			"Việc nâng tầm từ Đối tác chiến lược lên Đối tác chiến lược toàn diện thể hiện mối quan hệ chặt chẽ giữa Thái Lan và Nhật Bản.",
			[]string{"JP TH level=comprehensive_strategic status=upgraded", "JP TH level=strategic status=established"}},
		{"an upgrade dated in a year after the article's is a plan ('trong năm sau', 'vào năm 2026')",
			"Hàn Quốc và Malaysia nhất trí nâng tầm quan hệ thành \"đối tác chiến lược\" trong năm sau. Việc nâng cấp quan hệ New Zealand - Thái Lan lên Đối tác chiến lược vào năm 2027 thể hiện tham vọng chung.",
			[]string{"KR MY level=strategic status=planned", "NZ TH level=strategic status=planned"}},
		{"special-relation", "Hai nước kỷ niệm quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt Việt Nam - Lào.",
			[]string{"LA VN level=special status=established"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			assert.Equal(t, tt.want, relationsOf(tt.text, model.RelPartnerOf, "level", "status"), tt.text)
		})
	}
}

// TestPartnershipSince holds when an upgrade or establishment took
// place to its sentences (partnerships.go dateActs).
func TestPartnershipSince(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an upgrade in the headline takes its talks' date", "Việt Nam, Indonesia nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện. Tổng Bí thư Tô Lâm chiều 10/3/2025 hội đàm với Tổng thống Indonesia Prabowo Subianto.",
			[]string{"ID VN level=comprehensive_strategic since=2025-03-10"}},
		{"the talks of the sentence", "Tổng Bí thư Tô Lâm chiều 10/3/2025 hội đàm với Tổng thống Indonesia Prabowo Subianto, hai bên nhất trí nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện. Ngày 12/3/2025, Tổng thống Prabowo Subianto gặp Thủ tướng Phạm Minh Chính.",
			[]string{"ID VN level=comprehensive_strategic since=2025-03-10"}},
		{"talks on two days: no date", "Việt Nam, Indonesia nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện. Tổng Bí thư Tô Lâm ngày 10/3/2025 hội đàm với Tổng thống Indonesia Prabowo Subianto. Ngày 12/3/2025, Tổng thống Prabowo Subianto gặp Thủ tướng Phạm Minh Chính.",
			[]string{"ID VN level=comprehensive_strategic since=<nil>"}},
		{"an anniversary is no act of the talks", "Chủ tịch nước Võ Văn Thưởng ngày 26/7/2023 hội đàm với Thủ tướng Italy Giorgia Meloni nhân dịp 10 năm thiết lập khuôn khổ Đối tác chiến lược.",
			[]string{"IT VN level=strategic since=<nil>"}},
		{"each act its own year", "Việt Nam và Hàn Quốc đã thiết lập quan hệ đối tác chiến lược vào năm 2009 và nâng cấp lên đối tác chiến lược toàn diện năm 2022.",
			[]string{"KR VN level=comprehensive_strategic since=2022", "KR VN level=strategic since=2009"}},
		{"a year beside each listed partner", "Việt Nam có quan hệ Đối tác chiến lược toàn diện với Trung Quốc (2008), Liên bang Nga (năm 2012) và Ấn Độ (2016).",
			[]string{"CN VN level=comprehensive_strategic since=2008", "IN VN level=comprehensive_strategic since=2016", "RU VN level=comprehensive_strategic since=2012"}},
		{"an act in the main clause dated by the sentence's lead, before an occasion clause ('Tháng 5/2008, nhân chuyến thăm ..., ... thiết lập')", "Tháng 5/2008, nhân chuyến thăm hữu nghị chính thức Trung Quốc, Tổng Bí thư Nông Đức Mạnh và Tổng Bí thư, Chủ tịch nước Trung Quốc Hồ Cẩm Đào đã ra tuyên bố chung thiết lập khuôn khổ quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam - Trung Quốc.",
			[]string{"CN VN level=comprehensive_strategic_cooperative since=2008-05"}},
		{"a standing relation has no date", "Tổng Bí thư Tô Lâm ngày 10/3/2025 hội đàm với Tổng thống Indonesia Prabowo Subianto về quan hệ Đối tác Chiến lược Toàn diện.",
			[]string{"ID VN level=comprehensive_strategic since=<nil>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, relationsOf(tt.text, model.RelPartnerOf, "level", "since"), tt.text)
		})
	}
}

// TestDocumentList holds a list of documents, one a sentence after
// "Các văn kiện hợp tác gồm:", to its reading: each item is a document
// named by all of its sentence, and the set the list names is none.
func TestDocumentList(t *testing.T) {
	text := "Trưa 11/8/2025, Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung đã chứng kiến Lễ trao các văn kiện hợp tác song phương Việt Nam - Hàn Quốc.\n\n" +
		"Các văn kiện hợp tác gồm:\n\n" +
		"Bản ghi nhớ giữa Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học, Công nghệ Thông tin và Truyền thông Hàn Quốc về hợp tác khoa học công nghệ.\n\n" +
		"Biên bản ghi nhớ hợp tác giữa Ủy ban Chứng khoán Nhà nước và Cơ quan Giám sát Tài chính Hàn Quốc.\n"
	names := entitiesOf(text, "2025-08-11", model.LabelAgreement, func(e model.Entity) string {
		return fmt.Sprintf("%v %v %v", e.Name, e.Props["kind"], e.Props["status"])
	})
	sort.Strings(names)
	assert.Equal(t, []string{
		"Biên bản ghi nhớ hợp tác giữa Ủy ban Chứng khoán Nhà nước và Cơ quan Giám sát Tài chính Hàn Quốc mou signed",
		"Bản ghi nhớ giữa Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học, Công nghệ Thông tin và Truyền thông Hàn Quốc về hợp tác khoa học công nghệ mou signed",
	}, names)
}

// TestNumberedDocumentList holds a numbered list of documents ("1.",
// "2." on lines of their own) to its reading: an item that is no document
// ("Giấy chứng nhận") does not end the list, and a name runs to the end of
// its sentence ("Ngân hàng Nhân dân": no clause opens at "Nhân").
func TestNumberedDocumentList(t *testing.T) {
	text := "Ngày 19/8/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm và Chủ tịch Trung Quốc Tập Cận Bình đã cùng chứng kiến lễ ký 14 văn kiện, bao gồm:\n\n" +
		"1. Bản ghi nhớ về việc hợp tác công nghiệp giữa Bộ Công Thương Việt Nam và Bộ Công nghiệp và Công nghệ thông tin Trung Quốc.\n\n" +
		"2. Giấy Chứng nhận bàn giao Hồ sơ dự án giữa Chính phủ Việt Nam và Chính phủ Trung Quốc.\n\n" +
		"3. Bản ghi nhớ giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Nhân dân Trung Quốc về tăng cường hợp tác.\n"
	names := entitiesOf(text, "2024-08-19", model.LabelAgreement, func(e model.Entity) string {
		return fmt.Sprintf("%v %v %v", e.Name, e.Props["status"], e.Props["date"])
	})
	sort.Strings(names)
	assert.Equal(t, []string{
		"Bản ghi nhớ giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Nhân dân Trung Quốc về tăng cường hợp tác signed 2024-08-19",
		"Bản ghi nhớ về việc hợp tác công nghiệp giữa Bộ Công Thương Việt Nam và Bộ Công nghiệp và Công nghệ thông tin Trung Quốc signed 2024-08-19",
	}, names)
}

// TestMembershipRules holds the membership rules to their sentences
// (memberships.go).
func TestMembershipRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []string
	}{
		{"a class of members described by a few plain words before 'gồm' or 'là' is named by the list ('các đối tác đối thoại chủ chốt gồm Trung Quốc, ...'); not across a relative clause ('mà nổi bật là')",
			"Các bộ trưởng ASEAN đã tham vấn với các đối tác đối thoại chủ chốt gồm Trung Quốc, Nhật Bản, Hàn Quốc và Mỹ.",
			[]string{"CN ASEAN status=partner", "JP ASEAN status=partner", "KR ASEAN status=partner", "US ASEAN status=partner"}},
		{"seats an election fills ('Theo kết quả bỏ phiếu, 5 ủy viên ... mới gồm') are to come when the article tells the term begins after its date ('sẽ bắt đầu nhiệm kỳ 2 năm từ ngày 1/1/2026'): applicants; how seats rotate ('được luân phiên bầu lại') is no vote (termsToCome)",
			"Theo kết quả bỏ phiếu, 5 ủy viên không thường trực mới gồm Pakistan, Somalia và Panama. Các nước ủy viên này sẽ bắt đầu nhiệm kỳ 2 năm từ ngày 1/1/2026. Hội đồng Bảo an gồm 5 nước ủy viên thường trực (Mỹ và Nga) và 10 nước ủy viên không thường trực được luân phiên bầu lại.",
			[]string{"PA UNSC status=applicant", "PK UNSC status=applicant", "RU UNSC status=member", "SO UNSC status=applicant", "US UNSC status=member"}},
		{"a list grouped by region ('A và B tại khu vực châu Phi; C, D tại khu vực châu Á; ...') goes on across the regions (regionAside); the elected who take their seats later ('sẽ nhậm chức vào ngày 1/1/2026') are applicants",
			"Ngày 11/5, Đại hội đồng Liên Hợp Quốc bầu ra 14 thành viên Hội đồng Nhân quyền Liên Hợp Quốc. Các thành viên mới sẽ nhậm chức vào ngày 1/1/2026. Thành viên Hội đồng Nhân quyền được bầu lần này bao gồm: An-giê-ri, Ma-rốc và Nam Phi tại khu vực châu Phi; Việt Nam, Băng-la-đét tại khu vực châu Á; Chi-lê và Cô-xta Ri-ca tại châu Mỹ La-tinh và Ca-ri-bê.",
			[]string{"BD UNHRC status=applicant", "CL UNHRC status=applicant", "CR UNHRC status=applicant", "DZ UNHRC status=applicant", "MA UNHRC status=applicant", "VN UNHRC status=applicant", "ZA UNHRC status=applicant"}},
		{"the ASEAN defence ministers' meetings named with 'các nước' ('Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng') are ADMM and ADMM+, not ASEAN: their partners are ADMM+'s",
			"Ngày 1/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 12 (ADMM+ 12) đã diễn ra tại Kuala Lumpur với sự tham dự của lãnh đạo Bộ Quốc phòng các nước ASEAN cùng 8 nước đối tác gồm Trung Quốc, Ấn Độ và Nhật Bản.",
			[]string{"CN ADMM_PLUS status=partner", "IN ADMM_PLUS status=partner", "JP ADMM_PLUS status=partner"}},
		{"members whose term ends at a later date are members ('18 thành viên sắp hết nhiệm kỳ vào ngày 31/12/2024 gồm ...'), and what is to come is their replacing ('sẽ thay thế'), not their membership",
			"Hội đồng Nhân quyền LHQ có 47 thành viên. Các thành viên vừa trúng cử sẽ thay thế 18 thành viên sắp hết nhiệm kỳ vào ngày 31/12/2025 gồm Argentina, Benin, Cameroon và Mỹ.",
			[]string{"AR UNHRC status=member", "BJ UNHRC status=member", "CM UNHRC status=member", "US UNHRC status=member"}},
		{"those replaced ('sẽ bắt đầu nhiệm kỳ 2 năm từ ngày 1/1/2024 và thay thế cho các nước ủy viên không thường trực sắp mãn nhiệm gồm A, B') are members now, with no year of joining from the date of those who replace them; 'Albani' is Albania",
			"Theo kế hoạch, 5 nước mới đắc cử sẽ bắt đầu nhiệm kỳ 2 năm của mình từ ngày 1/1/2024 và thay thế cho các nước ủy viên không thường trực sắp mãn nhiệm gồm Albani, Brazil và Gabon.",
			[]string{"AL UNSC status=member", "BR UNSC status=member", "GA UNSC status=member"}},
		{"Mekong-Lancang Cooperation named by its two rivers alone, in any spelling ('cơ chế hợp tác Mekong-Lan thương', 'Me Kong – Lan Thương', 'Mê Công – Lan Thương'), with its members in parentheses",
			"Tham dự hội nghị là lãnh đạo ngoại giao các quốc gia nằm trong cơ chế hợp tác Mekong-Lan thương (Trung Quốc, Campuchia và Lào). Các nước Me Kong – Lan Thương (Thái Lan và Việt Nam) nhất trí. Các nước Mê Công – Lan Thương (Myanmar và Lào) cũng vậy.",
			[]string{"CN MLC status=member", "KH MLC status=member", "LA MLC status=member", "MM MLC status=member", "TH MLC status=member", "VN MLC status=member"}},
		{"the Human Rights Council by its Vietnamese acronym and the UN's ('HĐNQ LHQ'), like 'HĐBA LHQ'",
			"Việt Nam hiện là thành viên HĐNQ LHQ.",
			[]string{"VN UNHRC status=member"}},
		{"a class described by a few plain words before its organisation ('các đối tác quan trọng của ASEAN như A, B') is named by the list (afterDescription)",
			"Hội nghị có sự tham dự của lãnh đạo 10 nước ASEAN và các đối tác quan trọng của ASEAN như Trung Quốc, Nhật Bản và New Zealand.",
			[]string{"CN ASEAN status=partner", "JP ASEAN status=partner", "NZ ASEAN status=partner"}},
		{"a country left out ('tất cả các quốc gia giáp biển Baltic, ngoại trừ Nga, đều đã trở thành thành viên') is no member; the list before it is (excepted)",
			"Với việc Thụy Điển chính thức gia nhập NATO, sau Phần Lan, tất cả các quốc gia giáp biển Baltic, ngoại trừ Nga, đều đã trở thành thành viên của liên minh quân sự này.",
			[]string{"FI NATO status=member", "SE NATO status=member"}},
		{"membership a country is eligible for or pushed towards ('đủ tư cách trở thành thành viên', 'thúc đẩy việc trở thành thành viên') is applied for; what lobbying is for ('để có được tư cách thành viên đầy đủ') is no fact of its own",
			"Nghị quyết tuyên bố Nhà nước Palestine đủ tư cách trở thành thành viên chính thức của LHQ. Việc Palestine thúc đẩy việc trở thành thành viên Liên hợp quốc sẽ vẫn gặp trở ngại. Kể từ năm 2012, Palestine có tư cách quan sát viên tại Liên hợp quốc và đã vận động hành lang để có được tư cách thành viên đầy đủ.",
			[]string{"PS UN status=applicant", "PS UN status=observer"}},
		{"a joining word's own organisation after the one it admits ('ủng hộ việc kết nạp Palestine làm thành viên Liên hợp quốc') is the one joined, not the body the sentence names first (joinedOrgAfter)",
			"Phái đoàn sẽ hối thúc các nước ủy viên Hội đồng Bảo an ủng hộ việc kết nạp Palestine làm thành viên Liên hợp quốc.",
			[]string{"PS UN status=applicant"}},
		{"a list after an organisation named as the owner of another, the subject ('Hội đồng Bảo an là cơ quan quyền lực nhất của Liên hợp quốc, gồm 5 nước ủy viên thường trực (...)'), is the subject's members (ownerOfSubject)",
			"Hội đồng Bảo an là cơ quan quyền lực nhất của Liên hợp quốc, gồm 5 nước ủy viên thường trực (Mỹ, Anh và Pháp) giữ ghế vĩnh viễn.",
			[]string{"FR UNSC status=member", "GB UNSC status=member", "US UNSC status=member"}},
		{"the organisation a joining word names by its acronym after a description ('nộp đơn xin gia nhập Nhóm các nền kinh tế mới nổi (BRICS)') is the one applied to, not the one the applicant is a member of (joinedOrgAfter)",
			"Thổ Nhĩ Kỳ, quốc gia thành viên NATO, đã chính thức nộp đơn xin gia nhập Nhóm các nền kinh tế mới nổi (BRICS).",
			[]string{"TR BRICS status=applicant", "TR NATO status=member"}},
		{"an organisation's partners listed after 'gồm' ('lãnh đạo 10 nước ASEAN và các đối tác gồm A, B') are its partners, as when named right after 'đối tác' (orgWithPartners)",
			"Hội nghị có sự tham dự của lãnh đạo 10 nước ASEAN và các đối tác gồm Trung Quốc, Nhật Bản và New Zealand.",
			[]string{"CN ASEAN status=partner", "JP ASEAN status=partner", "NZ ASEAN status=partner"}},
		{"the Mekong River Commission spelled 'Mekông' and named again as 'Ủy hội'; a plan of who attends ('dự kiến có Thủ tướng của 4 nước thành viên') is no plan of membership",
			"Thủ tướng sẽ dự Hội nghị Cấp cao Ủy hội sông Mekông quốc tế lần thứ 4. Tham dự Hội nghị cấp cao lần này dự kiến có Thủ tướng của 4 nước thành viên Ủy hội, gồm Campuchia, Lào, Thái Lan và Việt Nam.",
			[]string{"KH MRC status=member", "LA MRC status=member", "TH MRC status=member", "VN MRC status=member"}},
		{"observers named 'quốc gia quan sát' without 'viên'; a class of members listed after a dash ('các nước đối tác - Azerbaijan, ...') is named, as after 'là'",
			"SCO được thành lập năm 2001. Các quốc gia quan sát là Afghanistan và Mông Cổ, các nước đối tác - Azerbaijan, Armenia và Campuchia.",
			[]string{"AF SCO status=observer", "AM SCO status=partner", "AZ SCO status=partner", "KH SCO status=partner", "MN SCO status=observer"}},
		{"a group named inside a list, with its members in parentheses, goes on with the list ('các quốc gia vùng Baltic (Estonia, Latvia và Litva)', 'cùng các đảo quốc Cyprus và Malta')",
			"Trong một bước mở rộng lịch sử năm 2004, EU kết nạp thêm một loạt nước gồm Ba Lan, các quốc gia vùng Baltic (Estonia, Latvia và Litva), Hungary, Cộng hòa Czech, cùng các đảo quốc Cyprus và Malta ở Địa Trung Hải.",
			[]string{"CY EU status=member", "CZ EU status=member", "EE EU status=member", "HU EU status=member", "LT EU status=member", "LV EU status=member", "MT EU status=member", "PL EU status=member"}},
		{"', và' after a list closed by 'và' starts another clause: who joined later is no founder", "BRICS được thành lập vào năm 2006 bởi Brazil, Nga, Ấn Độ và Trung Quốc, và Nam Phi tham gia vào năm 2011.",
			[]string{"BR BRICS status=founding_member", "CN BRICS status=founding_member", "IN BRICS status=founding_member", "RU BRICS status=founding_member"}},
		{"'hai nước' visited ('thăm hai nước thành viên ASEAN') are the two countries named together before, not the leaders'; the plan is the visit's, not the membership's",
			"Thủ tướng Nhật Bản Yoshihide Suga dự định sẽ thăm Việt Nam và Indonesia vào tháng 10. Kế hoạch thăm hai nước thành viên Hiệp hội Các quốc gia Đông Nam Á (ASEAN) được cân nhắc trong bối cảnh Nhật Bản đang tìm cách tăng cường quan hệ với khu vực.",
			[]string{"ID ASEAN status=member", "VN ASEAN status=member"}},
		{"what members are to do together ('sẽ cùng 5 nước uỷ viên thường trực ... thực hiện') is to come, not their membership",
			"Các nước này sẽ cùng 5 nước uỷ viên thường trực Hội đồng Bảo an là Trung Quốc, Pháp, Nga, Anh và Mỹ thực hiện sứ mệnh duy trì hoà bình và an ninh quốc tế.",
			[]string{"CN UNSC status=member", "FR UNSC status=member", "GB UNSC status=member", "RU UNSC status=member", "US UNSC status=member"}},
		{"non-permanent members ('các nước uỷ viên không thường trực là ...') sit on the Security Council, named or not",
			"Các nước uỷ viên không thường trực là Ấn Độ, Ireland và Kenya đã phát biểu.",
			[]string{"IE UNSC status=member", "IN UNSC status=member", "KE UNSC status=member"}},
		{"countries elected ('được bầu vào ghế Ủy viên không thường trực') for the term told before, one to come, are applicants",
			"Ngày 3/6/2025, Đại hội đồng Liên Hợp Quốc bầu Pakistan làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2026-2027. Ngoài Pakistan, 4 nước khác được bầu vào ghế Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc là Niger, Tunisia, Saint Vincent và Grenadines, và Estonia.",
			[]string{"EE UNSC status=applicant", "NE UNSC status=applicant", "PK UNSC status=applicant", "TN UNSC status=applicant", "VC UNSC status=applicant"}},
		{"a list goes on over the form of a state ('Liên bang Nga, Cộng hòa Belarus'); 'được ký kết thành lập' founds the organisation, not its members",
			"EAEU bao gồm các nước Liên bang Nga, Cộng hòa Belarus, Cộng hòa Kazakhstan, Cộng hòa Armenia và Cộng hòa Kyrgyzstan, được ký kết thành lập vào ngày 29/5/2014.",
			[]string{"AM EAEU status=member", "BY EAEU status=member", "KG EAEU status=member", "KZ EAEU status=member", "RU EAEU status=member"}},
		{"a bloc that brings its members together ('CPTPP quy tụ A, B, C và D')",
			"CPTPP quy tụ Canada, Nhật Bản, Australia và Việt Nam.",
			[]string{"AU CPTPP status=member", "CA CPTPP status=member", "JP CPTPP status=member", "VN CPTPP status=member"}},
		{"the permanent members told as 'nước thường trực Hội đồng Bảo an', with an aside before 'gồm'",
			"Lãnh đạo 5 nước thường trực Hội đồng Bảo an, cũng là 5 cường quốc vũ khí hạt nhân gồm Mỹ, Trung Quốc, Nga, Anh và Pháp đã ra tuyên bố chung.",
			[]string{"CN UNSC status=member", "FR UNSC status=member", "GB UNSC status=member", "RU UNSC status=member", "US UNSC status=member"}},
		{"members 'together' ('lợi thế cùng là thành viên của CPTPP') with no one named are the article's two sides",
			"Thủ tướng Phạm Minh Chính gặp Thủ tướng Canada Mark Carney. Thủ tướng đề nghị khai thác tính bổ trợ giữa hai nền kinh tế và lợi thế cùng là thành viên của Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP).",
			[]string{"CA CPTPP status=member", "VN CPTPP status=member"}},
		{"countries invited to join ('mời 6 quốc gia gồm A, B, ... gia nhập khối') are applicants, however long the list between the two words",
			"Nhóm các nền kinh tế mới nổi (BRICS) đã quyết định mời 6 quốc gia gồm Argentina, Ai Cập, Iran, Ethiopia, Saudi Arabia và UAE gia nhập khối.",
			[]string{"AE BRICS status=applicant", "AR BRICS status=applicant", "EG BRICS status=applicant", "ET BRICS status=applicant", "IR BRICS status=applicant", "SA BRICS status=applicant"}},
		{"new members ('bầu ra 15 thành viên mới của Hội đồng Nhân quyền nhiệm kỳ 2024-2026, gồm A, B') are those of the body after 'của', not of the assembly that elects them; with a term to come, applicants",
			"Ngày 10/10, Đại hội đồng Liên hợp quốc đã họp để bầu ra 15 thành viên mới của Hội đồng Nhân quyền nhiệm kỳ 2024-2026, gồm Indonesia, Kuwait và Cuba.",
			[]string{"CU UNHRC status=applicant", "ID UNHRC status=applicant", "KW UNHRC status=applicant"}},
		{"a list after an acronym in parentheses and a term ('thành viên Hội đồng Nhân quyền (HĐNQ) LHQ nhiệm kỳ 2026-2028 gồm: A, B') is the members'; 'thành viên không thường trực của' names the body after it, not the meeting's",
			"Đại hội đồng đã bầu 14 nước thành viên Hội đồng Nhân quyền (HĐNQ) LHQ nhiệm kỳ 2026-2028 gồm: Việt Nam, Ấn Độ và Anh. Tại cuộc họp của Đại hội đồng Liên hợp quốc, các nước Bahrain và Latvia đã được bầu trở thành nước thành viên không thường trực của Hội đồng bảo an Liên hợp quốc nhiệm kỳ 2026-2027.",
			[]string{"BH UNSC status=applicant", "GB UNHRC status=applicant", "IN UNHRC status=applicant", "LV UNSC status=applicant", "VN UNHRC status=applicant"}},
		{"the names the overseas press gives countries ('Úc Đại Lợi', 'Nam Dương', 'Mã Lai Á', 'Tân Tây Lan') and IPEF's name with 'Ấn Độ - Thái Bình Dương'",
			"Các quốc gia tham dự Khuôn khổ Kinh tế Ấn Độ - Thái Bình Dương gồm Hoa Kỳ, Úc Đại Lợi, Nam Dương, Mã Lai Á và Tân Tây Lan.",
			[]string{"AU IPEF status=member", "ID IPEF status=member", "MY IPEF status=member", "NZ IPEF status=member", "US IPEF status=member"}},
		{"an organisation told with how many countries take part in it ('có sự tham gia của 15 nước, gồm', '18 nước như') lists its members; glued to the sentence before ('15/11.RCEP'), it is still a sentence of its own",
			"Lễ ký sẽ diễn ra vào ngày 15/11.RCEP là một Hiệp định thương mại tự do (FTA) có sự tham gia của 15 nước, gồm 10 nước ASEAN và các nước Hàn Quốc, Trung Quốc, Nhật Bản. Hội nghị thượng đỉnh Đông Á (EAS) có sự tham gia của 18 nước như Mỹ, Nga.",
			[]string{"CN RCEP status=member", "JP RCEP status=member", "KR RCEP status=member", "RU EAS status=member", "US EAS status=member"}},
		{"those taking part in a summit, not counted, may be its guests: no members",
			"Hội nghị thượng đỉnh G20 có sự tham gia của Việt Nam và Singapore.",
			nil},
		{"an accession under review or aimed at ('quy trình xét duyệt Ukraine gia nhập', 'hướng tới tư cách thành viên đầy đủ') is not yet membership",
			"Các bước tiếp theo trong quy trình xét duyệt Ukraine gia nhập CPTPP sẽ do tất cả các thành viên quyết định.",
			[]string{"UA CPTPP status=applicant"}},
		{"an anniversary of a founding told with its day ('58 năm Ngày thành lập ASEAN') names no founder; who joined is a member",
			"Bộ Ngoại giao tổ chức Lễ thượng cờ ASEAN, nhân kỷ niệm 30 năm Việt Nam gia nhập ASEAN (28-7-1995 – 28-7-2025) và 58 năm Ngày thành lập ASEAN (8-8-1967 – 8-8-2025).",
			[]string{"VN ASEAN status=member"}},
		{"the permanent members told as 'ủy viên thường trực là A, B' are members",
			"Hội đồng Bảo an có tổng cộng 15 ủy viên với 5 ủy viên thường trực là Mỹ, Anh, Pháp, Nga, Trung Quốc.",
			[]string{"CN UNSC status=member", "FR UNSC status=member", "GB UNSC status=member", "RU UNSC status=member", "US UNSC status=member"}},
		{"the countries named after an organisation 'với (các) đối tác' are its partners ('các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung Quốc')",
			"Thủ tướng đồng thời dự các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung Quốc và Hàn Quốc.",
			[]string{"CN ASEAN status=partner", "KR ASEAN status=partner", "US ASEAN status=partner"}},
		{"where the members are, between the membership word and 'là' ('gồm 6 quốc gia thành viên ở khu vực Vùng Vịnh là A, B'), does not keep the list from them",
			"GCC là tổ chức khu vực quan trọng hàng đầu ở Trung Đông gồm 6 quốc gia thành viên ở khu vực Vùng Vịnh là Saudi Arabia, Qatar, Bahrain, Kuwait và Oman.",
			[]string{"BH GCC status=member", "KW GCC status=member", "OM GCC status=member", "QA GCC status=member", "SA GCC status=member"}},
		{"a non-permanent seat with no body named ('được bầu làm nước thành viên không thường trực') is the Security Council's",
			"Tại cuộc họp của Đại hội đồng Liên hợp quốc, Hàn Quốc cho biết nước này đã được bầu làm nước thành viên không thường trực nhiệm kỳ 2024-2025.",
			[]string{"KR UNSC status=member"}},
		{"a word of applying and its adverbs between the countries and the joining word ('Ecuador và Costa Rica cũng chính thức nộp đơn gia nhập') keep them its subject; the organisation is the one told before",
			"Trung Quốc nộp đơn gia nhập CPTPP vào tháng 9/2021. Ngay sau đó, Ecuador và Costa Rica cũng chính thức nộp đơn gia nhập.",
			[]string{"CN CPTPP status=applicant", "CR CPTPP status=applicant", "EC CPTPP status=applicant"}},
		{"the members an organisation had at first ('được thành lập năm 2001, ban đầu có 5 thành viên gồm A, B') are its founders; a list after an opening clause of time ('Sau khi Belarus trở thành thành viên chính thức, A và B vẫn là các nước quan sát viên') is the main clause's; one approved to join ('được chấp thuận gia nhập') is a member",
			"SCO được thành lập vào ngày 15/6/2001 tại Thượng Hải, Trung Quốc, ban đầu có 5 thành viên gồm Kazakhstan, Trung Quốc, Kyrgyzstan, Nga và Tajikistan. Sau khi Belarus trở thành thành viên chính thức của SCO, Afghanistan và Mông Cổ vẫn là các nước quan sát viên. Iran vừa được chấp thuận gia nhập SCO vào tháng 7/2023.",
			[]string{"AF SCO status=observer", "BY SCO status=member", "CN SCO status=founding_member", "IR SCO status=member", "KG SCO status=founding_member", "KZ SCO status=founding_member", "MN SCO status=observer", "RU SCO status=founding_member", "TJ SCO status=founding_member"}},
		{"a country running for a seat ('ủng hộ Việt Nam ứng cử vào vị trí Ủy viên không thường trực Hội đồng Bảo an', 'ủng hộ lẫn nhau ứng cử ..., Việt Nam nhiệm kỳ 2020-2021, Ấn Độ nhiệm kỳ 2021-2022') is an applicant of the body; who supports it is not",
			"Phó Thủ tướng cảm ơn Litva đã ủng hộ Việt Nam ứng cử vào vị trí Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2026-2027. Bộ trưởng cảm ơn Cuba ủng hộ Việt Nam ứng cử Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026-2028. Hai bên nhất trí ủng hộ lẫn nhau ứng cử vị trí Ủy viên không thường trực Hội đồng bảo an Liên hợp quốc, Pakistan nhiệm kỳ 2026-2027, Ấn Độ nhiệm kỳ 2028-2029.",
			[]string{"IN UNSC status=applicant", "PK UNSC status=applicant", "VN UNHRC status=applicant", "VN UNSC status=applicant"}},
		{"a country after 'thuộc' places the subject and is not it", "Đây là bước đầu tiên đưa 2 quốc gia thuộc Liên Xô cũ này trở thành thành viên của EU.",
			nil},
		{"a group that grew when countries came in ('mở rộng khi A, B, C'): they are members; the founders before it are not told again",
			"BRICS ban đầu bao gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi, và mở rộng khi Ai Cập, Iran, Ethiopia bước vào nhóm năm 2024.",
			[]string{"BR BRICS status=founding_member", "CN BRICS status=founding_member", "EG BRICS status=member", "ET BRICS status=member", "IN BRICS status=founding_member", "IR BRICS status=member", "RU BRICS status=founding_member", "ZA BRICS status=founding_member"}},
		{"a second 'là' after 'và' has the first one's subject ('Nhật Bản hiện là đối tác ... của Việt Nam và là nước G7 đầu tiên')",
			"Nhật Bản hiện là đối tác kinh tế quan trọng hàng đầu của Việt Nam và là nước G7 đầu tiên công nhận quy chế kinh tế thị trường của Việt Nam.",
			[]string{"JP G7 status=member"}},
		{"a sentence that opens on a word for the organisation told before ('Diễn đàn hiện có ... thành viên') is about that one, not one named later in it",
			"Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC) là cơ chế liên kết kinh tế hàng đầu. Diễn đàn hiện có 21 nền kinh tế thành viên, trong đó bao gồm những nền kinh tế hàng đầu thế giới (Mỹ, Trung Quốc, Nhật Bản…), 9 thành viên Nhóm 20 nền kinh tế lớn (G20).",
			[]string{"CN APEC status=member", "JP APEC status=member", "US APEC status=member"}},
		{"the candidates of an election listed after 'ứng cử viên'/'ứng viên' and 'gồm' ('6 ứng cử viên cho 5 vị trí lần này bao gồm A, B', '4 ứng viên còn lại gồm A cùng B') are applicants of the elected body the article names (candidateList), never members by the body's 'gồm'",
			"Đại hội đồng sẽ bầu 5 ủy viên không thường trực Hội đồng Bảo an. 6 ứng cử viên cho 5 vị trí lần này bao gồm Estonia, Niger, Rumani và Việt Nam. Kỳ bầu cử ủy viên không thường trực Hội đồng Bảo an lần này thuận lợi, bởi 4 ứng viên còn lại gồm Tunisia cùng Saint Vincent và Grenadines đều là ứng viên duy nhất.",
			[]string{"EE UNSC status=applicant", "NE UNSC status=applicant", "RO UNSC status=applicant", "TN UNSC status=applicant", "VC UNSC status=applicant", "VN UNSC status=applicant"}},
		{"a joining put as a condition ('Nếu Thổ Nhĩ Kỳ gia nhập SCO thành công, ...') is not done: an applicant ('nếu' is a word of applying in cues.tsv)",
			"Nếu Thổ Nhĩ Kỳ gia nhập SCO thành công, đây sẽ là lần đầu tiên một ứng viên EU tham gia khối khác.",
			[]string{"TR SCO status=applicant"}},
		{"what a country should do ('nên tham gia ... với tư cách thành viên thường trực') or is yet to qualify for ('có thể mất hơn một thập niên mới đủ điều kiện trở thành thành viên EU') is a wish: an applicant, no member ('nên', 'đủ điều kiện' are words of applying in cues.tsv)",
			"Thổ Nhĩ Kỳ nên tham gia SCO với tư cách thành viên thường trực. Moldova có thể mất hơn một thập niên mới đủ điều kiện trở thành thành viên EU.",
			[]string{"MD EU status=applicant", "TR SCO status=applicant"}},
		{"the Emirates written 'Ảrập' in one word ('BRICS đã kết nạp thêm Ai Cập, Ethiopia, Iran, và Các Tiểu vương quốc Ảrập thống nhất (UAE)')",
			"Đầu năm nay, BRICS đã kết nạp thêm Ai Cập và Các Tiểu vương quốc Ảrập thống nhất (UAE).",
			[]string{"AE BRICS status=member", "EG BRICS status=member"}},
		{"joining the organisation named before by its class noun ('Belarus chính thức tham gia tổ chức vào ngày 4/7'): a member ('chính thức tham gia tổ chức', 'tham gia tổ chức này', 'tham gia vào tổ chức' are joining words in cues.tsv; 'tham gia' alone is attending, 'tham gia tổ chức hội nghị' helping to organise)",
			"SCO bao gồm Ấn Độ và Nga. Belarus chính thức tham gia tổ chức vào tháng 7 năm 2024. Thủ tướng Pháp tham gia hội nghị. Nhật Bản tham gia tổ chức hội nghị SCO. Sự tham gia của Việt Nam vào ASEAN đã mở đường cho Lào và Campuchia tham gia vào tổ chức này.",
			[]string{"BY SCO status=member", "IN SCO status=member", "KH ASEAN status=member", "LA ASEAN status=member", "RU SCO status=member"}},
		{"a list after an organisation that a joining word names ('quan tâm đến việc gia nhập BRICS gồm A, B') is of those who would join, as the joining word reads them, not the organisation's members; those who joined ('các nước gia nhập BRICS gồm') stay members",
			"Hiện có 15 quốc gia khác quan tâm đến việc gia nhập BRICS gồm Bahrain, Belarus và Venezuela. Năm 2024, các nước gia nhập SCO gồm Iran và Belarus.",
			[]string{"BH BRICS status=applicant", "BY BRICS status=applicant", "BY SCO status=member", "IR SCO status=member", "VE BRICS status=applicant"}},
		{"a country between 'do' and a verb of leading ('tổ chức do Nga dẫn đầu', 'liên minh do Mỹ dẫn dắt') leads the body: no subject of the membership word after it (ledBy)",
			"Một quốc gia tuyên bố khả năng rút khỏi tổ chức do Nga dẫn đầu, muốn gia nhập EU. Armenia muốn gia nhập EU.",
			[]string{"AM EU status=applicant"}},
		{"a capital as the subject of a membership word stands for its country, nearer than a country before it ('Washington sẽ vẫn là thành viên chính thức của UNESCO', 'ở thủ đô Paris của Pháp đánh dấu Washington chính thức gia nhập trở lại UNESCO'); 'sẽ vẫn' tells a membership that goes on; a capital visited names no one (capitalSubject)",
			"Washington sẽ vẫn là thành viên chính thức của UNESCO đến thời điểm đó. Lễ thượng cờ ở thủ đô Paris của Pháp đánh dấu Washington chính thức gia nhập trở lại UNESCO. Ankara đã nộp đơn xin gia nhập BRICS. Tổng thống Putin tới Bắc Kinh dự hội nghị SCO.",
			[]string{"TR BRICS status=applicant", "US UNESCO status=member"}},
		{"those replaced named after a class ('thay thế các nước Chad, Chile và Nigeria', 'thay thế cho các nước A, B') are members now, as after 'thay thế' alone (replacedSeats)",
			"Các thành viên mới sẽ bắt đầu nhiệm kỳ 2 năm tại HĐBA từ tháng 1/2016, thay thế các nước Chad, Chile và Nigeria. Các thành viên mới của HĐBA sẽ thay thế cho các nước Jordan và Litva.",
			[]string{"CL UNSC status=member", "JO UNSC status=member", "LT UNSC status=member", "NG UNSC status=member", "TD UNSC status=member"}},
		{"a country named a candidate of the bloc ('các nước ứng cử viên EU', 'quốc gia ứng cử viên gia nhập EU') is an applicant, never a member: the phrase is also a word of applying before 'gia nhập'",
			"Albania, Montenegro và Serbia là các nước ứng cử viên EU. Moldova là quốc gia ứng cử viên gia nhập Liên minh châu Âu.",
			[]string{"AL EU status=applicant", "MD EU status=applicant", "ME EU status=applicant", "RS EU status=applicant"}},
		{"'từng là thành viên' is a membership of the past, recorded as the text states it (pastMember); 'từng nước thành viên' (each member) names none",
			"Nga từng là thành viên của G8. Anh từng là thành viên EU trong 47 năm. Từng nước thành viên ASEAN đều có quyền phủ quyết.",
			[]string{"GB EU status=member", "RU G8 status=member"}},
		{"the votes of an election to an elected body, each country with its count ('với Mozambique 192 phiếu, Ecuador 190 phiếu', 'Thái Lan nhận được 177 phiếu'), make applicants of the body the article named last (voteTally); a resolution's votes name no country",
			"Đại hội đồng bầu các nước ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2023-2024. Các ứng cử viên năm nay nhận được số phiếu cao, với Mozambique 192 phiếu, Ecuador 190 phiếu và Nhật Bản 184 phiếu. Thái Lan nhận được 177 phiếu. Nghị quyết được thông qua với 143 phiếu thuận.",
			[]string{"EC UNSC status=applicant", "JP UNSC status=applicant", "MZ UNSC status=applicant", "TH UNSC status=applicant"}},
		{"a bloc made of a group's members and the group's partners ('RCEP bao gồm 10 quốc gia ASEAN và 5 đối tác thương mại là A, B', 'được ký kết giữa 10 nước ASEAN và 5 nước đối tác gồm A, B'): the partners are the bloc's members, no one's partners (blocWithPartners); a summit of the group with its partners keeps them partners",
			"RCEP bao gồm 10 quốc gia ASEAN và 5 đối tác thương mại là Australia và New Zealand. Hiệp định CPTPP được ký kết giữa 10 nước ASEAN và 5 nước đối tác gồm Nhật Bản và Hàn Quốc. Hội nghị có sự tham dự của lãnh đạo 10 nước ASEAN và các đối tác gồm Trung Quốc, Ấn Độ.",
			[]string{"AU RCEP status=member", "CN ASEAN status=partner", "IN ASEAN status=partner", "JP CPTPP status=member", "KR CPTPP status=member", "NZ RCEP status=member"}},
		{"'năm' after 'một trong' is the number five, no years (oneOfFive): 'một trong năm thành viên thường trực', 'một trong năm thành viên sáng lập'",
			"Pháp là một trong năm thành viên thường trực của Hội đồng Bảo an. Thái Lan là một trong năm thành viên sáng lập ASEAN.",
			[]string{"FR UNSC status=member", "TH ASEAN status=founding_member"}},
		{"how long a country has been a member, told before it ('Sau 30 năm gia nhập ASEAN, Việt Nam', 'Trong 24 năm tham gia APEC, Việt Nam'); an organisation's own years are no member's ('20 năm thành lập ASEAN')",
			"Sau 30 năm gia nhập ASEAN, Việt Nam đã đóng góp tích cực. Trong 24 năm tham gia APEC, Việt Nam đã đóng góp tích cực. Kỷ niệm 20 năm thành lập ASEAN, Lào tổ chức lễ.",
			[]string{"VN APEC status=member", "VN ASEAN status=member"}},
		{"members listed after a date ('với 8 thành viên từ ngày 15/1: Brunei, Chile, ...'); a joining told as a noun before a plan ('Việc Chile gia nhập RCEP dự kiến sẽ ...') is an application",
			"CPTPP giảm thuế quan với 3 thành viên từ ngày 15/1: Brunei, Chile và Việt Nam. Việc Thái Lan gia nhập RCEP dự kiến sẽ mở rộng phạm vi của hiệp định.",
			[]string{"BN CPTPP status=member", "CL CPTPP status=member", "TH RCEP status=applicant", "VN CPTPP status=member"}},
		{"members as a class some of whom are named after 'trong đó có' ('các nước thành viên G7, trong đó có Pháp, Italy, Canada và Mỹ')",
			"Ông Kishida đang thăm Anh, nằm trong chuyến công du các nước thành viên G7, trong đó có Pháp, Italy, Canada và Mỹ. Các nước thành viên EU chấp thuận. Các nước thành viên NATO như Ba Lan và Đức đã tăng chi tiêu.",
			[]string{"CA G7 status=member", "DE NATO status=member", "FR G7 status=member", "IT G7 status=member", "PL NATO status=member", "US G7 status=member"}},
		{"subject-is-member", "Iran là thành viên của cả BRICS lẫn Tổ chức Hợp tác Thượng Hải (SCO).",
			[]string{"IR BRICS status=member", "IR SCO status=member"}},
		{"a year in parentheses after an item does not end the list", "Sau đó, ASEAN kết nạp các nước Lào, Myanmar (năm 1997) và Campuchia (1999).",
			[]string{"KH ASEAN status=member", "LA ASEAN status=member", "MM ASEAN status=member"}},
		{"who urges an organisation to admit others is not admitted", "Việt Nam đã thúc đẩy ASEAN kết nạp các nước Lào và Campuchia.",
			[]string{"KH ASEAN status=member", "LA ASEAN status=member"}},
		{"'được kết nạp': the subject is admitted", "Việt Nam được kết nạp vào ASEAN năm 1995.",
			[]string{"VN ASEAN status=member"}},
		{"'chỉ có' narrows the members named after the organisation", "Trong số 38 thành viên của OECD, chỉ có Nhật Bản và Hàn Quốc là ở châu Á.",
			[]string{"JP OECD status=member", "KR OECD status=member"}},
		{"an admission at an occasion still to come ('hội nghị sắp tới') is not yet done", "ASEAN đã quyết định kết nạp Timor Leste ngay tại hội nghị sắp tới.",
			[]string{"TL ASEAN status=applicant"}},
		{"a member at a summit to come is a member now", "Timor Leste là thành viên ASEAN dự hội nghị sắp tới tại Kuala Lumpur.",
			[]string{"TL ASEAN status=member"}},
		{"a wish to join, with the status sought told after 'với tư cách là'", "Venezuela hy vọng có thể gia nhập BRICS trong năm nay với tư cách là thành viên chính thức.",
			[]string{"VE BRICS status=applicant"}},
		{"a candidate's status granted ('tư cách ứng viên gia nhập khối')", "Ngày 23/6/2022, lãnh đạo 27 quốc gia Liên minh châu Âu (EU) đã nhất trí trao tư cách ứng viên gia nhập khối cho Ukraine và Moldova.",
			[]string{"MD EU status=applicant", "UA EU status=applicant"}},
		{"accession talks with the countries named between ('đàm phán với A và B về vấn đề kết nạp')", "Ngày 25-6, Liên minh châu Âu (EU) chính thức khởi động các cuộc đàm phán với Ukraine và Moldova về vấn đề kết nạp thành viên.",
			[]string{"MD EU status=applicant", "UA EU status=applicant"}},
		{"membership under consideration ('xem xét tư cách thành viên')", "EU cũng đang xem xét tư cách thành viên của Moldova.",
			[]string{"MD EU status=applicant"}},
		{"a ratification process is no accession", "Hiệp định vẫn cần quá trình phê chuẩn tại nghị viện các quốc gia thành viên Mercosur gồm Argentina và Brazil.",
			[]string{"AR MERCOSUR status=member", "BR MERCOSUR status=member"}},
		{"the original members listed after 'thành viên ban đầu:'; who joins besides them ('ngoài') is not one", "Anh sẽ là nền kinh tế đầu tiên gia nhập CPTPP ngoài 11 thành viên ban đầu: Australia, Brunei và Việt Nam.",
			[]string{"AU CPTPP status=founding_member", "BN CPTPP status=founding_member", "GB CPTPP status=applicant", "VN CPTPP status=founding_member"}},
		{"'hai bên' with no pair of leaders is the two countries named together before", "Quan hệ Việt Nam - Peru phát triển tốt. Hai bên cùng là thành viên CPTPP.",
			[]string{"PE CPTPP status=member", "VN CPTPP status=member"}},
		{"an invitation declined is no membership", "Argentina đã từ chối lời mời gia nhập BRICS.", nil},
		{"an invitation under consideration is an application", "Saudi Arabia vẫn đang cân nhắc lời mời trở thành thành viên BRICS.",
			[]string{"SA BRICS status=applicant"}},
		{"who announces is not who joins", "Nga thông báo sẽ có thêm 9 quốc gia chính thức trở thành đối tác của BRICS bắt đầu từ ngày 1/1/2025.", nil},
		{"who says it is who joins when the statement points back ('nước này')", "Bộ Ngoại giao Thái Lan cho biết nước này đã đệ đơn chính thức xin gia nhập BRICS.",
			[]string{"TH BRICS status=applicant"}},
		{"listed countries become partners ('trở thành các quốc gia đối tác')", "Đến nay đã có 9 nước gồm Belarus, Bolivia và Uzbekistan xác nhận sẵn sàng trở thành các quốc gia đối tác của BRICS.",
			[]string{"BO BRICS status=partner", "BY BRICS status=partner", "UZ BRICS status=partner"}},
		{"a country after its city is a place ('tại Kazan, Nga,')", "Trước thềm Hội nghị thượng đỉnh BRICS tại Kazan, Nga, tổ chức này đã nhận được 35 đơn đăng ký gia nhập BRICS.", nil},
		{"an appositive states what a country is, whatever is asked of it", "Tổng thống Moon Jae-in đề nghị Pháp, thành viên thường trực của Hội đồng Bảo an Liên hợp quốc, đóng vai trò quan trọng.",
			[]string{"FR UNSC status=member"}},
		{"'với tư cách là thành viên' with no joining before states the status held", "Nga và Pháp, với tư cách là thành viên thường trực Hội đồng Bảo an Liên hợp quốc, có trách nhiệm đặc biệt.",
			[]string{"FR UNSC status=member", "RU UNSC status=member"}},
		{"any member ('bất kỳ quốc gia thành viên ... nào') is none in particular", "Đức, Anh và Mỹ muốn hậu thuẫn cho bất kỳ quốc gia thành viên EU nào.", nil},
		{"'Kỳ' of a name is not 'bất kỳ'", "Thổ Nhĩ Kỳ, một thành viên NATO, phản đối.",
			[]string{"TR NATO status=member"}},
		{"an organisation's dialogue partners listed", "Hiện ASEAN có 10 đối tác đối thoại là Australia, Trung Quốc, Nhật Bản và Canada.",
			[]string{"AU ASEAN status=partner", "CA ASEAN status=partner", "CN ASEAN status=partner", "JP ASEAN status=partner"}},
		{"a country of an organisation ('là nước G7')", "Nhật Bản là nước G7 duy nhất ở châu Á.",
			[]string{"JP G7 status=member"}},
		{"a country of an organisation, negated", "Nga không phải là nước G7.", nil},
		{"a non-permanent member of the Security Council", "Hội đồng Bảo an Liên Hợp Quốc vừa chào đón 6 ủy viên không thường trực gồm Kuwait, Hà Lan và Peru.",
			[]string{"KW UNSC status=member", "NL UNSC status=member", "PE UNSC status=member"}},
		{"a membership with its own organisation before another status", "“Indonesia – một nước thành viên APEC – đã trở thành một quốc gia đối tác của BRICS”, ông nói.",
			[]string{"ID APEC status=member", "ID BRICS status=partner"}},
		{"an accession protocol is an application", "Hôm nay, 30 nước thành viên của NATO đã ký nghị định thư kết nạp Phần Lan và Thụy Điển.",
			[]string{"FI NATO status=applicant", "SE NATO status=applicant"}},
		{"an accession process completed is membership", "Theo đó, tiến trình kết nạp Phần Lan vào NATO chính thức được hoàn tất.",
			[]string{"FI NATO status=member"}},
		{"an accession process completed is membership (before it)", "Thụy Điển đã hoàn tất tiến trình gia nhập NATO.",
			[]string{"SE NATO status=member"}},
		{"admitted as one more ('kết nạp thêm')", "Năm 1984, ASEAN kết nạp thêm Bru-nây.",
			[]string{"BN ASEAN status=member"}},
		{"founding states ('các quốc gia sáng lập')", "Các quốc gia sáng lập ASEAN gồm Thái Lan, Indonesia và Singapore.",
			[]string{"ID ASEAN status=founding_member", "SG ASEAN status=founding_member", "TH ASEAN status=founding_member"}},
		{"an accession process ('tiến trình gia nhập') is an application", "Thụy Điển ủng hộ tiến trình gia nhập Liên minh châu Âu (EU) của Thổ Nhĩ Kỳ.",
			[]string{"TR EU status=applicant"}},
		{"a written variant of a country's name in a list", "BRICS gồm Brazil, Nga, Ấn Độ, Trung Quốc, Nam Phi, Ethiopia, Iran, Ai Cập, Saudi Arabia và Các Tiểu vương quốc Arập thống nhất.",
			[]string{"AE BRICS status=member", "BR BRICS status=member", "CN BRICS status=member", "EG BRICS status=member", "ET BRICS status=member", "IN BRICS status=member", "IR BRICS status=member", "RU BRICS status=member", "SA BRICS status=member", "ZA BRICS status=member"}},
		{"a signatory country of a trade bloc is a member", "Philippines hiện là nước ký kết RCEP duy nhất vẫn chưa hoàn tất việc phê chuẩn.",
			[]string{"PH RCEP status=member"}},
		{"an admission in a sentence dated after the article is to come: an application", "Hội nghị Cấp cao ASEAN vào tháng 10 tới sẽ đánh dấu một cột mốc lịch sử khi chính thức kết nạp Timor Leste trở thành thành viên thứ 11.",
			[]string{"TL ASEAN status=applicant"}},
		{"what a roadmap is for ('để X trở thành thành viên') is no membership", "ASEAN thông qua Lộ trình để Timor Leste trở thành thành viên đầy đủ.",
			nil},
		{"accession talks are an application", "EU chính thức khởi động các cuộc đàm phán kết nạp Ukraine và Moldova.",
			[]string{"MD EU status=applicant", "UA EU status=applicant"}},
		{"a status granted 'cho' a country", "ASEAN trao quy chế quan sát viên cho Timor Leste.",
			[]string{"TL ASEAN status=observer"}},
		{"the status a joining aims at ('để trở thành') is no membership: the aim is an application", "Indonesia đặt mục tiêu hoàn tất việc gia nhập để trở thành thành viên của OECD.",
			[]string{"ID OECD status=applicant"}},
		{"list-in-parentheses-after-its-status", "BRICS đang bao gồm 10 nước thành viên (Brazil, Nga, Ấn Độ) và 10 nước đối tác (Belarus, Bolivia, Kazakhstan).",
			[]string{"BO BRICS status=partner", "BR BRICS status=member", "BY BRICS status=partner", "IN BRICS status=member", "KZ BRICS status=partner", "RU BRICS status=member"}},
		{"founders-after-gồm", "BRICS được thành lập năm 2006 ở cấp Bộ trưởng Ngoại giao, ban đầu gồm 4 nước Brazil, Nga, Ấn Độ và Trung Quốc.",
			[]string{"BR BRICS status=founding_member", "CN BRICS status=founding_member", "IN BRICS status=founding_member", "RU BRICS status=founding_member"}},
		{"a-status-class-listed", "Các quốc gia quan sát viên SCO gồm Afghanistan, Belarus và Mông Cổ.",
			[]string{"AF SCO status=observer", "BY SCO status=observer", "MN SCO status=observer"}},
		{"a-list-that-goes-on-in-the-next-sentence", "Từ ngày 1/1/2025, họ có tư cách là quốc gia đối tác BRICS. Bao gồm Belarus, Bolivia và Uzbekistan.",
			[]string{"BO BRICS status=partner", "BY BRICS status=partner", "UZ BRICS status=partner"}},
		{"a-level-between-an-organisation-and-a-country", "Năm 2025 đánh dấu mốc kỷ niệm 50 năm quan hệ đối tác chiến lược ASEAN-New Zealand.",
			[]string{"NZ ASEAN status=partner"}},
		{"elected-for-a-later-term", "Ngày 14/5, Đại hội đồng đã bầu 3 nước thành viên Hội đồng Nhân quyền LHQ nhiệm kỳ 2026-2028 gồm: Ấn Độ, Mauritus, Angola và Anh.",
			[]string{"AO UNHRC status=applicant", "GB UNHRC status=applicant", "IN UNHRC status=applicant", "MU UNHRC status=applicant"}},
		{"today's-members-after-a-founding", "BRICS là một khối được thành lập vào năm 2006 và hiện bao gồm các quốc gia Brazil, Nga và Iran.",
			[]string{"BR BRICS status=member", "IR BRICS status=member", "RU BRICS status=member"}},
		{"admitted-as-a-partner-is-no-member", "Brazil thông báo chính thức kết nạp Việt Nam trở thành “quốc gia đối tác” của nhóm BRICS.",
			[]string{"VN BRICS status=partner"}},
		{"a-hope-to-join", "Venezuela hy vọng có thể gia nhập BRICS trong năm nay.",
			[]string{"VE BRICS status=applicant"}},
		{"joining-a-treaty-is-no-membership", "Algeria và Uruguay chính thức gia nhập TAC, một dấu mốc đối với ASEAN.", nil},
		{"the-members-an-organisation-includes", "Thành viên của APEC bao gồm các nền kinh tế lớn như Trung Quốc, Mỹ và Úc.",
			[]string{"AU APEC status=member", "CN APEC status=member", "US APEC status=member"}},
		{"members-of-one-besides-members-of-another", "15 nước ký kết RCEP bao gồm 10 thành viên của Hiệp hội các Quốc gia Đông Nam Á, cùng với Nhật Bản, Trung Quốc và New Zealand.",
			[]string{"CN RCEP status=member", "JP RCEP status=member", "NZ RCEP status=member"}},
		{"joined-together-with-others", "Việt Nam gia nhập APEC năm 1998, cùng với Peru và Nga.",
			[]string{"PE APEC status=member", "RU APEC status=member", "VN APEC status=member"}},
		{"members-in-parentheses-after-the-organisation", "Tham dự có lãnh đạo 7 nước thuộc nhóm G7 (Anh, Mỹ, Đức, Nhật Bản, Pháp, Canada, Italy).",
			[]string{"CA G7 status=member", "DE G7 status=member", "FR G7 status=member", "GB G7 status=member", "IT G7 status=member", "JP G7 status=member", "US G7 status=member"}},
		{"organisation-includes", "Đến nay, SCO bao gồm các thành viên là Nga, Trung Quốc, 4 quốc gia Trung Á là Kazakhstan và Uzbekistan.",
			[]string{"CN SCO status=member", "KZ SCO status=member", "RU SCO status=member", "UZ SCO status=member"}},
		{"organisation-includes after a description ('GCC là một liên minh ... của các quốc gia ở Vịnh Ba Tư, bao gồm ...'), up to another organisation named",
			"GCC là một liên minh chính trị và kinh tế của các quốc gia ở Vịnh Ba Tư, bao gồm Bahrain, Oman và Qatar. ASEAN là đối tác của EU, gồm Pháp và Đức.",
			[]string{"BH GCC status=member", "OM GCC status=member", "QA GCC status=member"}},
		{"organisation-includes: the countries taking part in it are listed after 'là' ('Các nước tham gia tổ chức này là ...')",
			"SCO được thành lập năm 2001. Các nước tham gia tổ chức này là Ấn Độ, Kazakhstan và Pakistan.",
			[]string{"IN SCO status=member", "KZ SCO status=member", "PK SCO status=member"}},
		{"a role held ('vai trò', 'cương vị', 'trọng trách') a few words before a seat is the role of the country the sentence last names, not of an office's country ('Thủ tướng Thái Lan')",
			"Thủ tướng Thái Lan đánh giá cao những thành tựu đối ngoại của Việt Nam thời gian qua như vai trò Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc. Tổng thư ký đánh giá cao sự tham gia của Việt Nam và việc thực hiện có trách nhiệm vai trò Chủ tịch ASEAN 2020 và Ủy viên không thường trực Hội đồng Bảo an.",
			[]string{"VN UNSC status=member"}},
		{"organisation-includes: a count of those taking part, spelled out and described ('với sự tham gia của sáu nước ven sông gồm ...'), leads to the list",
			"Hợp tác Mekong - Lan Thương (MLC) với sự tham gia của sáu nước ven sông gồm Việt Nam, Campuchia, Lào, Myanmar, Thái Lan và Trung Quốc.",
			[]string{"CN MLC status=member", "KH MLC status=member", "LA MLC status=member", "MM MLC status=member", "TH MLC status=member", "VN MLC status=member"}},
		{"organisation-includes-founders-then-grows", "BRICS ban đầu bao gồm Brazil, Nga, Ấn Độ và Trung Quốc, và mở rộng khi Ai Cập, Iran gia nhập.",
			[]string{"BR BRICS status=founding_member", "CN BRICS status=founding_member", "EG BRICS status=member", "IN BRICS status=founding_member", "IR BRICS status=member", "RU BRICS status=founding_member"}},
		{"joining asked for ('yêu cầu gia nhập'), mapped out ('lộ trình gia nhập'), on its eve ('trước thềm gia nhập'), at its last steps, or the end a door is opened for ('để Phần Lan và Thụy Điển gia nhập') is an application; 'để' counts only right before the joiners",
			"Thổ Nhĩ Kỳ 'mở cánh cửa' để Phần Lan và Thụy Điển gia nhập NATO. OECD đã thông qua lộ trình gia nhập của Argentina. Chuyến thăm diễn ra trước thềm gia nhập ASEAN của Timor-Leste. Để hội nhập sâu hơn, Việt Nam đã gia nhập WTO năm 2007.",
			[]string{"AR OECD status=applicant", "FI NATO status=applicant", "SE NATO status=applicant", "TL ASEAN status=applicant", "VN WTO status=member"}},
		{"founders listed right after their status word ('Các nước tham gia ban đầu gồm: ...') are those of the organisation told before; a founding told without one names none",
			"Khuôn khổ IPEF được khởi động năm 2022. Các nước tham gia ban đầu gồm: Australia, Brunei và Mỹ. Công ty được thành lập năm 2001 bởi Australia và Brunei.",
			[]string{"AU IPEF status=founding_member", "BN IPEF status=founding_member", "US IPEF status=founding_member"}},
		{"an-application-is-no-membership", "Năm 2021, đơn xin gia nhập SCO của Iran được các quốc gia thành viên chấp thuận.",
			[]string{"IR SCO status=applicant"}},
		{"future-admission-is-an-application", "Dự kiến ASEAN sẽ chính thức kết nạp Timor Leste là thành viên thứ 11 của khối.",
			[]string{"TL ASEAN status=applicant"}},
		{"negated", "Việt Nam không phải là thành viên của G7.", nil},
		{"members-as-a-class", "Việt Nam luôn coi EU và các nước thành viên là đối tác quan trọng.", nil},
		{"a-city's-country-is-no-member", "Lá cờ được treo ở trụ sở NATO tại thủ đô Brussels (Bỉ), đánh dấu việc Phần Lan gia nhập.",
			[]string{"FI NATO status=member"}},
		{"a group's own members after 'nhóm X gồm' are not those who wish to join it", "Trong bối cảnh nhiều quốc gia bày tỏ mong muốn gia nhập BRICS, nhóm BRICS gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi đang cân nhắc mở rộng.",
			[]string{"BR BRICS status=member", "CN BRICS status=member", "IN BRICS status=member", "RU BRICS status=member", "ZA BRICS status=member"}},
		{"talks on, approval of or study of an accession: applicants", "EU chính thức khởi động đàm phán kết nạp Ukraine, Moldova. Thổ Nhĩ Kỳ chấp thuận Thụy Điển gia nhập NATO. Anh đã nghiên cứu khả năng gia nhập CPTPP.",
			[]string{"GB CPTPP status=applicant", "MD EU status=applicant", "SE NATO status=applicant", "UA EU status=applicant"}},
		{"who remarks on joining ('nhận xét rằng việc gia nhập ... sẽ') does not join", "Algeria nhận xét rằng việc gia nhập các nước BRICS sẽ giúp nước này phát triển.", nil},
		{"founders are founding members once, not also members", "Được thành lập vào năm 2006 với 4 thành viên ban đầu là Brazil, Nga, Ấn Độ và Trung Quốc, BRICS hiện có 10 quốc gia thành viên.",
			[]string{"BR BRICS status=founding_member", "CN BRICS status=founding_member", "IN BRICS status=founding_member", "RU BRICS status=founding_member"}},
		{"'Khối này gồm', 'Nó bao gồm' list the organisation told before", "SCO là một tổ chức quốc tế. Nó bao gồm Ấn Độ, Iran và Kazakhstan. Khối này gồm cả Pakistan.",
			[]string{"IN SCO status=member", "IR SCO status=member", "KZ SCO status=member", "PK SCO status=member"}},
		{"a class named by a copula ('các nước quan sát viên là A và B, các nước đối tác đối thoại của SCO là C, D')", "Các nước quan sát viên là Afghanistan và Mông Cổ, các nước đối tác đối thoại của SCO là Azerbaijan, Armenia và Campuchia.",
			[]string{"AF SCO status=observer", "AM SCO status=partner", "AZ SCO status=partner", "KH SCO status=partner", "MN SCO status=observer"}},
		{"founders after 'được thành lập vào năm ... bởi'", "BRICS được thành lập vào năm 2006 bởi Brazil, Nga, Ấn Độ và Trung Quốc.",
			[]string{"BR BRICS status=founding_member", "CN BRICS status=founding_member", "IN BRICS status=founding_member", "RU BRICS status=founding_member"}},
		{"joining 'với tư cách là các quốc gia đối tác' makes partners, not members", "Năm 2025, Belarus, Bolivia và Uzbekistan chính thức gia nhập BRICS với tư cách là các quốc gia đối tác.",
			[]string{"BO BRICS status=partner", "BY BRICS status=partner", "UZ BRICS status=partner"}},
		{"admitting new members as a class ('ủng hộ kết nạp thành viên mới') names no country", "Ông Saboia khẳng định Brazil ủng hộ kết nạp thành viên mới của BRICS.", nil},
		{"the Latin 'Arab' spelling of the Emirates does not end a list", "BRICS hiện có 9 quốc gia thành viên, gồm Brazil, Ethiopia, Các Tiểu vương quốc Arab thống nhất, Ai Cập và Iran.",
			[]string{"AE BRICS status=member", "BR BRICS status=member", "EG BRICS status=member", "ET BRICS status=member", "IR BRICS status=member"}},
		{"admitted 'vào' a treaty ('kết nạp A, B vào Hiệp ước Thân thiện và Hợp tác') is no member of the organisation", "Với việc kết nạp Serbia, Panama và Kuwait vào Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC), ASEAN đã mở rộng danh sách hợp tác.", nil},
		{"a country's partner ('nước đối tác trọng tâm của Hàn Quốc') is no partner of the organisation the article names", "ASEAN họp tại Jakarta. Việt Nam là nước đối tác trọng tâm của Hàn Quốc trong chính sách hướng Nam.", nil},
		{"a list continued after 'ngoài A, B, còn có thêm C, D' names all its members", "BRICS hiện gồm 9 nước: ngoài Brazil, LB Nga, Ấn Độ, Trung Quốc, và Nam Phi, còn có thêm Iran, Ai Cập, Ethiopia và Các Tiểu vương quốc Arab Thống nhất (UAE).",
			[]string{"AE BRICS status=member", "BR BRICS status=member", "CN BRICS status=member", "EG BRICS status=member", "ET BRICS status=member", "IN BRICS status=member", "IR BRICS status=member", "RU BRICS status=member", "ZA BRICS status=member"}},
		{"members now ('hiện bao gồm') after its founding year are members, not founders", "Được thành lập vào năm 2006, BRICS hiện bao gồm Nga, Brazil, Ấn Độ, Trung Quốc, Nam Phi, Iran, Ai Cập, Ethiopia và UAE.",
			[]string{"AE BRICS status=member", "BR BRICS status=member", "CN BRICS status=member", "EG BRICS status=member", "ET BRICS status=member", "IN BRICS status=member", "IR BRICS status=member", "RU BRICS status=member", "ZA BRICS status=member"}},
		{"an organisation described before its list ('BRICS – nhóm các nền kinh tế mới nổi gồm A, B –')", "BRICS – nhóm các nền kinh tế mới nổi gồm Brazil, Nga, Ấn Độ, Trung Quốc, Nam Phi – được thành lập năm 2006.",
			[]string{"BR BRICS status=member", "CN BRICS status=member", "IN BRICS status=member", "RU BRICS status=member", "ZA BRICS status=member"}},
		{"'X trở thành nước đầu tiên trong <organisation>' is a member", "Với quyết định này, Pháp trở thành nước đầu tiên trong Liên minh châu Âu (EU) có quan hệ ở mức cao nhất với Việt Nam. Nhật Bản là quốc gia duy nhất của G7 ở châu Á.",
			[]string{"FR EU status=member", "JP G7 status=member"}},
		{"one member's parliament ratifying an accession ('phê chuẩn việc X gia nhập', 'phê chuẩn tư cách thành viên của X') makes X no member yet", "Quốc hội Thổ Nhĩ Kỳ đã phê chuẩn việc Thụy Điển gia nhập NATO. Quốc hội Hungary hôm thứ Ba đã phê chuẩn tư cách thành viên của Phần Lan trong NATO.",
			[]string{"SE NATO status=applicant"}},
		{"a class of members followed right by the countries it names ('các nước đối tác Iran, Thổ Nhĩ Kỳ và Belarus', 'ASEAN với các đối tác Mỹ, Trung Quốc, Ấn Độ'); one country after 'các đối tác' is a country's partners; a class gathered by a bloc ('quy tụ ... và các đối tác A, B') is no list of its own (classInApposition): they are the bloc's members (blocWithPartners)",
			"SCO có các nước đối tác Iran, Thổ Nhĩ Kỳ và Belarus. Thủ tướng dự các hội nghị ASEAN với các đối tác Mỹ, Trung Quốc, Ấn Độ. Việt Nam muốn hợp tác với các đối tác Mỹ. RCEP quy tụ 10 nước thành viên ASEAN và các đối tác Australia, Trung Quốc, Nhật Bản.",
			[]string{"AU RCEP status=member", "BY SCO status=partner", "CN ASEAN status=partner", "CN RCEP status=member", "IN ASEAN status=partner", "IR SCO status=partner", "JP RCEP status=member", "TR SCO status=partner", "US ASEAN status=partner"}},
		{"an admission a document, decision or procedure is about ('Tuyên bố về việc kết nạp', 'về việc kết nạp X là thành viên thứ 11', 'thủ tục kết nạp') and an accession instrument ratified ('phê chuẩn văn kiện gia nhập') are applications; 'về việc' reaches only the joining word right after it (admissionNamed)",
			"Thủ tướng sẽ dự lễ ký Tuyên bố về việc kết nạp Timor-Leste vào ASEAN. Các nhà lãnh đạo ASEAN quyết định về việc kết nạp Timor Leste là thành viên thứ 11 của ASEAN. SCO đã bắt đầu thủ tục kết nạp Iran vào tổ chức. Quốc hội thông qua Nghị quyết phê chuẩn văn kiện gia nhập CPTPP của Vương quốc Anh. Bài viết về việc Việt Nam gia nhập WTO năm 2007.",
			[]string{"GB CPTPP status=applicant", "IR SCO status=applicant", "TL ASEAN status=applicant", "VN WTO status=member"}},
		{"interest shown in joining ('thể hiện sự quan tâm đến việc gia nhập') is an application; the bloc described after it ('BRICS - khối gồm A, B') lists its own members (orgDescribedThenListed); the number of members ('thu hẹp số thành viên của OPEC') is no one's membership",
			"Saudi Arabia, Thổ Nhĩ Kỳ và Ai Cập đã thể hiện sự quan tâm đến việc gia nhập BRICS - khối gồm Brazil, Nga và Nam Phi. Sự ra đi của Angola sẽ thu hẹp số thành viên của OPEC xuống còn 12 quốc gia.",
			[]string{"BR BRICS status=member", "EG BRICS status=applicant", "RU BRICS status=member", "SA BRICS status=applicant", "TR BRICS status=applicant", "ZA BRICS status=member"}},
		{"a membership to be reconsidered ('đề nghị xem xét lại tư cách thành viên') is held, not applied for",
			"Ông Orban đã đề nghị xem xét lại tư cách thành viên của Hungary trong ICC.",
			[]string{"HU ICC status=member"}},
		{"members of the international community ('thành viên cộng đồng quốc tế') and a partnership as a relation ('quan hệ đối tác ASEAN-Hoa Kỳ') state no status in a body (ofCommunity, relationWord)",
			"Hội đồng Bảo an cần cải tổ. Ấn Độ cùng Brazil là hai thành viên cộng đồng quốc tế quan trọng. Lãnh đạo hai bên khẳng định tầm quan trọng của quan hệ đối tác ASEAN-Hoa Kỳ.",
			nil},
		{"founding 'một'/'các' new body ('thành lập một trung tâm điều phối', 'thành lập một tiểu ban') founds no organisation the sentence names (foundsAnother)",
			"Thổ Nhĩ Kỳ cũng sẽ thành lập một trung tâm điều phối với Ukraine, Nga và Liên hợp quốc. BRICS đang mở rộng. Nội các Sri Lanka đã thành lập một tiểu ban về vấn đề này.",
			nil},
		{"a state alone in parentheses after a territory ('Hong Kong (Trung Quốc)', 'Đài Loan (Trung Quốc)') is whose it is, no item, and the list goes on after it (sovereignAside)",
			"Hong Kong (Trung Quốc) đã chính thức nộp đơn xin gia nhập RCEP. Đài Loan (Trung Quốc), Ecuador và Costa Rica cũng chính thức nộp đơn gia nhập CPTPP.",
			[]string{"CR CPTPP status=applicant", "EC CPTPP status=applicant", "HK RCEP status=applicant", "TW CPTPP status=applicant"}},
		{"spelling variants of organisations: 'Lan Thương - Me Kong', 'Khối Liên hiệp Anh', 'Ngân hàng Phát triển mới của nhóm BRICS' (one name, not BRICS)",
			"Thái Lan là thành viên sáng lập Hợp tác Lan Thương - Me Kong. Kenya là thành viên Khối Liên hiệp Anh. Honduras đề nghị gia nhập Ngân hàng Phát triển mới của nhóm BRICS.",
			[]string{"HN NDB status=applicant", "KE COMMONWEALTH status=member", "TH MLC status=founding_member"}},
		{"a state's form abbreviated between items ('Colombia, CH Cyprus, CH Séc') does not end a list",
			"Đại hội đồng đã bầu Bolivia, Colombia, CH Cyprus và Kenya làm thành viên Hội đồng Nhân quyền LHQ.",
			[]string{"BO UNHRC status=member", "CO UNHRC status=member", "CY UNHRC status=member", "KE UNHRC status=member"}},
		{"'trúng cử' with no 'vào'; those re-elected ('liên tục trúng cử') hold their seats: members, though the term to come makes the others applicants (reelected)",
			"Ngày 11/10, Đại hội đồng LHQ bầu 14 thành viên Hội đồng Nhân quyền nhiệm kỳ 2026-2028. Trong đó, Xu-đăng và Đức đã liên tục trúng cử. Kenya cũng trúng cử.",
			[]string{"DE UNHRC status=member", "KE UNHRC status=applicant", "SD UNHRC status=member"}},
		{"'ngoài A, B, hiện nay BRICS bao gồm C, D' names all members (besidesGoesOn); the permanent seats 'cố định (A, B)' are memberships; those whose seats others take ('thay cho A, B') are members (replacedSeats)",
			"Năm 2024, ngoài Liên bang Nga, Brazil và Nam Phi, hiện nay BRICS bao gồm Ai Cập và Iran. So với 5 nước thành viên thường trực cố định (Mỹ, Anh, Pháp, Nga và Trung Quốc), ghế không thường trực của Hội đồng Bảo an được coi trọng. Các nước ủy viên này sẽ bắt đầu nhiệm kỳ từ ngày 1/1/2026, thay cho Nhật Bản và Malta.",
			[]string{"BR BRICS status=member", "CN UNSC status=member", "EG BRICS status=member", "FR UNSC status=member", "GB UNSC status=member", "IR BRICS status=member", "JP UNSC status=member", "MT UNSC status=member", "RU BRICS status=member", "RU UNSC status=member", "US UNSC status=member", "ZA BRICS status=member"}},
		{"the organisation after 'mới nhất của gia đình' or 'trong' is the one a member word names, not the meeting's the sentence names first (orgsAfter)",
			"ADMM-19 đánh dấu cột mốc lịch sử với sự tham dự của Timor Leste với tư cách là thành viên mới nhất của gia đình ASEAN.",
			[]string{"TL ASEAN status=member"}},
		{"older spellings of states ('Hòa Lan', 'Ý Đại Lợi', 'Gia Nã Đại', 'Achentina')",
			"Hòa Lan, Ý Đại Lợi, Gia Nã Đại và Achentina là thành viên của Liên Hiệp Quốc.",
			[]string{"AR UN status=member", "CA UN status=member", "IT UN status=member", "NL UN status=member"}},
		{"an organisation's member states as a class then 'như' ('các nước ASEAN như A, B'; not 'các đối tác ngoài ASEAN như') (countriesOfOrg); a list told again as members between commas or dashes ('A, B và C, các thành viên của BRICS,'; not a list that goes on) (appositionClosed)",
			"Các nước ASEAN như Việt Nam và Lào đã họp. Các đối tác ngoài ASEAN như Mỹ đã họp. Brazil, Nga và Ấn Độ – các thành viên BRICS – đã họp. Mỹ, các nước thành viên NATO, Nhật Bản và Hàn Quốc họp.",
			[]string{"BR BRICS status=member", "IN BRICS status=member", "LA ASEAN status=member", "RU BRICS status=member", "VN ASEAN status=member"}},
		{"candidate status granted ('cấp quy chế ứng cử viên cho A và B', 'được trao quy chế ứng cử viên') makes applicants, also before 'gia nhập'; an organ's name (the European Commission) stands for the organisation joined (organOf)",
			"Ukraine và Moldova được EU trao quy chế ứng cử viên. Các nhà lãnh đạo EU đã nhất trí cấp “quy chế ứng cử viên” gia nhập EU cho Gruzia. Chủ tịch Ủy ban châu Âu (EC) cho biết Liên minh châu Âu (EU) mong muốn Albania gia nhập khối này.",
			[]string{"AL EU status=applicant", "GE EU status=applicant", "MD EU status=applicant", "UA EU status=applicant"}},
		{"a place or source right before a joining ('ủng hộ từ Mỹ để gia nhập', 'ở Nam Phi, đã mời') is no joiner (placeOrSource); who invites ('đã mời 6 quốc gia mới gia nhập') does not join, who is invited ('được mời') does (invites)",
			"Phần Lan dựa vào ủng hộ từ Mỹ để gia nhập NATO. Khối BRICS do Trung Quốc và Nga dẫn dắt, tại hội nghị ở Nam Phi, đã mời 6 quốc gia mới gia nhập nhóm. Argentina được mời gia nhập BRICS.",
			[]string{"AR BRICS status=applicant", "FI NATO status=applicant"}},
		{"a class of members then examples ('các nước thành viên EU, nhất là Pháp và Đức', 'đặc biệt là Nga'); a wish of what members are to do ('mong muốn các nước thành viên HĐBA ... sẽ đóng góp') is no application, a wish to have membership ('mong muốn có tư cách thành viên') is (wishOfOthers)",
			"Các nước thành viên EU, nhất là Pháp và Đức, phản đối. Thủ tướng mong muốn các nước thành viên HĐBA, đặc biệt là Nga và các nước lớn, sẽ đóng góp. Ukraine mong muốn có tư cách thành viên NATO.",
			[]string{"DE EU status=member", "FR EU status=member", "RU UNSC status=member", "UA NATO status=applicant"}},
		{"an organisation told as leading something else ('các cơ chế do ASEAN dẫn dắt') is not the one a member word names (leadsOther)",
			"Nhật Bản là thành viên tích cực trong các cơ chế do ASEAN dẫn dắt. Việt Nam là thành viên tích cực của ASEAN.",
			[]string{"VN ASEAN status=member"}},
		{"a list of organisations goes on across a body the gazetteer lacks ('Cộng đồng Đông Phi (EAC)') (unknownItem)",
			"Kenya là thành viên Liên hợp quốc, Liên minh châu Phi, Cộng đồng Đông Phi (EAC), Khối Thịnh vượng chung.",
			[]string{"KE AU status=member", "KE COMMONWEALTH status=member", "KE UN status=member"}},
		{"a request to join received from a country ('đã nhận được yêu cầu gia nhập chính thức CPTPP từ Ukraine') is that country's, not the receiver's (ownerAfterOrg)",
			"Bộ Ngoại giao New Zealand xác nhận rằng nước này đã nhận được yêu cầu gia nhập chính thức CPTPP từ Ukraine vào ngày 5/5.",
			[]string{"UA CPTPP status=applicant"}},
		{"the first country after 'gồm' that follows 'cho', 'tại', 'ở' or 'từ' is who is helped or where, no member ('Liên minh này gồm hơn 30 quốc gia cùng hợp tác để hỗ trợ cho Ukraine'); 'cùng với' still adds members, to the bloc, not to the organisation right before it ('10 thành viên ASEAN, cùng với Nhật Bản')",
			"NATO họp. Liên minh này gồm hơn 30 quốc gia cùng hợp tác để hỗ trợ cho Ukraine. 15 nước ký kết RCEP bao gồm 10 thành viên ASEAN, cùng với Nhật Bản và Australia.",
			[]string{"AU RCEP status=member", "JP RCEP status=member"}},
		{"a fronted member word whose qualities run long ('Là thành viên tích cực, chủ động và có trách nhiệm của ASEAN, Việt Nam ...'; after 'cho rằng') names the country after it (afterDescription)",
			"Là thành viên tích cực, chủ động và có trách nhiệm của ASEAN, Việt Nam đã chủ động tham gia. Chủ tịch nước cho rằng là thành viên tích cực và có trách nhiệm của Cộng đồng Pháp ngữ, Việt Nam đã đóng góp nhiều.",
			[]string{"VN ASEAN status=member", "VN OIF status=member"}},
		{"a member's qualities then 'trong' or 'của' lead to the organisation named after them, not to the meeting's the sentence names first (qualitiesThenOf); a count and a status are no qualities ('quy tụ 2 thành viên của G7')",
			"Đoàn Việt Nam dự ADMM-17 nhằm khẳng định vai trò của Việt Nam là một thành viên chủ động, tích cực, có trách nhiệm trong ASEAN nói chung.",
			[]string{"VN ASEAN status=member"}},
		{"an admission proposed ('đề xuất kết nạp') is an application, as one asked for ('đề nghị')",
			"Tại Hội nghị EU, Pháp đề xuất kết nạp Ukraine.",
			[]string{"UA EU status=applicant"}},
		{"an effort, aspiration or path towards joining ('nỗ lực', 'khao khát', 'con đường', 'tiến gần hơn tới việc gia nhập') is an application",
			"Ukraine nỗ lực gia nhập EU. Georgia khao khát gia nhập NATO. Moldova kiên định con đường gia nhập EU. Thụy Điển tiến gần hơn tới việc gia nhập NATO.",
			[]string{"GE NATO status=applicant", "MD EU status=applicant", "SE NATO status=applicant", "UA EU status=applicant"}},
		{"an opening clause of time with no subject ('Sau khi gia nhập ASEAN năm 1995, Việt Nam ...') joins the country that opens the main clause (subjectlessOpening); one with its own subject does not ('Sau khi Belarus trở thành thành viên chính thức, Nga ...'); co-founding ('tham gia sáng lập', 'đồng sáng lập')",
			"Sau khi gia nhập ASEAN năm 1995, Việt Nam đã đóng góp nhiều. Sau khi Belarus trở thành thành viên chính thức của SCO, Nga và Trung Quốc hoan nghênh. Việt Nam tham gia sáng lập ASEM năm 1996.",
			[]string{"BY SCO status=member", "VN ASEAN status=member", "VN ASEM status=founding_member"}},
		{"anniversary-names-no-founder", "Phát biểu tại EAS, diễn ra đúng dịp kỷ niệm 20 năm thành lập, nhà lãnh đạo Malaysia lưu ý.", nil},
		{"a status class described before the organisation ('các Đối tác chủ chốt của OECD gồm') lists partners, not members (statusOfOrg)",
			"Hiện tại, các Đối tác chủ chốt của OECD gồm Brazil, Trung Quốc, Ấn Độ, Indonesia và Nam Phi.",
			[]string{"BR OECD status=partner", "CN OECD status=partner", "ID OECD status=partner", "IN OECD status=partner", "ZA OECD status=partner"}},
		{"a status granted in the passive ('Qui chế quan sát viên được dành cho A, B') goes to those named after 'cho' (grantVerbs)",
			"Tính đến hôm nay, đội ngũ SCO bao gồm Nga và Trung Quốc. Qui chế quan sát viên được dành cho Mông Cổ, Ấn Độ, Iran, Pakistan và Afghanistan.",
			[]string{"AF SCO status=observer", "CN SCO status=member", "IN SCO status=observer", "IR SCO status=observer", "MN SCO status=observer", "PK SCO status=observer", "RU SCO status=member"}},
		{"a way opened to membership ('mở đường cho Indonesia trở thành thành viên') is an application; one opened in the past ('đã mở đường cho Lào, Campuchia ... tham gia') was taken (openedBefore)",
			"OECD mở đường cho Indonesia trở thành thành viên. Sự tham gia của Việt Nam vào ASEAN đã mở đường cho Lào, Campuchia và Myanmar tham gia vào tổ chức này.",
			[]string{"ID OECD status=applicant", "KH ASEAN status=member", "LA ASEAN status=member", "MM ASEAN status=member"}},
		{"spellings of the press: 'Đài Bắc-Trung Hoa' (Chinese Taipei), 'Hồng Công', 'Libanon', 'Sri Lanca'",
			"Trung Quốc, Đài Bắc-Trung Hoa và Hồng Công gia nhập APEC năm 1991. Năm nước Guatemala, Morocco, Togo, Pakistan và Azerbaijan sẽ thay thế các nước Brazil, Libanon làm ủy viên không thường trực của Hội đồng bảo an. Sri Lanca đã nộp đơn xin gia nhập SCO.",
			[]string{"BR UNSC status=member", "CN APEC status=member", "HK APEC status=member", "LB UNSC status=member", "LK SCO status=applicant", "TW APEC status=member"}},
		{"a process that brings countries in ('khởi động tiến trình đưa 2 quốc gia Bắc Âu gia nhập') is an accession under way; so is the time of waiting for the admission ('Trong thời gian chờ quyết định chính thức kết nạp')",
			"NATO ký nghị định thư kết nạp Phần Lan và Thụy Điển, khởi động tiến trình đưa 2 quốc gia Bắc Âu gia nhập liên minh. APEC tạm ngừng kết nạp. Trong thời gian chờ quyết định chính thức kết nạp, Việt Nam xin tham gia 3 Nhóm Công tác của APEC.",
			[]string{"FI NATO status=applicant", "SE NATO status=applicant", "VN APEC status=applicant"}},
		{"the country after an opening of contrast ('Trong khi vị thế quan sát viên rất gần với thành viên đầy đủ, Đông Timor ...') is the main clause's subject, no holder of the status (contrastOpening)",
			"ASEAN họp. Trong khi vị thế quan sát viên rất gần với thành viên đầy đủ, Đông Timor bắt đầu đối mặt thách thức.", nil},
		{"an opening of contrast with no subject of its own ('Mặc dù là thành viên NATO, Thổ Nhĩ Kỳ ...') tells of the main clause's subject (contrastOpening)",
			"Mặc dù là thành viên NATO, Thổ Nhĩ Kỳ vẫn mua vũ khí của Nga.",
			[]string{"TR NATO status=member"}},
		{"candidates listed after the body and a colon ('đang ứng cử vị trí thành viên ASEAN: A và B') are applicants",
			"Hiện tại, có hai quốc gia đang ứng cử vị trí thành viên ASEAN: Papua New Guinea và Đông Timor.",
			[]string{"PG ASEAN status=applicant", "TL ASEAN status=applicant"}},
		{"votes told with 'đã' ('Azerbaijan đã giành được 155 phiếu') are a candidate's (tallyWords)",
			"Đại hội đồng bầu ủy viên không thường trực Hội đồng Bảo an. Tới vòng bỏ phiếu thứ 17, Azerbaijan đã giành được 155 phiếu ủng hộ.",
			[]string{"AZ UNSC status=applicant"}},
		{"a list item with its acronym ('Các Tiểu vương quốc Ả Rập Thống nhất (UAE), Ai Cập') goes on through the comma after it, so the invitation before ('đã mời') reaches the joining word (listComma)",
			"Thời gian trước, BRICS đã mời Ả Rập Xê-út, Các Tiểu vương quốc Ả Rập Thống nhất (UAE), Ai Cập, Iran, Argentina và Ethiopia gia nhập nhóm.",
			[]string{"AE BRICS status=applicant", "AR BRICS status=applicant", "EG BRICS status=applicant", "ET BRICS status=applicant", "IR BRICS status=applicant", "SA BRICS status=applicant"}},
		{"founders named after 'bởi' ('Được thành lập năm 2001 bởi Nga, Trung Quốc') found the organisation told before (foundedBy), not those it grew to include; what a group belonged to ('các quốc gia thuộc Liên Xô') is no item of the list (groupWords)",
			"SCO họp tại Astana. Được thành lập năm 2001 bởi Nga, Trung Quốc và các quốc gia thuộc Liên Xô trước đây tại Trung Á, cơ chế này đã được mở rộng để bao gồm cả Ấn Độ và Pakistan.",
			[]string{"CN SCO status=founding_member", "RU SCO status=founding_member"}},
		{"members named by a class and then examples ('có 21 nền kinh tế thành viên, gồm những nền kinh tế hàng đầu thế giới như A, B', 'trong đó có những nền kinh tế lớn như') are members (examplesOfClass)",
			"Diễn đàn APEC có 21 nền kinh tế thành viên, gồm những nền kinh tế hàng đầu thế giới như Mỹ, Trung Quốc, Nhật Bản. G20 có 19 nước thành viên, trong đó có các cường quốc như Pháp và Đức.",
			[]string{"CN APEC status=member", "DE G20 status=member", "FR G20 status=member", "JP APEC status=member", "US APEC status=member"}},
		{"a list in parentheses after the organisation with its count ('ASEAN+3 (ba nước Hàn Quốc, Trung Quốc, Nhật Bản)') is of its members (orgLists)",
			"Hội nghị thượng đỉnh ASEAN+3 (ba nước Hàn Quốc, Trung Quốc, Nhật Bản) diễn ra.",
			[]string{"CN ASEAN_PLUS_3 status=member", "JP ASEAN_PLUS_3 status=member", "KR ASEAN_PLUS_3 status=member"}},
		{"a joining opposed ('phản đối Thụy Điển và Phần Lan gia nhập') or a matter under discussion ('Vấn đề kết nạp Thụy Điển trở thành thành viên') is not done: applicants",
			"Ngày 27/6, Tổng thống Thổ Nhĩ Kỳ khẳng định lập trường của Ankara phản đối Thụy Điển và Phần Lan gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO). Vấn đề kết nạp Thụy Điển trở thành thành viên của NATO đã dẫn đến hàng loạt hoạt động ngoại giao sôi nổi.",
			[]string{"FI NATO status=applicant", "SE NATO status=applicant"}},
		{"whose joining it is, named with 'của' right after the joining word ('hồ sơ xin gia nhập của Thụy Điển'), not the member that is to ratify it (joinersAfter)",
			"NATO chờ Budapest. Chính phủ Hungary đã nhiều lần khẳng định nước này sẽ không phải là thành viên cuối cùng phê chuẩn hồ sơ xin gia nhập của Thụy Điển.",
			[]string{"SE NATO status=applicant"}},
		{"'đang' between the countries and a plan of joining ('đang xúc tiến kế hoạch gia nhập') tells how they go about it (applyingWords)",
			"Các Bộ trưởng cho biết Chile, Hong Kong, Bangladesh và Sri Lanka đang xúc tiến kế hoạch gia nhập Hiệp định đối tác kinh tế toàn diện khu vực.",
			[]string{"BD RCEP status=applicant", "CL RCEP status=applicant", "HK RCEP status=applicant", "LK RCEP status=applicant"}},
		{"the countries after a counted membership word, its organisation and a comma, fewer than the count ('10 quốc gia thành viên của ASEAN, Trung Quốc, Nhật Bản'), are the others beside them (siblingsOfCounted); the signer of a pact 'với 14 quốc gia khác' is not the subject of their status (copulaBetween)",
			"Hồi tháng 11/2020, Hàn Quốc đã ký kết hiệp định thương mại RCEP với 14 quốc gia khác, bao gồm 10 quốc gia thành viên của Hiệp hội các quốc gia Đông Nam Á (ASEAN), Trung Quốc, Nhật Bản, Australia và New Zealand.", nil},
		{"a status in a body the gazetteer does not hold ('quốc gia thành viên của Liên minh Thái Bình Dương', 'thành viên của Cộng đồng Andes') is no status in the organisation the sentence names (unknownBodyAfter); a known body's name with a lower-case word ('của Liên minh châu Âu') is that body's",
			"Việc Colombia, quốc gia thành viên của Liên minh Thái Bình Dương xin gia nhập CPTPP, sẽ giúp gắn kết hai khối thương mại. Peru là thành viên của Cộng đồng Andes và muốn gia nhập CPTPP. Ba Lan là thành viên của Liên minh châu Âu.",
			[]string{"CO CPTPP status=applicant", "PE CPTPP status=applicant", "PL EU status=member"}},
		{"the countries that sign or ratify a trade pact that is an organisation ('đã ký Hiệp định CPTPP', 'đồng thời phê chuẩn RCEP', 'đã hoàn thành việc phê chuẩn'), or those listed in parentheses in the subject, are its members; a signing to come or denied ('sẽ ký', 'chưa phê chuẩn') is none (pactSigners)",
			"Việt Nam, Nhật Bản và Australia đã ký Hiệp định CPTPP. Việc New Zealand và Singapore đồng thời phê chuẩn RCEP do ASEAN dẫn dắt được hoan nghênh. 11 thành viên còn lại của TPP (gồm Chi-lê và Pê-ru) đã chính thức ký Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương. Anh sẽ ký CPTPP. Philippines chưa phê chuẩn RCEP.",
			[]string{"AU CPTPP status=member", "CL CPTPP status=member", "CL TPP status=member", "JP CPTPP status=member", "NZ RCEP status=member", "PE CPTPP status=member", "PE TPP status=member", "SG RCEP status=member", "VN CPTPP status=member"}},
		{"a party to a trade pact ('Anh đã tham gia Hiệp định CPTPP') or one it is in force for ('RCEP có hiệu lực đối với Hàn Quốc') is its member; a taking part wished for ('muốn tham gia') or an accession a letter is about ('về việc Bangladesh tham gia Hiệp định RCEP') is none (partyVerb, inForceFor)",
			"Anh đã tham gia Hiệp định CPTPP. Hiệp định thương mại RCEP có hiệu lực đối với Hàn Quốc từ ngày 1/2. Ấn Độ muốn tham gia CPTPP. Bộ Thương mại gửi thư về việc Bangladesh tham gia Hiệp định RCEP.",
			[]string{"GB CPTPP status=member", "KR RCEP status=member"}},
		{"those ', cùng với' after a member and a description of the body ('Armenia là thành viên của CSTO - được thành lập năm 1992, cùng với Nga, Belarus') share the member's status; they did not found the body told as founded (companionsAfter)",
			"Armenia là thành viên của CSTO - được thành lập năm 1992, cùng với Nga, Belarus, Kazakhstan, Kyrgyzstan và Tajikistan.",
			[]string{"AM CSTO status=member", "BY CSTO status=member", "KG CSTO status=member", "KZ CSTO status=member", "RU CSTO status=member", "TJ CSTO status=member"}},
		{"an organisation's name opened in lower case with the common noun of a body ('cộng đồng Pháp ngữ') is the organisation, not the country 'Pháp' (namedLater)",
			"Gia nhập cộng đồng Pháp ngữ từ năm 1979, Việt Nam đã ghi dấu ấn là một thành viên tích cực. Là thành viên của cộng đồng Pháp ngữ từ năm 1979, Lào luôn nỗ lực thúc đẩy hợp tác.",
			[]string{"LA OIF status=member", "VN OIF status=member"}},
		{"countries in short form joined by lone dashes, three or more ('ba nước Hàn-Trung-Nhật'), are one list (dashJoined)",
			"Hội nghị thượng đỉnh ASEAN+3 (ba nước Hàn-Trung-Nhật) diễn ra trực tuyến.",
			[]string{"CN ASEAN_PLUS_3 status=member", "JP ASEAN_PLUS_3 status=member", "KR ASEAN_PLUS_3 status=member"}},
		{"a member word a title goes over ('Bộ trưởng ngoại giao các nước thành viên ASEAN') still names the members listed after it ('trong đó có Myanmar'), the title kept whole (memberWords)",
			"Bộ trưởng ngoại giao các nước thành viên ASEAN, trong đó có Myanmar, đã nhóm họp tại Jakarta.",
			[]string{"MM ASEAN status=member"}},
		{"a bloc among the countries of a list ('Trung Quốc, EU, Ấn Độ') is no item, and the list goes on past it (orgItem)",
			"ASEAN có 11 đối tác đối thoại gồm Australia, Canada, Trung Quốc, EU, Ấn Độ, Nhật Bản, Hàn Quốc, New Zealand, Nga, Anh và Mỹ.",
			[]string{"AU ASEAN status=partner", "CA ASEAN status=partner", "CN ASEAN status=partner", "GB ASEAN status=partner", "IN ASEAN status=partner", "JP ASEAN status=partner", "KR ASEAN status=partner", "NZ ASEAN status=partner", "RU ASEAN status=partner", "US ASEAN status=partner"}},
		{"the countries 'trong' or 'thuộc' an organisation are its members as a class, and those named after 'trong đó có' or 'như' are members; those 'không thuộc' it are not (countriesOfOrg)",
			"Việt Nam coi trọng quan hệ hợp tác với các nước trong Liên minh Châu Phi, trong đó có Nigeria. Các nước thuộc Liên minh châu Âu như Đức đã lên tiếng. Các nước không thuộc EU như Na Uy cũng tham gia.",
			[]string{"DE EU status=member", "NG AU status=member"}},
		{"an organisation with a count of countries after 'có' or 'có thêm' and 'là' ('G20 có thêm 5 nước là ...') names its members; added from a date after the page's, or 'sẽ có thêm', they are applicants (countedMembers)",
			"Hiện G20 có thêm 5 nước là Nam Phi, Argentina và Brazil. Từ ngày 1/1/2026, BRICS có thêm 2 nước là Việt Nam và Malaysia. SCO sẽ có thêm 1 nước là Lào.",
			[]string{"AR G20 status=member", "BR G20 status=member", "LA SCO status=applicant", "MY BRICS status=applicant", "VN BRICS status=applicant", "ZA G20 status=member"}},
		{"a country whose leader attends a meeting of an organisation 'với tư cách quan sát viên' is its observer, the office's country taken as the subject (observerAttending)",
			"Thủ tướng Timor Leste được mời tham dự HNCC ASEAN lần đầu tiên với tư cách quan sát viên.",
			[]string{"TL ASEAN status=observer"}},
		{"countries that are 'nước' of an organisation with a region or rank between ('là nước châu Á duy nhất trong G7', 'là hai nước châu Á thuộc OECD') are its members; a host ('nước chủ nhà của APEC 2027') is not (classWordBefore)",
			"Nhật Bản là nước châu Á duy nhất trong G7. Nhật Bản và Hàn Quốc là hai nước châu Á thuộc OECD. Việt Nam là nước chủ nhà của APEC 2027.",
			[]string{"JP G7 status=member", "JP OECD status=member", "KR OECD status=member"}},
		{"a country 'được bầu vào' a body is its member, an applicant for a term to come (cues.tsv); with the seat's own word after it ('được bầu vào ghế Ủy viên'), that word tells the status (seatNamedAfter)",
			"Hàn Quốc được bầu vào HĐBA nhiệm kỳ 2024-2025. Việt Nam được bầu vào Hội đồng Nhân quyền LHQ nhiệm kỳ 2026-2028.",
			[]string{"KR UNSC status=member", "VN UNHRC status=applicant"}},
		{"the countries an active 'bầu' lists before 'vào' and a body are elected into it: applicants for a term that begins after the page's year (electedInto)",
			"Đại hội đồng LHQ đã bầu Đan Mạch, Hy Lạp, Pakistan, Panama và Somalia vào Hội đồng Bảo an nhiệm kỳ 2026-2027.",
			[]string{"DK UNSC status=applicant", "GR UNSC status=applicant", "PA UNSC status=applicant", "PK UNSC status=applicant", "SO UNSC status=applicant"}},
		{"an admission agreed in principle ('nhất trí về nguyên tắc kết nạp') is to come: an applicant (cues.tsv)",
			"Các nhà lãnh đạo ASEAN đã nhất trí về nguyên tắc kết nạp Timor-Leste tại hội nghị cấp cao tháng 11 năm ngoái ở Campuchia.",
			[]string{"TL ASEAN status=applicant"}},
		{"the class of an organisation's countries with 'mới' or 'khác' after it ('các nước BRICS mới như Ai Cập') is named by the examples after 'như'",
			"Các nước BRICS mới như Ai Cập, Ethiopia và Iran cũng tham gia. Các nước ASEAN khác như Thái Lan cũng ủng hộ.",
			[]string{"EG BRICS status=member", "ET BRICS status=member", "IR BRICS status=member", "TH ASEAN status=member"}},
		{"a country that 'là một trong' a count of an organisation's countries ('là một trong ba quốc gia G20') is its member (isCountryOfOrg)",
			"Brazil là một trong ba quốc gia G20 mà Mỹ có thặng dư thương mại.",
			[]string{"BR G20 status=member"}},
		{"older transliterations the press still prints ('Ma-lay-xi-a', 'Cămpuchia') keep a list going",
			"ASEAN được thành lập ngày 8 tháng 8 năm 1967 trên cơ sở Tuyên bố Băng-cốc, với 5 nước thành viên ban đầu là In-đô-nê-xi-a, Ma-lay-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan. Cămpuchia gia nhập ASEAN năm 1999.",
			[]string{"ID ASEAN status=founding_member", "KH ASEAN status=member", "MY ASEAN status=founding_member", "PH ASEAN status=founding_member", "SG ASEAN status=founding_member", "TH ASEAN status=founding_member"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			assert.Equal(t, tt.want, relationsOf(tt.text, model.RelMemberOf, "status"), tt.text)
		})
	}
}

// entitiesOf extracts text published on the given day ("" for none) and
// returns show of each entity of the given label, in output order.
func entitiesOf(text, published, label string, show func(model.Entity) string) []string {
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: published})
	var out []string
	for _, e := range ex.Entities {
		if e.Label == label {
			out = append(out, show(e))
		}
	}
	return out
}

// agreementsOf extracts text (published on 2025-06-01) and returns its
// agreements as "kind status parties date..end_date" lines.
func agreementsOf(text string) []string { return agreementsAt(text, "2025-06-01") }

// TestProposedKnownSigning holds a well-known agreement whose signing a
// wish governs ("ủng hộ mạnh mẽ việc ký ... Hiệp định"), or told to come
// soon after its name ("sớm được ký"), on a page of no date: planned
// (proposedSigning, plannedSigningAfter in knownAgreement); and one
// joined to it by "và".
func TestProposedKnownSigning(t *testing.T) {
	for _, text := range []string{
		"Thủ tướng mong muốn Rumani tiếp tục ủng hộ mạnh mẽ việc ký và phê chuẩn Hiệp định Thương mại tự do Việt Nam - EU.",
		"Thủ tướng Nguyễn Tấn Dũng mong muốn Italia ủng hộ để Hiệp định thương mại tự do Việt Nam-EU sớm được ký chính thức.",
	} {
		assert.Equal(t, []string{"agreement planned [EU VN] <nil>..<nil>"}, agreementsAt(text, ""), "%q", text)
	}
	// The document joined to it by "và" is planned with it, between its
	// sides, not those of the country asked for support (conjoined).
	text := "Thủ tướng mong muốn Rumani tiếp tục ủng hộ mạnh mẽ việc ký và phê chuẩn Hiệp định Thương mại tự do Việt Nam - EU và Hiệp định Bảo hộ Đầu tư."
	assert.Equal(t, []string{"agreement planned [EU VN] <nil>..<nil>", "agreement planned [EU VN] <nil>..<nil>"}, agreementsAt(text+" Tổng thống Rumani Klaus Iohannis cảm ơn.", ""), "%q", text)
}

// agreementsAt is agreementsOf for an article published on the given day.
func agreementsAt(text, published string) []string {
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: published})
	parties := map[string][]string{}
	for _, r := range ex.Relations {
		if r.Type == model.RelSigned && strings.ToUpper(r.From) == r.From {
			parties[r.To] = append(parties[r.To], r.From) // countries (and the EU), not the leaders who signed
		}
	}
	var out []string
	for _, e := range ex.Entities {
		if e.Label != model.LabelAgreement {
			continue
		}
		ps := parties[e.Key]
		sort.Strings(ps)
		out = append(out, fmt.Sprintf("%v %v %v %v..%v", e.Props["kind"], e.Props["status"], ps, e.Props["date"], e.Props["end_date"]))
	}
	sort.Strings(out)
	return out
}

// TestMembershipWithoutPageDate holds the readings of an article with no
// date of its own: an election told is of a term to come, and a day the
// text fixes is no later than the article's events.
func TestMembershipWithoutPageDate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"countries elected for a term ('đã bầu ... nhiệm kỳ 2026-2028') are applicants",
			"Ngày 14/10, Đại hội đồng đã bầu 14 nước thành viên Hội đồng Nhân quyền nhiệm kỳ 2026-2028 gồm Việt Nam, Ấn Độ và Anh.",
			[]string{"GB UNHRC status=applicant", "IN UNHRC status=applicant", "VN UNHRC status=applicant"}},
		{"a count beside each item ('Đan Mạch (184 phiếu), Hy Lạp (182 phiếu)') does not end the list; the year a full date suggests is not the page's: those elected for a term are applicants",
			"Ngày 06/6/2024, Đại hội đồng Liên hợp quốc đã họp để bầu ra 5 tân Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc (HĐBA LHQ) nhiệm kỳ 2025-2026, gồm Đan Mạch (184 phiếu), Hy Lạp (182 phiếu) và Somalia (179 phiếu).",
			[]string{"DK UNSC status=applicant", "GR UNSC status=applicant", "SO UNSC status=applicant"}},
		{"a country elected for a term it goes on holding ('sẽ tiếp tục giữ vai trò này') is a member",
			"Hàn Quốc đã được bầu làm nước thành viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2024-2025, và sẽ tiếp tục giữ vai trò này cho đến cuối năm nay.",
			[]string{"KR UNSC status=member"}},
		{"countries elected ('đã bầu ... làm ... ủy viên') whose term the article says begins later ('sẽ bắt đầu nhiệm kỳ 2 năm của mình từ ngày 1/1/2024') are applicants (termsToCome)",
			"Ngày 6/6, Đại hội đồng Liên hợp quốc đã bầu Algeria, Guyana và Slovenia làm 5 nước ủy viên không thường trực mới của Hội đồng Bảo an Liên hợp quốc. Theo kế hoạch, 5 nước mới đắc cử sẽ bắt đầu nhiệm kỳ 2 năm của mình từ ngày 1/1/2024.",
			[]string{"DZ UNSC status=applicant", "GY UNSC status=applicant", "SI UNSC status=applicant"}},
		{"a country elected in the passive with its voters ('Việt Nam được các nước tín nhiệm bầu làm thành viên') after a city of another country ('tại New York, Việt Nam'), for a term to come, is an applicant (electedAs, cityIn)",
			"Ngày 11/10 năm 2022, trong cuộc bầu cử do Đại hội đồng Liên Hợp Quốc tổ chức tại New York, Việt Nam được các nước tín nhiệm bầu làm thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2023-2025 cùng 14 nước khác.",
			[]string{"VN UNHRC status=applicant"}},
		{"a country elected ('trúng cử vào') for a term to come is an applicant",
			"Việt Nam trúng cử vào Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023-2025.",
			[]string{"VN UNHRC status=applicant"}},
		{"countries that take up their seats on a day after the latest full date the text names ('có hiệu lực từ ngày 1/1/2026', 'ngày 2/1 ... bắt đầu đảm nhiệm') are members",
			"Bahrain và Latvia ngày 2/1 đã chính thức bắt đầu đảm nhiệm vai trò Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc. Nhiệm kỳ hai năm của 2 quốc gia trên có hiệu lực từ ngày 1/1/2026.",
			[]string{"BH UNSC status=member", "LV UNSC status=member"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := Extract(Document{Source: "t", Raw: []byte(tt.text)})
			var got []string
			for _, r := range ex.Relations {
				if r.Type == model.RelMemberOf {
					got = append(got, fmt.Sprintf("%s %s status=%v", r.From, r.To, r.Props["status"]))
				}
			}
			sort.Strings(got)
			assert.Equal(t, tt.want, got, tt.text)
		})
	}
}

// TestMembershipTermByKhoa holds a term written "khóa 2024-2025" to the
// election it names: those sure to win it, told a year before the term,
// are applicants like the elected of any term to come.
func TestMembershipTermByKhoa(t *testing.T) {
	text := "Đại hội đồng Liên hợp quốc sẽ tiến hành bầu ra 5 nước thành viên không thường trực Hội đồng bảo an khóa 2024-2025 tại trụ sở Liên hợp quốc ở New York. Mặt khác, Algeria và Sierra Leone cũng gần như chắc chắn trúng cử vị trí nước thành viên không thường trực."
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: "2023-06-01"})
	var got []string
	for _, r := range ex.Relations {
		if r.Type == model.RelMemberOf {
			got = append(got, fmt.Sprintf("%s %s status=%v", r.From, r.To, r.Props["status"]))
		}
	}
	sort.Strings(got)
	assert.Equal(t, []string{"DZ UNSC status=applicant", "SL UNSC status=applicant"}, got)
}

// TestMembershipReelected holds the countries re-elected to an elected
// body ('đã tái đắc cử') as members, whenever the new term begins.
func TestMembershipReelected(t *testing.T) {
	text := "Ngày 10/10, Đại hội đồng Liên Hợp Quốc khóa 78 đã bầu 15 thành viên Hội đồng Nhân quyền Liên Hợp Quốc. Trong đó, Cuba, Pháp và Malawi đã tái đắc cử. 15 thành viên mới được bầu sẽ bắt đầu nhiệm kỳ ba năm từ ngày 1/1/2024."
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: "2023-10-11"})
	var got []string
	for _, r := range ex.Relations {
		if r.Type == model.RelMemberOf {
			got = append(got, fmt.Sprintf("%s %s status=%v", r.From, r.To, r.Props["status"]))
		}
	}
	sort.Strings(got)
	assert.Equal(t, []string{"CU UNHRC status=member", "FR UNHRC status=member", "MW UNHRC status=member"}, got)
}

// TestMembershipSeatsReplaced holds the seats an election fills apart from
// those it replaces: the new members ("5 thành viên mới là ...") take
// their seats later, those replaced, named after "là" ("thay thế các thành
// viên hết nhiệm kỳ vào ngày 31/12/2009 là ..."), hold theirs till then.
func TestMembershipSeatsReplaced(t *testing.T) {
	text := "Ngày 15/10, Đại Hội đồng Liên hợp quốc đã bỏ phiếu kín bầu 5 thành viên không thường trực mới của Hội đồng Bảo an nhiệm kỳ 2010-2011. 5 thành viên mới là Lebanon, Brazil và Nigeria thay thế các thành viên hết nhiệm kỳ vào ngày 31/12/2009 là Việt Nam, Costa Rica và Libya. Các thành viên không thường trực mới này sẽ bắt đầu nhiệm kỳ vào ngày 1/1/2010."
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: "2009-10-16"})
	var got []string
	for _, r := range ex.Relations {
		if r.Type == model.RelMemberOf {
			got = append(got, fmt.Sprintf("%s %s status=%v", r.From, r.To, r.Props["status"]))
		}
	}
	sort.Strings(got)
	assert.Equal(t, []string{"BR UNSC status=applicant", "CR UNSC status=member", "LB UNSC status=applicant", "LY UNSC status=member", "NG UNSC status=applicant", "VN UNSC status=member"}, got)
}

// TestMembershipYears holds the year each member of a list joined when
// the list writes it after the item or after the group it ends.
func TestMembershipYears(t *testing.T) {
	got := relationsOf("BRICS từng bước lớn mạnh với sự gia nhập của Nam Phi (năm 2010); Iran, Ai Cập, Ethiopia (2024) và Indonesia (2025).", model.RelMemberOf, "status", "since")
	assert.Equal(t, []string{
		"EG BRICS status=member since=2024",
		"ET BRICS status=member since=2024",
		"ID BRICS status=member since=2025",
		"IR BRICS status=member since=2024",
		"ZA BRICS status=member since=2010",
	}, got)

	replaced := relationsOf("Theo kế hoạch, 5 nước mới đắc cử sẽ bắt đầu nhiệm kỳ 2 năm của mình từ ngày 1/1/2024 và thay thế cho các nước ủy viên không thường trực sắp mãn nhiệm gồm Albani và Brazil.", model.RelMemberOf, "status", "since")
	assert.Equal(t, []string{
		"AL UNSC status=member since=<nil>",
		"BR UNSC status=member since=<nil>",
	}, replaced, "the members replaced did not join on the day their successors' term begins")
}

// TestKnownAgreementStatus holds the status of a well-known document to
// what its signing date says of the article's time.
func TestKnownAgreementStatus(t *testing.T) {
	const ended = "Hai bên chính thức tuyên bố kết thúc đàm phán Hiệp định Thương mại tự do giữa Việt Nam và Israel (VIFTA)."
	const signed = "agreement signed [IL VN] 2023-07-25..<nil>"
	before := agreementsAt(ended, "2023-04-03")
	assert.Contains(t, before, "agreement planned [IL VN] <nil>..<nil>")
	assert.NotContains(t, before, signed, "before its signing (2023-07-25) it is yet to be signed")
	assert.Contains(t, agreementsAt(ended, "2025-06-01"), signed, "after its signing it is signed, whatever is recalled of its negotiation")

	const ahead = "Hai nước sẽ chuẩn bị cho việc ký Hiệp định FTA Việt Nam - Israel (VIFTA) dự kiến trong năm 2023."
	assert.Contains(t, agreementsAt(ahead, ""), "agreement planned [IL VN] <nil>..<nil>", "an undated article preparing its signing: still ahead")
	assert.NotContains(t, agreementsAt(ahead, "2023"), signed, "an article of 2023 is not after a signing on 2023-07-25")
	assert.Contains(t, agreementsAt(ahead, "2024-01-10"), signed, "written after its signing, it is signed")

	// toldSigned: the text says it was signed or reached, whatever date
	// the article is read at.
	assert.Contains(t, agreementsAt("Hai nước đã ký Hiệp định thương mại tự do Việt Nam - Anh (UKVFTA) tháng 12/2020.", "2020-06-01"),
		"agreement signed [GB VN] 2020-12-29..<nil>", "its signing's own month")
	assert.Contains(t, agreementsAt("Đây sẽ là thỏa thuận chính thức nhằm triển khai Tuyên bố chung Panmunjom đã đạt được cách đây gần 5 tháng.", "2018-01-10"),
		"declaration signed [KP KR] 2018-04-27..<nil>", "'đã đạt được' after its name; the plan is the other document's")
}

// TestAgreementReadings holds agreement readings to the sentences they
// exist for.
func TestAgreementReadings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a document of a state visit whose participants give one side has the country visited for the other (hostOfVisit): 'Tổng thống Kazakhstan', named by title alone, is no leader to read",
			"Tổng Bí thư Tô Lâm có chuyến thăm cấp Nhà nước tới Kazakhstan từ ngày 5-7/5. Hai nhà lãnh đạo đã có cuộc hội đàm, hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược và ra Tuyên bố chung nâng cấp quan hệ.",
			[]string{"joint_statement signed [KZ VN] 2025-05-05..<nil>"}},
		{"a trilateral document ('bản ghi nhớ 3 bên', 'văn kiện ký kết ba bên với ...') is between the three countries its sentence names, by name or through their leaders (three-sides)",
			"Các ngoại trưởng đã ký một bản ghi nhớ 3 bên, trong đó xác nhận rằng Thổ Nhĩ Kỳ sẽ ủng hộ việc Phần Lan và Thụy Điển trở thành thành viên của NATO. Tổng thống Mỹ Donald Trump cầm văn kiện ký kết ba bên với Thủ tướng Armenia Nikol Pashinyan và Tổng thống Azerbaijan Ilham Aliyev.",
			[]string{"mou signed [AM AZ US] <nil>..<nil>", "mou signed [FI SE TR] <nil>..<nil>"}},
		{"a verb of reaching after a document's name that ends on its sides is the document's, however long the name ('Thỏa thuận khôi phục quan hệ Iran - Saudi Arabia đã đạt được'); not after a name ending on another thing ('trên nền tảng lệnh ngừng bắn đạt được')",
			"Thỏa thuận khôi phục quan hệ Iran - Saudi Arabia đã đạt được vào ngày 10/3 trong các cuộc đàm phán ở Bắc Kinh. Thỏa thuận mới mở rộng trên nền tảng lệnh ngừng bắn đạt được 3 tháng trước.",
			[]string{"agreement signed [IR SA] 2025-03-10..<nil>"}},
		{"'văn kiện' alone on admission or founding ('văn kiện chính thức kết nạp Belarus', 'một văn kiện về việc trao cho nước này tư cách đối tác') is an agreement, not a memorandum (membershipInstrument); the country admitted is no side (the-admitted)",
			"Tại Hội nghị thượng đỉnh SCO, người đứng đầu các nước thành viên SCO đã ký văn kiện chính thức kết nạp Belarus. Saudi Arabia đã thông qua một văn kiện về việc trao cho nước này tư cách đối tác đối thoại trong SCO.",
			[]string{"agreement signed [SA] <nil>..<nil>", "agreement signed [] <nil>..<nil>"}},
		{"a document pushed forward by its proper name ('thúc đẩy Hiệp ước Quirinal') exists; one pushed forward with an article ('thúc đẩy một thỏa thuận thương mại tự do') is planned (pushed-forward-by-name)",
			"Cuộc gặp là cơ hội tốt để thúc đẩy Hiệp ước Quirinal giữa Rome và Paris. Thủ tướng Trung Quốc, Nhật Bản và Hàn Quốc cam kết thúc đẩy một thỏa thuận thương mại tự do giữa Trung Quốc và Nhật Bản.",
			[]string{"agreement planned [CN JP] <nil>..<nil>", "treaty signed [FR IT] <nil>..<nil>"}},
		{"document words as data: 'MOU' alone and 'thư ý định' are memoranda, 'hòa ước' a treaty (cues.tsv)",
			"Ngày 5/3, Bộ Công Thương Việt Nam và Bộ Thương mại Hàn Quốc đã ký MOU về hợp tác chuỗi cung ứng. Hai nước đã ký thư ý định về hợp tác quốc phòng giữa Việt Nam và Pháp. Năm 1951, Nhật Bản và Mỹ đã ký hòa ước tại San Francisco.",
			[]string{"mou signed [FR VN] <nil>..<nil>", "mou signed [KR VN] 2025-03-05..<nil>", "treaty signed [JP US] 1951..<nil>"}},
		{"'ghi nhớ hợp tác' without 'bản' is a memorandum ('lễ ký kết ghi nhớ hợp tác với Bộ Nội vụ ... Lào'); 'ghi nhớ' alone is the verb 'to note' (cues.tsv)",
			"Sáng 18/6, tại Hà Nội, Bộ Nội vụ Việt Nam tổ chức lễ ký kết ghi nhớ hợp tác với Bộ Nội vụ nước Cộng hòa dân chủ nhân dân Lào. Hai bên ghi nhớ, các hoạt động hợp tác chủ yếu giữa Bộ Nội vụ hai nước thông qua việc trao đổi các đoàn thăm.",
			[]string{"mou signed [LA VN] 2025-06-18..<nil>"}},
		{"moving towards a signing ('tiến tới ký kết') is a plan, not a signing (cues.tsv, negotiate)",
			"Australia và Papua New Guinea nhất trí tiến tới ký kết một Hiệp ước an ninh song phương.",
			[]string{"treaty planned [AU PG] <nil>..<nil>"}},
		{"the years counted right before a document at an anniversary ('kỷ niệm 75 năm thiết lập quan hệ ngoại giao và 70 năm hiệp ước phòng vệ chung', '... và 45 năm Ngày ký Hiệp ước ...') date its signing, the document's own count, not the first (countedBefore, an-anniversary)",
			"Năm nay, Mỹ và Philippines kỷ niệm 75 năm thiết lập quan hệ ngoại giao và 70 năm hiệp ước phòng vệ chung. Hai bên kỷ niệm 60 năm thiết lập quan hệ ngoại giao giữa Lào và Việt Nam và 45 năm Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào.",
			[]string{"treaty signed [LA VN] 1980..<nil>", "treaty signed [PH US] 1955..<nil>"}},
		{"a document of the clause's organisation with no side named is the organisation's, not that of the talks told before it; one named after a treaty the data knows ('Thỏa thuận USMCA') has the treaty's parties (orgTreatyParties)",
			"Thủ tướng Phạm Minh Chính hội đàm với Thái tử Saudi Arabia Mohammed bin Salman. Thỏa thuận thống nhất kinh tế giữa các nước thành viên của GCC được ký kết từ năm 1981. Thỏa thuận USMCA được ký kết trong nhiệm kỳ đầu tiên của ông Trump.",
			[]string{"agreement signed [CA MX US] <nil>..<nil>", "agreement signed [] <nil>..<nil>"}},
		{"a plain description of the kind, status and sides of a well-known agreement the article names ('thỏa thuận hòa bình giữa Thái Lan và Campuchia' beside 'Hiệp định Hòa bình Kuala Lumpur') is that agreement (knownSameFact)",
			"Ngày 26/10, Thái Lan và Campuchia đã ký Hiệp định Hòa bình Kuala Lumpur. Ông Trump chứng kiến hai nước ký thỏa thuận hòa bình giữa Thái Lan và Campuchia.",
			[]string{"agreement signed [KH TH] 2025-10-26..<nil>"}},
		{"a document told by its bare word ('hai bên đã ký kết hai thỏa thuận ...: Nghị định thư ...') with the kind, status and sides of one described or named in the article is that one (sameSides)",
			"Thủ tướng Phạm Minh Chính hội đàm với Thái tử Kuwait Sheikh Sabah. Nhân dịp này, hai bên đã ký kết hai thỏa thuận nhằm tăng cường hợp tác song phương: Nghị định thư sửa đổi Hiệp định về miễn thị thực giữa Chính phủ Kuwait và Chính phủ Việt Nam; Bản ghi nhớ giữa Học viện Ngoại giao hai nước.",
			[]string{"agreement signed [KW VN] <nil>..<nil>"}},
		{"a bloc named after its treaty is the treaty where a verb of signing or force follows its name ('CPTPP được ký kết năm 2018, có hiệu lực với Việt Nam'), with all its data parties, one document signed then in force; not after 'để' (orgDocuments)",
			"CPTPP được ký kết năm 2018, có hiệu lực với Việt Nam từ đầu năm 2019. Quốc hội các nước nỗ lực để USMCA có hiệu lực.",
			[]string{"agreement in_force [AU BN CA CL JP MX MY NZ PE SG VN] 2018-03-08..<nil>"}},
		{"a state's document with an armed movement keeps the state as its one side ('Israel và phong trào Hồi giáo Hamas đã đạt được thỏa thuận ngừng bắn'); a state's alone is still left out (oneSided)",
			"Israel và phong trào Hồi giáo Hamas đã đạt được thỏa thuận ngừng bắn tại dải Gaza. Chính phủ Israel đã ký văn kiện lịch sử.",
			[]string{"agreement signed [IL] <nil>..<nil>"}},
		{"one document told by the word for any document ('trao văn kiện mới') with the sides and status of a document of a kind of its own is that document (genericDocument)",
			"Ngày 17/1, Nga và Iran đã ký Hiệp ước đối tác chiến lược toàn diện. Tổng thống Nga Vladimir Putin và người đồng cấp Iran Masoud Pezeshkian trao văn kiện mới.",
			[]string{"treaty signed [IR RU] 2025-01-17..<nil>"}},
		{"a description that a known agreement's name follows with 'có tên' or 'còn được gọi là' ('thỏa thuận hạt nhân có tên “...” (JCPOA)') is that agreement, not one of the talks' sides besides it (namingBetween)",
			"Tổng thống Iran Hassan Rouhani và Thủ tướng Nhật Bản Shinzo Abe sẽ thảo luận về thỏa thuận hạt nhân có tên “Kế hoạch hành động chung toàn diện” (JCPOA) được ký năm 2015.",
			[]string{"agreement signed [IR] 2015-07-14..<nil>"}},
		{"a described agreement with one known party and no organisation is left out (oneSided): 'đạt được thỏa thuận gia nhập khối', 'ký văn kiện lịch sử'",
			"Trải qua 2 năm đàm phán, tháng 3-2023, chính phủ Anh tuyên bố đã đạt được thỏa thuận gia nhập khối. Thủ tướng Israel Benjamin Netanyahu thay mặt chính phủ Israel ký văn kiện lịch sử.",
			nil},
		{"an organisation as the other party keeps it (oneSided)",
			"Ngày 28/10, Hiệp hội các Quốc gia Đông Nam Á (ASEAN) và Trung Quốc đã ký kết Hiệp định Khu vực Thương mại Tự do ASEAN - Trung Quốc.",
			[]string{"agreement signed [ASEAN CN] 2025-10-28..<nil>"}},
		{"the EU as one side of the signers named before the verb, last or first ('Việt Nam và EU đã ký', 'EU và Ai Cập ký')",
			"Việt Nam và EU đã chính thức ký Hiệp định thương mại tự do. EU và Ai Cập ký Tuyên bố chung về quan hệ đối tác.",
			[]string{"agreement signed [EU VN] <nil>..<nil>", "joint_statement signed [EG EU] <nil>..<nil>"}},
		{"'có hiệu lực' after 'khi' ('ngay khi hiệp định có hiệu lực', 'kể từ khi thỏa thuận có hiệu lực') is a time to come: the signed agreement is not in force",
			"Ngày 16/9, Mercosur và EFTA đã chính thức ký kết hiệp định thương mại tự do (FTA) tại Rio de Janeiro. Dự kiến EFTA sẽ xóa bỏ 100% thuế nhập khẩu với hàng công nghiệp từ Mercosur ngay khi hiệp định có hiệu lực.",
			[]string{"agreement signed [] 2025-09-16..<nil>"}},
		{"documents in the plural right after a signing word ('Lễ ký các văn kiện', 'Lễ trao các văn kiện') are a set signed together, one mou; 'các thỏa thuận' spoken of is none",
			"Tổng Bí thư Tô Lâm và Tổng thống Bulgaria Rumen Radev chứng kiến Lễ trao các văn kiện hợp tác giữa hai nước. Hai bên nhất trí thực hiện hiệu quả các thỏa thuận.",
			[]string{"mou signed [BG VN] <nil>..<nil>"}},
		{"two documents in one clause: each takes the sides named with it, and a plan that opens the clause goes on to the second signing ('dự kiến ký A với Malaysia và chứng kiến lễ ký B giữa Thái Lan và Campuchia')",
			"Tổng thống Mỹ Donald Trump dự kiến ký một thỏa thuận thương mại với Malaysia và chứng kiến lễ ký thỏa thuận ngừng bắn giữa Thái Lan và Campuchia.",
			[]string{"agreement planned [KH TH] <nil>..<nil>", "agreement planned [MY US] <nil>..<nil>"}},
		{"a sentence that opens on the programme ('Theo chương trình, ...') tells of signings to come; 'các văn kiện hợp tác giữa hai nước' are between the article's two sides",
			"Thủ tướng Phạm Minh Chính thăm chính thức Brazil. Theo chương trình, trong chuyến thăm này, Thủ tướng Chính phủ Phạm Minh Chính sẽ hội đàm với Tổng thống Brazil Lula da Silva; cùng Tổng thống Brazil họp báo chung và chứng kiến lễ ký kết, trao các văn kiện hợp tác giữa hai nước.",
			[]string{"mou planned [BR VN] <nil>..<nil>"}},
		{"documents in the plural, of a kind of their own, that list what each is about ('các Hiệp định bảo hộ đầu tư và tránh đánh thuế 2 lần, qua đó', '5 Nghị định thư về ...') are one each; cooperation documents signed together stay one set ('12 văn kiện hợp tác')",
			"Chủ tịch nước đề nghị hai nước Việt Nam và Nigeria thúc đẩy để sớm ký các Hiệp định bảo hộ đầu tư và tránh đánh thuế 2 lần, qua đó, tạo điều kiện thúc đẩy đầu tư. Việt Nam và Trung Quốc đã ký được 3 Nghị định thư về xuất khẩu ớt, chanh leo và cám gạo. Hai Thủ tướng chứng kiến lễ trao đổi 12 văn kiện hợp tác giữa Việt Nam và Nhật Bản.",
			[]string{"agreement planned [NG VN] <nil>..<nil>", "agreement planned [NG VN] <nil>..<nil>", "agreement signed [CN VN] <nil>..<nil>", "agreement signed [CN VN] <nil>..<nil>", "agreement signed [CN VN] <nil>..<nil>", "mou signed [JP VN] <nil>..<nil>"}},
		{"a second document whose other side follows it ('... và ký thỏa thuận với Thái Lan') takes that side and the subject's, not the first document's side",
			"Cùng ngày 26/10, Tổng thống Mỹ Donald Trump đã ký thỏa thuận với Campuchia về thúc đẩy thương mại song phương và ký thỏa thuận với Thái Lan về các khoáng sản quan trọng.",
			[]string{"agreement signed [KH US] 2025-10-26..<nil>", "agreement signed [TH US] 2025-10-26..<nil>"}},
		{"the bare agreement word after a word of carrying out ('các bước thực hiện thỏa thuận') is the agreement told before, whatever sides its sentence names",
			"Thái Lan và Campuchia đã đạt được thỏa thuận ngừng bắn. Các nhà đàm phán Malaysia đang làm việc với Thái Lan về các bước thực hiện thỏa thuận.",
			[]string{"agreement signed [KH TH] <nil>..<nil>"}},
		{"a signing witnessed or attended as an item after commas of a list of plans ('sẽ có các cuộc hội đàm ..., gặp ..., chứng kiến lễ ký kết các văn kiện', 'sẽ dự ... các phiên họp ..., dự Lễ trao Giải thưởng ASEAN và Lễ ký Tuyên bố') is to come; after a clause of things done it is done",
			"Trong thời gian ở Moscow, Chủ tịch nước Nguyễn Xuân Phúc sẽ có các cuộc hội đàm với Tổng thống Nga Vladimir Putin, gặp Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin, chứng kiến lễ ký kết các văn kiện hợp tác. Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone, chứng kiến lễ ký kết các văn kiện hợp tác.",
			[]string{"mou planned [RU VN] <nil>..<nil>", "mou signed [LA VN] <nil>..<nil>"}},
		{"a document one side proposes to carry out ('đề nghị hai bên tiếp tục triển khai hiệu quả EVFTA') stays signed; proposed to be carried out together ('đề nghị Đức tiếp tục phối hợp triển khai') it is in force",
			"Bộ trưởng Bùi Thanh Sơn đề nghị hai bên tiếp tục triển khai hiệu quả Hiệp định thương mại tự do Việt Nam – Liên minh châu Âu (EVFTA).",
			[]string{"agreement signed [EU VN] 2019-06-30..<nil>"}},
		{"... and one proposed to be carried out together ('đề nghị Đức tiếp tục phối hợp triển khai') is in force",
			"Thủ tướng đề nghị Đức tiếp tục phối hợp triển khai hiệu quả Hiệp định Thương mại Tự do Việt Nam - Liên minh châu Âu (EVFTA).",
			[]string{"agreement in_force [EU VN] 2019-06-30..<nil>"}},
		{"a joint statement the sides issue, named after it ('Tuyên bố chung được hai bên đưa ra sau cuộc gặp'), is the article's two leaders' countries', however far their talks were told before",
			"Tổng thống Mỹ Joe Biden và Tổng thống Indonesia Joko Widodo đã tiến hành thảo luận về nhiều vấn đề kinh tế. Indonesia hiện đang là quốc gia sản xuất nickel lớn nhất thế giới. Tuyên bố chung được hai bên đưa ra sau cuộc gặp mặt giữa hai nguyên thủ cũng cho biết Mỹ và Indonesia đã đạt được những bước tiến.",
			[]string{"joint_statement signed [ID US] <nil>..<nil>"}},
		{"a trade deal a leader reaches with several countries named after it ('đạt được thỏa thuận thương mại với hai nước ... là Philippines và Indonesia') is one with each, his country a side; a country named besides ('Ngoài Nhật Bản, ...') is none (tradeDeal, besidesEnd)",
			"Ngoài Nhật Bản, Tổng thống Mỹ Donald Trump ngày 22/7 cho biết cũng đạt được thỏa thuận thương mại với hai nước khu vực Đông Nam Á là Philippines và Indonesia, với mức thuế 19%.",
			[]string{"agreement signed [ID US] 2025-07-22..<nil>", "agreement signed [PH US] 2025-07-22..<nil>"}},
		{"the attended item of a list of plans ('sẽ dự ... các phiên họp ..., dự Lễ trao Giải thưởng ASEAN và Lễ ký Tuyên bố') is to come",
			"Thủ tướng Phạm Minh Chính tới Kuala Lumpur. Trong ba ngày tại Kuala Lumpur, Thủ tướng sẽ dự và phát biểu tại các phiên họp trong khuôn khổ hội nghị, dự Lễ trao Giải thưởng ASEAN và Lễ ký Tuyên bố về việc Kết nạp Timor-Leste vào ASEAN.",
			[]string{"declaration planned [] <nil>..<nil>"}},
		{"'giữa' the two sides' institution and 'hai nước' ('Bản ghi nhớ giữa Quốc hội hai nước', 'giữa chính phủ hai nước') names the article's two sides",
			"Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane. Chuyến thăm của Chủ tịch Quốc hội Lào nhằm thúc đẩy hợp tác thông qua việc ký Biên bản ghi nhớ giữa Quốc hội hai nước.",
			[]string{"mou signed [LA VN] <nil>..<nil>"}},
		{"'hai quốc gia' are the sides like 'hai nước'; with one side named and the other unnamed in the clause, the other is that of the last talks or visit told of the named one",
			"Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan thăm Mogadishu, Somalia. Hai quốc gia đã ký một hiệp ước quốc phòng vào tháng 2, theo đó Somalia được hỗ trợ an ninh hàng hải.",
			[]string{"treaty signed [SO TR] 2025-02..<nil>"}},
		{"what leaders agreed, carried out ('triển khai hiệu quả các thỏa thuận đạt được', 'triển khai thỏa thuận của lãnh đạo cấp cao hai nước', 'thực hiện các thỏa thuận cấp cao'), is no document; a named one carried out is",
			"Thủ tướng Phạm Minh Chính tiếp Thư ký Hội đồng An ninh Liên bang Nga Sergey Shoigu. Ông Shoigu cho biết phía Nga sẽ cùng Việt Nam triển khai hiệu quả các thỏa thuận đạt được trong khuôn khổ các chuyến thăm. Hai bên nhất trí tích cực triển khai thỏa thuận của lãnh đạo cấp cao hai nước và thực hiện các thỏa thuận cấp cao. Hai bên cam kết thực hiện Hiệp định Thương mại Việt Nam - Nga.",
			[]string{"agreement signed [RU VN] <nil>..<nil>"}},
		{"a joint statement named with its sides ('Theo thông cáo chung Việt Nam - Mỹ', 'tuyên bố chung của Iran, Ảrập Xêút và Trung Quốc cho hay') or issued ('được đưa ra sau hội đàm') is one made; 'theo thỏa thuận' alone is none",
			"Theo thông cáo chung Việt Nam - Mỹ, hai nhà lãnh đạo cam kết tăng cường quan hệ kinh tế. Reuters dẫn tuyên bố chung của Iran, Ảrập Xêút và Trung Quốc cho hay, hai nước nhất trí mở lại đại sứ quán. Theo thỏa thuận, thuế sẽ giảm.",
			[]string{"joint_statement signed [CN IR SA] <nil>..<nil>", "joint_statement signed [US VN] <nil>..<nil>"}},
		{"a joint statement quoted from ('Trong tuyên bố chung sau hội đàm, ...', 'Theo tuyên bố chung, ...') is the one the talks gave, made by their sides; after one named with its sides it is that one",
			"Ngày 12/1, Thủ tướng Australia Anthony Albanese hội đàm với Thủ tướng Papua New Guinea James Marape. Trong tuyên bố chung sau hội đàm, hợp tác quốc phòng là trọng tâm. Reuters dẫn tuyên bố chung của Iran, Ảrập Xêút và Trung Quốc cho hay, hai nước nhất trí mở lại đại sứ quán. Trong tuyên bố chung, Ảrập Xêút và Iran cũng cảm ơn Oman.",
			[]string{"joint_statement signed [AU PG] 2025-01-12..<nil>", "joint_statement signed [CN IR SA] <nil>..<nil>"}},
		{"a joint statement issued ('Tuyên bố chung ..., được đưa ra sau hội đàm') is one made",
			"Chủ tịch nước Nguyễn Xuân Phúc hội đàm với Tổng thống Vladimir Putin. Trong Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện Việt Nam-Nga đến năm 2030, được đưa ra sau hội đàm, hai bên cam kết tăng cường hợp tác.",
			[]string{"joint_statement signed [RU VN] <nil>..<nil>"}},
		{"a leader who witnesses two countries sign ('Ông Trump chứng kiến hai nước châu Phi ký') is no side of theirs",
			"Ông Trump chứng kiến hai nước châu Phi ký thỏa thuận hòa bình. Ngoại trưởng Rwanda Olivier Nduhungirehe và Ngoại trưởng Cộng hòa Dân chủ Congo Therese Kayikwamba Wagner ngày 27/6 ký thỏa thuận hòa bình tại Nhà Trắng.",
			[]string{"agreement signed [CD RW] 2025-06-27..<nil>"}},
		{"leaders who witness their ministries sign ('chứng kiến các bộ, ngành hai nước trao') stand for their sides",
			"Tổng thống Indonesia Joko Widodo và Chủ tịch nước Võ Văn Thưởng chứng kiến các bộ, ngành hai nước trao Bản ghi nhớ về hợp tác hàng hải ngày 12/1.",
			[]string{"mou signed [ID VN] 2025-01-12..<nil>"}},
		{"a country after a city it does not lie in ('Tại Bắc Kinh, Iran và Ả Rập Xê-út đã ký') begins the list of sides; one it lies in places the city ('tại Prague, Séc')",
			"Ngày 10/3, tại Bắc Kinh, Iran và Ả Rập Xê-út đã ký thỏa thuận khôi phục quan hệ ngoại giao. Ngày 12/3, Việt Nam ký hiệp định thương mại với Nhật Bản tại Prague, Séc.",
			[]string{"agreement signed [IR SA] 2025-03-10..<nil>", "agreement signed [JP VN] 2025-03-12..<nil>"}},
		{"a document issued ('ban hành') or announced ('công bố') was made, as one signed",
			"Ngày 10/11, Mỹ và Trung Quốc đã công bố một thỏa thuận khung về hợp tác chống biến đổi khí hậu. Ngày 12/11, Nhật Bản và Ấn Độ đã ban hành một tuyên bố chung về hợp tác an ninh.",
			[]string{"agreement signed [CN US] 2025-11-10..<nil>", "joint_statement signed [IN JP] 2025-11-12..<nil>"}},
		{"a joint press statement ('Tuyên bố báo chí chung') is a joint statement; its text presented ('trân trọng giới thiệu') was issued",
			"Sáng 11/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng New Zealand Christopher Luxon. Cổng TTĐT Chính phủ trân trọng giới thiệu Tuyên bố báo chí chung của hai Thủ tướng.",
			[]string{"joint_statement signed [NZ VN] <nil>..<nil>"}},
		{"a leader who says what follows ('Bộ trưởng ... nhấn mạnh, các hiệp định song phương mà hai bên đã ký kết ...') is no signer: 'hai bên' are the sides",
			"Tối 25/5, Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Tư pháp Maroc Abdellatif Ouahbi. Bộ trưởng Lương Tam Quang nhấn mạnh, các hiệp định song phương mà hai bên đã ký kết đã tạo nền tảng pháp lý quan trọng.",
			[]string{"agreement signed [MA VN] 2025-05-25..<nil>"}},
		{"'Tuyên bố chung này' under a headline that names the document with its sides ('... trong Tuyên bố chung giữa Việt Nam và Brazil') is that document",
			"22 nội dung lớn trong Tuyên bố chung giữa Việt Nam và Brazil\n\nPLO xin trân trọng giới thiệu toàn văn Tuyên bố chung này.",
			[]string{"joint_statement signed [BR VN] <nil>..<nil>"}},
		{"two capitals paired ('Riyadh và Tehran') stand for their governments, the sides of the agreement they act on",
			"Riyadh và Tehran đã đồng ý kích hoạt thỏa thuận hợp tác an ninh được ký vào năm 2001.",
			[]string{"agreement signed [IR SA] 2001..<nil>"}},
		{"a country one leaves ('khi mình rời Hàn Quốc') is no side of the agreement reached",
			"Ông tin rằng khi mình rời Hàn Quốc, Mỹ và Trung Quốc sẽ đạt được một thỏa thuận thương mại rất mạnh mẽ.",
			[]string{"agreement planned [CN US] <nil>..<nil>"}},
		{"two mentions of one document named alike but for case ('nghị định thư tham gia CPTPP', 'Nghị định thư tham gia CPTPP') are one document",
			"Bộ trưởng Kinh doanh và thương mại Anh Kemi Badenoch ký nghị định thư tham gia CPTPP tại Auckland, New Zealand. Bộ trưởng Kinh doanh và thương mại Anh Kemi Badenoch ký Nghị định thư tham gia CPTPP tại Auckland, New Zealand.",
			[]string{"agreement signed [GB] <nil>..<nil>"}},
		{"an undated mention of a document between the same sides, its words within the dated one's name ('hiệp ước phòng thủ chung chính thức'), is that document",
			"Ngày 17/9, Ả Rập Saudi và Pakistan đã ký hiệp ước phòng thủ chung. Truyền thông nhà nước cho biết Ả Rập Saudi và Pakistan đã ký hiệp ước phòng thủ chung chính thức.",
			[]string{"treaty signed [PK SA] 2025-09-17..<nil>"}},
		{"a clause that goes on of the agreement before says it expired",
			"Hiệp ước New START giữa Nga và Mỹ được ký kết năm 2010 nhưng đã hết hạn vào ngày 5/2/2026.",
			[]string{"treaty expired [RU US] 2010-04-08..2026-02-05"}},
		{"'the treaty above' is the one named before",
			"Nga và Mỹ đã ký Hiệp ước New START năm 2010. Hiệp ước kiểm soát vũ khí chiến lược trên chính thức hết hạn vào ngày 5/2/2026.",
			[]string{"treaty expired [RU US] 2010-04-08..2026-02-05"}},
		{"a bare 'hiệp ước' and a shorter description are the treaty described before; 'sẽ có hiệu lực' is not in force yet",
			"Tổng thống Nga đã phê chuẩn hiệp ước đối tác chiến lược toàn diện giữa Nga và Triều Tiên. Hiệp ước được ký tại Bình Nhưỡng vào 19/6/2024. Hiệp ước đối tác toàn diện sẽ chính thức có hiệu lực sau khi hai bên trao đổi các văn kiện phê chuẩn.",
			[]string{"treaty signed [KP RU] 2024-06-19..<nil>"}},
		{"a document named among a set is one of its own",
			"Hai nhà lãnh đạo chứng kiến lễ ký kết 9 văn kiện hợp tác giữa Việt Nam và Pháp, trong đó có bản ghi nhớ về hợp tác năng lượng hạt nhân dân sự.",
			[]string{"mou signed [FR VN] <nil>..<nil>", "mou signed [FR VN] <nil>..<nil>"}},
		{"'tự do' is part of a name; a country after a city and 'của' is where, not who; 'Nam Mỹ' is no country",
			"Tại thủ đô Asunción của Paraguay, các quan chức của Liên minh châu Âu và khối Nam Mỹ Mercosur đã chính thức ký kết Hiệp định Thương mại Tự do.",
			[]string{"agreement signed [] <nil>..<nil>"}},
		{"'để có hiệu lực ... vẫn cần': not in force yet",
			"Hiệp định giữa Việt Nam và Israel cắt giảm thuế quan, song để có hiệu lực vẫn cần sự phê chuẩn của hai nước.",
			[]string{"agreement signed [IL VN] <nil>..<nil>"}},
		{"a list of documents after 'gồm:' in one sentence, one item to each ';' (the set is none of them)",
			"Ngày 11/7/2024, lãnh đạo hai nước đã chứng kiến lễ trao đổi các văn kiện hợp tác gồm: Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào về quản lý dân cư; Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao Lào.",
			[]string{"agreement signed [LA VN] 2024-07-11..<nil>", "mou signed [LA VN] 2024-07-11..<nil>"}},
		{"a document named after 'Tuyên bố' keeps its name; a time zone's country is no side",
			"Chiều 16-2-2016 (rạng sáng 17-2 theo giờ Việt Nam), Hội nghị Cấp cao ASEAN-Hoa Kỳ tại Sunnylands đã ra Tuyên bố Sunnylands.",
			[]string{"declaration signed [US] 2016-02-16..<nil>"}},
		{"documents spoken of together ('tất cả các thỏa thuận', 'một loạt thỏa thuận'), none named, are no agreement; a set announced with its list still is",
			"Trưởng đoàn đàm phán Nga tuyên bố tất cả các thỏa thuận trong vòng đàm phán trước đã được thực hiện. Ông cũng nhắc tới một loạt thỏa thuận về thương mại đã được thực hiện.",
			nil},
		{"an agreement word said of a named agreement or bloc ('CPTPP là một hiệp định ...') describes it, no new document",
			"CPTPP là một hiệp định thương mại tự do được ký kết năm 2018 giữa 11 nước. Với Anh, CPTPP sẽ là thỏa thuận thương mại lớn nhất kể từ khi rời EU.",
			nil},
		{"'bất kỳ thỏa thuận nào' is none in particular",
			"Hai nước cam kết tham vấn nhau trước khi ký kết bất kỳ thỏa thuận nào với Trung Quốc.",
			nil},
		{"an agreement reached ('đạt được (một) thỏa thuận', 'nhất trí về thỏa thuận') is made; one worked or hoped for ('để đạt được', 'hy vọng ... đạt được') is not",
			"Nga và Mỹ đã đạt được một thỏa thuận về trao đổi tù nhân. Ukraine và Mỹ đã nhất trí về thỏa thuận khoáng sản. Pháp và Đức kêu gọi Nga và Ukraine làm việc để đạt được thỏa thuận ngừng bắn.",
			[]string{"agreement signed [RU US] <nil>..<nil>", "agreement signed [UA US] <nil>..<nil>"}},
		{"the countries right before the signing verb are the sides, not the talks' other country or the witness ('giữa Nga, Mỹ và Ukraine, trong đó Nga và Ukraine đạt được thỏa thuận', 'Ông Trump chứng kiến đại diện Rwanda và CHDC Congo ký')",
			"Ngày 4 - 5/2, vòng đàm phán ba bên thứ hai giữa Nga, Mỹ và Ukraine được tổ chức tại Abu Dhabi, trong đó Nga và Ukraine đạt được thỏa thuận liên quan đến trao đổi tù binh. Tổng thống Mỹ Donald Trump chứng kiến đại diện Rwanda và CHDC Congo ký thỏa thuận khép lại 30 năm xung đột.",
			[]string{"agreement signed [CD RW] <nil>..<nil>", "agreement signed [RU UA] 2025-02-04..<nil>"}},
		{"a ceasefire agreed with no agreement word ('A và B nhất trí ngừng bắn', 'Thủ tướng Campuchia ... và quyền Thủ tướng Thái Lan ... đã đồng ý ngừng bắn') is an agreement between the sides before the verb; one called for ('kêu gọi ... đồng ý ngừng bắn') is none",
			"Pakistan và Afghanistan nhất trí ngừng bắn ngay lập tức. Thủ tướng Campuchia Hun Manet và quyền Thủ tướng Thái Lan Phumtham Wechayachai đã đồng ý ngừng bắn ngay lập tức và vô điều kiện. Liên hợp quốc kêu gọi Israel và Iran đồng ý ngừng bắn.",
			[]string{"agreement signed [AF PK] <nil>..<nil>", "agreement signed [KH TH] <nil>..<nil>"}},
		{"a signing told to come after the agreement's name ('Thỏa thuận ... có thể sẽ được ký vào tháng 5') is planned",
			"Thỏa thuận về khu vực thương mại tự do giữa Việt Nam và Israel có thể sẽ được ký vào tháng 5 năm nay.",
			[]string{"agreement planned [IL VN] 2025-05..<nil>"}},
		{"'bán đảo Triều Tiên' (the Korean peninsula) is no country, so no side of a treaty the sentence names",
			"Thủ tướng nhấn mạnh dù trong vấn đề bán đảo Triều Tiên, Biển Đông hay bất cứ vấn đề gì, các nước cần tôn trọng luật pháp quốc tế, Công ước Liên hợp quốc về Luật Biển năm 1982.",
			[]string{"treaty signed [] 1982-12-10..<nil>"}},
		{"a document between one country and a bloc ('giữa Việt Nam và Khối thị trường chung Nam Mỹ (MERCOSUR)') has that country as its one side, whatever 'hai bên' says",
			"Tổng thống Brazil Lula da Silva hội đàm với Tổng Bí thư Tô Lâm. Hai bên thống nhất sẽ sớm khởi động đàm phán Hiệp định Thương mại giữa Việt Nam và Khối thị trường chung Nam Mỹ (MERCOSUR).",
			[]string{"agreement planned [VN] <nil>..<nil>"}},
		{"'Thỏa thuận khí hậu Paris' is the Paris Agreement, one document with 'Thỏa thuận Paris'",
			"Tổng thống Donald Trump ký sắc lệnh rút Mỹ khỏi Thỏa thuận khí hậu Paris. Các quan chức Liên hiệp quốc gọi quyết định của Mỹ rút khỏi Thỏa thuận Paris năm 2015 là một sự thất vọng lớn.",
			[]string{"agreement signed [US] 2015-12-12..<nil>"}},
		{"a document's short name in parentheses right after it ('Công ước Liên hợp quốc về chống tội phạm mạng (Công ước Hà Nội)') is the same document",
			"Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an, đại diện cho Việt Nam ký Công ước Liên hợp quốc về chống tội phạm mạng (Công ước Hà Nội).",
			[]string{"treaty signed [VN] <nil>..<nil>"}},
		{"an agreement under a condition ('trong trường hợp', 'nếu', 'giả sử') is none made or planned",
			"Liên minh tự nguyện hứa sẽ bảo đảm an ninh cho Ukraine trong trường hợp Moscow và Kiev đạt được thỏa thuận. Nếu Nga và Ukraine ký thỏa thuận ngừng bắn, châu Âu sẽ gửi quân.",
			nil},
		{"a quoted name after the verb that issues it ('hai bên ra “Tuyên bố chung về ...”') is a document issued, and its name runs to the closing quote",
			"Hai bên ra “Tuyên bố chung về việc tiếp tục làm sâu sắc quan hệ Việt Nam - Trung Quốc”.",
			[]string{"joint_statement signed [CN VN] <nil>..<nil>"}},
		{"a document proposed or wished to be signed ('đề nghị ký', 'đề xuất ký', 'sẵn sàng ký') is planned, whatever tense the proposal has",
			"Thủ tướng Armenia Nikol Pashinyan đã đề nghị ký hiệp ước hòa bình với Azerbaijan. Nga đề xuất ký thỏa thuận ngừng bắn với Ukraine.",
			[]string{"agreement planned [RU UA] <nil>..<nil>", "treaty planned [AM AZ] <nil>..<nil>"}},
		{"a letter of intent ('Ý định thư') is a document, and its 'Ý' is not Italy",
			"Hai bên đã ký Ý định thư về việc tạo thuận lợi cho hợp tác giữa Việt Nam và Malaysia.",
			[]string{"mou signed [MY VN] <nil>..<nil>"}},
		{"a bilateral document signed 'với' a list of countries ('thỏa thuận thương mại song phương với các nhà lãnh đạo Thái Lan, Malaysia và Campuchia') is one with each",
			"Tổng thống Trump đã ký thỏa thuận thương mại song phương với các nhà lãnh đạo Thái Lan, Malaysia và Campuchia.",
			[]string{"agreement signed [KH US] <nil>..<nil>", "agreement signed [MY US] <nil>..<nil>", "agreement signed [TH US] <nil>..<nil>"}},
		{"every leader of a list right before the verb that issues a document ('A, B và C ngày 18/8 đã ra Tuyên bố chung') is a side",
			"Tổng thống Hàn Quốc Yoon Suk Yeol, Tổng thống Mỹ Joe Biden và Thủ tướng Nhật Bản Kishida Fumio ngày 18/8 đã ra Tuyên bố chung thượng đỉnh.",
			[]string{"joint_statement signed [JP KR US] 2025-08-18..<nil>"}},
		{"an item after ';' that opens on a verb goes on with the plan before it ('sẽ hội đàm ...; chứng kiến lễ ký ...'); one with its own subject or 'đã' does not",
			"Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Lào Sonexay Siphandone; chứng kiến lễ ký kết Hiệp định thương mại Việt Nam - Lào. Thủ tướng Nhật Bản sẽ thăm Ấn Độ; Nhật Bản và Ấn Độ đã ký Hiệp định an ninh.",
			[]string{"agreement planned [LA VN] <nil>..<nil>", "agreement signed [IN JP] <nil>..<nil>"}},
		{"a signing told as a noun ('Bên cạnh việc ký hiệp ước ..., hai lãnh đạo sẽ thảo luận') is of the plan the sentence goes on with; one told done is signed",
			"Bên cạnh việc ký hiệp ước Đối tác Chiến lược Toàn diện, hai lãnh đạo Nga - Iran sẽ thảo luận về hợp tác song phương. Việc ký kết hiệp ước hợp tác quốc phòng giữa Nga và Triều Tiên đã gây lo ngại.",
			[]string{"treaty planned [IR RU] <nil>..<nil>", "treaty signed [KP RU] <nil>..<nil>"}},
		{"many documents spoken of ('nhiều thỏa thuận quan trọng'), one described as 'đây là ...', a source's name and a place in parentheses are no agreement or side",
			"Hai nhà lãnh đạo Nhật Bản và Hàn Quốc đã đạt được nhiều thỏa thuận quan trọng. Đây là thỏa thuận thương mại lớn nhất được Anh ký kết. Theo Times Of Israel, Iran và Mỹ đã ký một thỏa thuận tại Cairo (Ai Cập) vào ngày 9/9.",
			[]string{"agreement signed [IR US] 2025-09-09..<nil>"}},
		{"many documents signed together ('chứng kiến lễ ký kết nhiều thỏa thuận', 'thông qua nhiều văn kiện') are one set, of kind mou",
			"Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Ai Cập Abdel Fattah el-Sisi. Hai nhà lãnh đạo cũng chứng kiến lễ ký kết nhiều thỏa thuận hợp tác.",
			[]string{"mou signed [CN EG] <nil>..<nil>"}},
		{"a document told in a relative clause with a hedge or future ('một văn kiện mà hai bên có thể thống nhất') is planned",
			"Cả phía Mỹ và Ukraine đang tiến gần hơn đến một văn kiện mà hai bên có thể thống nhất.",
			[]string{"mou planned [UA US] <nil>..<nil>"}},
		{"a summit as the subject ('Theo dự kiến, hội nghị sẽ ra tuyên bố chung') adopts the statement: the organisation told before, no country sides",
			"Hội nghị thượng đỉnh ASEAN tại Jakarta. Theo dự kiến, hội nghị sẽ ra tuyên bố chung về kế hoạch hợp tác.",
			[]string{"joint_statement planned [] <nil>..<nil>"}},
		{"a clause opening on 'đồng thời' goes on with the sides and the plan of the one before",
			"Trung Quốc và Brazil sẽ ký và trao nhận hơn 20 thỏa thuận hợp tác trong các lĩnh vực thương mại; đồng thời ký kết thỏa thuận đẩy mạnh sử dụng đồng real và đồng nhân dân tệ trong giao dịch thương mại song phương.",
			[]string{"agreement planned [BR CN] <nil>..<nil>", "mou planned [BR CN] <nil>..<nil>"}},
		{"'hai bên ký' a document: the sides are the countries of the article's two leaders, the visited one too",
			"Tổng thống Kazakhstan Kassym-Jomart Tokayev hội đàm với Tổng thống Nga Vladimir Putin. Chuyến thăm của Tổng thống Tokayev tới Nga kết thúc với việc hai bên ký Tuyên bố về việc nâng tầm quan hệ song phương.",
			[]string{"declaration signed [KZ RU] <nil>..<nil>"}},
		{"an organisation's statement ('BRICS đã thông qua tuyên bố chung, trong đó có kết nạp ... gồm A, B') has no country sides: those it speaks of are not",
			"Tại hội nghị thượng đỉnh tháng 8, BRICS đã thông qua tuyên bố chung, trong đó có kết nạp 6 thành viên mới gồm Argentina, Ai Cập và Iran.",
			[]string{"joint_statement signed [] 2025-08..<nil>"}},
		{"an organisation's leaders adopting a statement without a country ('Các nhà lãnh đạo G20 ... thông qua Tuyên bố chung ... mà không có Mỹ')",
			"Các nhà lãnh đạo G20 nhất trí thông qua Tuyên bố chung của hội nghị mà không có Mỹ.",
			[]string{"joint_statement signed [] <nil>..<nil>"}},
		{"'văn kiện vừa ký' is the document told before, not another",
			"Hai bên ký Tuyên bố chung về quan hệ đối tác giữa Nga và Kazakhstan. Tổng thống Kazakhstan khẳng định văn kiện vừa ký sẽ mở ra một kỷ nguyên mới.",
			[]string{"joint_statement signed [KZ RU] <nil>..<nil>"}},
		{"an instrument of accession to a treaty ('văn kiện gia nhập Hiệp ước ...') is that treaty, not a memorandum of its own",
			"Chiều 9/7, Lễ ký kết văn kiện gia nhập Hiệp ước Hữu nghị và Hợp tác ở Đông Nam Á giữa Algeria và Uruguay đã diễn ra.",
			[]string{"treaty signed [DZ UY] 2025-07-09..<nil>"}},
		{"a country named as an issue ('vấn đề Triều Tiên') is no side of an agreement",
			"Bên cạnh vấn đề Triều Tiên, Trung Quốc, Nhật Bản và Hàn Quốc cam kết thúc đẩy một thỏa thuận thương mại tự do ba bên.",
			[]string{"agreement planned [CN JP KR] <nil>..<nil>"}},
		{"a description the known agreement's acronym names after it is that agreement",
			"Hiệp định thương mại tự do giữa Việt Nam và Israel (VIFTA) đã chính thức ký kết vào ngày 25/7/2023.",
			[]string{"agreement signed [IL VN] 2023-07-25..<nil>"}},
		{"a name goes on over an en dash ('Việt Nam – Chilê')",
			"Hiệp định Thương mại tự do Việt Nam – Chilê được ký kết ngày 11/11/2011 và có hiệu lực từ ngày 1/1/2014.",
			[]string{"agreement in_force [CL VN] 2011-11-11..<nil>"}},
		{"a list of documents, one a line, after 'Các văn kiện hợp tác gồm:' (the set it names is none of them)",
			"Ngày 11/5, hai nhà lãnh đạo chứng kiến Lễ trao các văn kiện hợp tác song phương Việt Nam - Hàn Quốc.\n\nCác văn kiện hợp tác gồm:\n\nBản ghi nhớ tăng cường hợp tác năng lượng tái tạo giữa Bộ Công Thương Việt Nam và Bộ Công nghiệp Hàn Quốc.\n\nThỏa thuận sửa đổi bổ sung Bản ghi nhớ giữa Bộ Giáo dục Việt Nam và Bộ Giáo dục Hàn Quốc.",
			[]string{"agreement signed [KR VN] 2025-05-11..<nil>", "mou signed [KR VN] 2025-05-11..<nil>"}},
		{"a well-known bilateral document is between its two sides, a union of states among them, though the name holds both",
			"Thủ tướng đề nghị Đức sớm phê chuẩn Hiệp định Bảo hộ Đầu tư Việt Nam - EU (EVIPA).",
			[]string{"agreement signed [EU VN] 2019-06-30..<nil>"}},
		{"the kind word before a known name ('Hiệp định EVIPA') is that document, not one more",
			"Thủ tướng đề nghị hai bên tiếp tục thúc đẩy việc phê chuẩn Hiệp định EVIPA.",
			[]string{"agreement signed [EU VN] 2019-06-30..<nil>"}},
		{"a reference back with nothing before it is of the first document of its kind named after it",
			"Hiệp ước kiểm soát vũ khí chiến lược trên chính thức hết hạn vào ngày 5/2. Ông kêu gọi Washington và Moscow đàm phán một khuôn khổ kế nhiệm hiệp ước New START.",
			[]string{"treaty expired [RU US] 2010-04-08..2025-02-05"}},
		{"'ký kết và triển khai' tells of the signing, not of a document in force",
			"Việt Nam và Israel đã ký Hiệp định Thương mại tự do Việt Nam - Israel (VIFTA). Việc ký kết và triển khai thực hiện VIFTA sẽ tạo tiền đề thuận lợi cho hai nước.",
			[]string{"agreement signed [IL VN] 2023-07-25..<nil>"}},
		{"a joint communiqué, a protocol and the minutes that end a negotiation are documents",
			"Nhân dịp này, Việt Nam và Mông Cổ ra Thông cáo chung. Bộ trưởng Công Thương Việt Nam và Bộ trưởng Thương mại quốc tế Anh đã ký Biên bản kết thúc đàm phán.",
			[]string{"joint_statement signed [MN VN] <nil>..<nil>", "mou signed [GB VN] <nil>..<nil>"}},
		{"what an agreement forbids to deploy does not put it in force",
			"Armenia và Azerbaijan đã ký thỏa thuận hòa bình. Thỏa thuận nghiêm cấm việc triển khai lực lượng của bên thứ ba dọc biên giới.",
			[]string{"agreement signed [AM AZ] <nil>..<nil>"}},
		{"an agreement studied or whose negotiation ended is planned",
			"Thủ tướng Phạm Minh Chính đề nghị Việt Nam và Ấn Độ nghiên cứu ký kết thoả thuận thương mại.",
			[]string{"agreement planned [IN VN] <nil>..<nil>"}},
		{"documents listed after a colon that a plan to adopt opens are planned, however long the list",
			"Các nhà lãnh đạo ASEAN sẽ thông qua nhiều văn kiện quan trọng như: Tầm nhìn Cộng đồng ASEAN 2045, Tuyên bố Lãnh đạo ASEAN về an ninh lương thực, Tuyên bố chung về kinh tế số.",
			[]string{"declaration planned [] <nil>..<nil>", "joint_statement planned [] <nil>..<nil>"}},
		{"the United Kingdom's full name, spelt 'Bắc Ai-len' or 'Bắc Ireland', holds no Ireland",
			"Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Vương quốc Anh và Bắc Ai-len đã ký Bản ghi nhớ hợp tác.",
			[]string{"mou signed [GB VN] <nil>..<nil>"}},
		{"the year a vision or plan runs to ('đến năm 2030') dates no signing",
			"Nga và Trung Quốc đã ký Tuyên bố chung về Kế hoạch phát triển hợp tác kinh tế đến năm 2030.",
			[]string{"joint_statement signed [CN RU] <nil>..<nil>"}},
		{"a set of documents counted twice ('13 thỏa thuận hợp tác' in the headline and the body) is one set",
			"UAE và Thổ Nhĩ Kỳ ký 13 thỏa thuận hợp tác về nhiều lĩnh vực\nNgày 14/2/2023, Các Tiểu vương quốc Arab thống nhất (UAE) và Thổ Nhĩ Kỳ đã ký kết 13 thỏa thuận hợp tác trên nhiều lĩnh vực khác nhau.",
			[]string{"mou signed [AE TR] 2023-02-14..<nil>"}},
		{"an agreement on many fields is no reference back",
			"Việt Nam và Nhật Bản ký thỏa thuận hợp tác trên nhiều lĩnh vực.",
			[]string{"agreement signed [JP VN] <nil>..<nil>"}},
		{"documents exchanged ('trao đổi Bản ghi nhớ', 'trao đổi các văn kiện') are signed; 'biên bản hợp tác' is a memorandum",
			"Bộ Công Thương Việt Nam và Bộ Năng lượng Azerbaijan trao đổi Bản ghi nhớ về hợp tác năng lượng. Ngày 5/3, Việt Nam và Lào ký biên bản hợp tác về giáo dục.",
			[]string{"mou signed [AZ VN] <nil>..<nil>", "mou signed [LA VN] 2025-03-05..<nil>"}},
		{"an organisation right before the verb that adopts a statement ('để APEC thông qua Tuyên bố chung', 'lãnh đạo các nước G20 đã nhất trí thông qua', 'khối đã thông qua' of the one told before) adopts it, whatever the clause named before: no country sides",
			"Nhóm G20 họp tại New Delhi. Tại hội nghị, khối đã thông qua tuyên bố chung. Đây là kết quả của Việt Nam, làm nền tảng để APEC thông qua Tuyên bố chung về Tầm nhìn Putrajaya. Thủ tướng Ấn Độ Narendra Modi ngày 9/9 thông báo lãnh đạo các nước G20 đã nhất trí thông qua tuyên bố chung.",
			[]string{"joint_statement signed [] 2025-09-09..<nil>", "joint_statement signed [] <nil>..<nil>"}}, // the G20's two statements are one
		{"provinces and cities that sign ('giữa tỉnh Thanh Hóa và tỉnh Houaphanh', 'UBND tỉnh Lai Châu ... với Hội đồng thành phố Kazanlak, ... Bungari', 'tỉnh Quảng Ninh (Việt Nam) với tỉnh Hokkaido (Nhật Bản)') stand for their countries; one where it happens ('tại tỉnh Lai Châu') does not",
			"Lễ ký kết Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Houaphanh. Ngày 27/11/2025, tại tỉnh Lai Châu, UBND tỉnh Lai Châu đã ký kết Biên bản ghi nhớ về hợp tác với Hội đồng thành phố Kazanlak, tỉnh Stara Zagora, Cộng hòa Bungari. Chiều 16/11, hai bên ký kết thỏa thuận hợp tác giữa tỉnh Quảng Ninh (Việt Nam) với tỉnh Hokkaido (Nhật Bản).",
			[]string{"agreement signed [JP VN] 2025-11-16..<nil>", "agreement signed [LA VN] <nil>..<nil>", "mou signed [BG VN] 2025-11-27..<nil>"}},
		{"an open treaty cited as the law to keep ('tuân thủ Công ước Liên hợp quốc về Luật Biển', 'phù hợp với luật pháp quốc tế, UNCLOS 1982') is signed by none of the clause's countries, nor by the sides of the talks just told (citedAsLaw)",
			"Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Na Uy Erna Solberg. Hai Thủ tướng nhấn mạnh mọi tranh chấp cần được giải quyết bằng biện pháp hòa bình, tuân thủ Công ước Liên hợp quốc về Luật Biển năm 1982. Các nước thúc đẩy hợp tác giữa ASEAN và Trung Quốc phù hợp với luật pháp quốc tế, UNCLOS 1982.",
			[]string{"treaty signed [] 1982-12-10..<nil>"}},
		{"a document one side signs with others named after it ('Nhật Bản đã ký Hiệp định Tiếp cận Tương hỗ với Anh và Australia', 'đã ký các thỏa thuận của Mỹ với Thái Lan và Malaysia') is one with each, of the word's kind, and not the one of the same name with another side",
			"Nhật Bản và Philippines chính thức ký Hiệp định Tiếp cận Tương hỗ tại Manila. Được biết, trước đó Nhật Bản đã ký Hiệp định Tiếp cận Tương hỗ với Anh và Australia. Tổng thống Trump cũng đã ký các thỏa thuận của Mỹ với Thái Lan và Malaysia nhằm đa dạng hóa chuỗi cung ứng khoáng sản.",
			[]string{"agreement signed [AU JP] <nil>..<nil>", "agreement signed [GB JP] <nil>..<nil>", "agreement signed [JP PH] <nil>..<nil>", "agreement signed [MY US] <nil>..<nil>", "agreement signed [TH US] <nil>..<nil>"}},
		{"a country and a bloc a document's name joins with a dash ('FTA Việt Nam - MERCOSUR', 'hiệp định thương mại tự do (FTA) Việt Nam - MERCOSUR') make the country its one side, whatever 'hai bên' says (countryDashBloc)",
			"Tổng thống Brazil Lula da Silva hội đàm với Thủ tướng Phạm Minh Chính. Hai bên tích cực thúc đẩy khởi động đàm phán FTA Việt Nam - MERCOSUR.",
			[]string{"agreement planned [VN] <nil>..<nil>"}},
		{"a joint statement that opens its clause and says something ('Tuyên bố chung của hai nước nêu rõ, ...', 'Tuyên bố chung về ... Việt Nam - Hàn Quốc nêu rõ: ...') was issued (statementSays)",
			"Thủ tướng Ấn Độ Narendra Modi điện đàm với Thủ tướng Pakistan Imran Khan. Tuyên bố chung của hai nước nêu rõ, vì hòa bình bền vững, Ấn Độ và Pakistan đã nhất trí giải quyết các vấn đề cốt lõi. Tuyên bố chung về việc làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện Việt Nam - Hàn Quốc nêu rõ: hai nhà lãnh đạo nhất trí tăng cường hợp tác.",
			[]string{"joint_statement signed [IN PK] <nil>..<nil>", "joint_statement signed [KR VN] <nil>..<nil>"}},
		{"a document its subject signs with others in a relative clause ('thỏa thuận an ninh thứ 21 mà Kiev đã ký kết với các quốc gia và khối, trong đó có Anh, Pháp, ...') is one between that subject (a capital for its government) and each (signedInRelative)",
			"Thỏa thuận với Ba Lan là thỏa thuận an ninh thứ 21 mà Kiev đã ký kết với các quốc gia và khối, trong đó có Anh, Pháp, Đức và Canada.",
			[]string{"agreement signed [CA UA] <nil>..<nil>", "agreement signed [DE UA] <nil>..<nil>", "agreement signed [FR UA] <nil>..<nil>", "agreement signed [GB UA] <nil>..<nil>"}},
		{"a plain description of a document whose words the other's name holds, of its kind, status and sides ('thỏa thuận ngừng bắn' and 'thỏa thuận ngừng bắn đạt được giữa Pakistan và Ấn Độ'), is that document (sameFactAs)",
			"Thủ tướng Pakistan Shehbaz Sharif điện đàm với Thủ tướng Ấn Độ Narendra Modi. Hai bên đạt được thỏa thuận ngừng bắn. Tổng thống Mỹ Donald Trump cho biết, Washington đã làm trung gian hòa giải cho thỏa thuận ngừng bắn đạt được giữa Pakistan và Ấn Độ.",
			[]string{"agreement signed [IN PK] <nil>..<nil>"}},
		{"'thỏa thuận trên' before a place or another clause word ('đã ký thỏa thuận trên tại thủ đô Tokyo', 'Việc ký thỏa thuận trên cũng được xem là') is the one told above",
			"Ngày 23/10, Nhật Bản và Anh đã chính thức ký thỏa thuận thương mại tự do song phương hậu Brexit. Ngoại trưởng Nhật Bản Toshimitsu Motegi và Bộ trưởng Thương mại quốc tế Anh Liz Truss đã ký thỏa thuận trên tại thủ đô Tokyo. Việc ký thỏa thuận trên cũng được xem là một bước tiến quan trọng.",
			[]string{"agreement signed [GB JP] 2025-10-23..<nil>"}},
		{"a set of documents counted about ('gần 80 văn kiện', 'khoảng 80 văn kiện') at a summit with no side is the organisation's; after a list of signing verbs a future opens ('sẽ ký kết, thông qua và ghi nhận') it is planned (plannedVerbList)",
			"Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 47. Dự kiến, các Lãnh đạo sẽ ký kết, thông qua và ghi nhận gần 80 văn kiện nhằm thúc đẩy hợp tác ASEAN. Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 44. Dự kiến khoảng 80 văn kiện sẽ được các lãnh đạo thông qua hoặc ghi nhận.",
			[]string{"mou planned [] <nil>..<nil>"}}, // the two sets of 80 are one, as counted sets of one number are
		{"carrying out a document told of ('thảo luận về việc thực thi thỏa thuận') does not put it in force: 'thực thi' is no cue of it, 'có hiệu lực' and 'triển khai' are",
			"Ngày 10/3, Iran và Ả Rập Xê-út đã ký thỏa thuận khôi phục quan hệ ngoại giao. Hai ngoại trưởng đã thảo luận về việc thực thi thỏa thuận.",
			[]string{"agreement signed [IR SA] 2025-03-10..<nil>"}},
		{"what is in force before a word of concession ('thuế này vẫn có hiệu lực dù hai bên đã đạt được thỏa thuận') is of another subject than the agreement after it (concessionBetween)",
			"Trump áp thuế 20% lên hàng nhập khẩu Trung Quốc vào tháng 2 và thuế này vẫn có hiệu lực dù hai bên đã đạt được thỏa thuận ngừng bắn thương mại tại Geneva vào tháng 5.",
			[]string{"agreement signed [CN US] 2025-02..<nil>"}},
		{"a country's name before 'ngữ' ('Hội nghị Cấp cao Pháp ngữ') is a language and its speakers, no side",
			"Ngày 20/11/2022, Hội nghị Cấp cao Pháp ngữ lần thứ 18 bế mạc sau hai ngày nhóm họp, ra Tuyên bố Djerba.",
			[]string{"declaration signed [] 2022-11-20..<nil>"}},
		{"a sentence that opens on a programme qualified before its comma ('Theo chương trình sau cuộc hội kiến với ..., Chủ tịch nước ... tiến hành hội đàm ...') tells of what is to come (programmeSentence); one that tells it done ('đã hội đàm') does not",
			"Theo chương trình sau cuộc hội kiến với Tổng thống Singapore Halimah Yacob, Chủ tịch nước Nguyễn Xuân Phúc tiến hành hội đàm với Thủ tướng Singapore Lý Hiển Long, cùng chứng kiến trao đổi một số văn kiện hợp tác giữa các bộ, ngành hai nước. Theo chương trình, sau cuộc gặp, Tổng thống Hàn Quốc Lee Jae-myung đã hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru và chứng kiến trao đổi một số văn kiện hợp tác.",
			[]string{"mou planned [SG VN] <nil>..<nil>", "mou signed [JP KR] <nil>..<nil>"}},
		{"'tuyên bố' in lower case right after a verb of signing or exchange is the document, not the verb 'to declare' ('trao đổi tuyên bố về việc nâng cấp quan hệ'); said short beside the sides' joint statement ('ký tuyên bố hoà bình'), it is that statement",
			"Thủ tướng Phạm Minh Chính và Thủ tướng Australia Anthony Albanese trao đổi tuyên bố về việc nâng cấp quan hệ hai nước lên Đối tác Chiến lược toàn diện.",
			[]string{"declaration signed [AU VN] <nil>..<nil>"}},
		{"a document said short as 'tuyên bố' beside the same sides' joint statement is that statement",
			"Campuchia và Thái Lan đã ra tuyên bố chung về thỏa thuận hòa bình. Tổng thống Mỹ Trump chứng kiến Campuchia và Thái Lan ký tuyên bố hoà bình.",
			[]string{"joint_statement signed [KH TH] <nil>..<nil>"}},
		{"the country a declaration of admission admits ('ký Tuyên bố kết nạp Timor-Leste vào ASEAN') is no side of it (the-admitted), unless one of its own, or a signer of no country the text gives, signs it ('Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm ký Tuyên bố kết nạp Việt Nam')",
			"Thủ tướng Phạm Minh Chính và các Trưởng đoàn ký Tuyên bố kết nạp Timor-Leste vào ASEAN.",
			[]string{"declaration signed [VN] <nil>..<nil>"}},
		{"an admitted country whose minister signs is a side of its admission (the-admitted)",
			"Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm ký Tuyên bố kết nạp Việt Nam trở thành thành viên của ASEAN.",
			[]string{"declaration signed [VN] <nil>..<nil>"}},
		{"'tuyên bố' with no verb of signing right before it is the verb 'to declare'",
			"Ông cho biết Mỹ sẽ tuyên bố rút khỏi hiệp ước.",
			nil},
		{"a declaration named for the city of its summit ('Tuyên bố Kazan', 'Tuyên bố Bangkok năm 1967') is adopted whatever the clause says of it, and the countries of the clause are no sides of it (a-declaration-named-for-its-city)",
			"Chương trình nghị sự của hội nghị và Tuyên bố Kazan đã gửi đi thông điệp về việc củng cố các mối quan hệ trong khối. Sự tham gia của Việt Nam vào ASEAN đã mở đường cho Lào, Campuchia và Myanmar hoàn thành ước mơ được đề cập trong Tuyên bố Bangkok năm 1967.",
			[]string{"declaration signed [] 1967..<nil>", "declaration signed [] <nil>..<nil>"}},
		{"a document to be carried out ('sẽ thực thi bản ghi nhớ 3 bên giữa ...') exists, signed (to-be-carried-out); one to be signed and carried out ('sẽ ký và triển khai thỏa thuận') is planned",
			"Thủ tướng Kristersson cho biết chính phủ của ông sẽ thực thi bản ghi nhớ 3 bên giữa Thụy Điển, Phần Lan và Thổ Nhĩ Kỳ. Hai bên sẽ ký và triển khai thỏa thuận hợp tác nghề cá giữa Việt Nam và Indonesia.",
			[]string{"agreement planned [ID VN] <nil>..<nil>", "mou signed [FI SE TR] <nil>..<nil>"}},
		{"the countries that broker a document ('do Ai Cập, Qatar và Mỹ làm trung gian', 'với vai trò trung gian của ...') are no sides of it (mediator): a ceasefire told with its brokers alone has no side; with Israel and Hamas, Israel is its one state",
			"Thỏa thuận ngừng bắn giữa Israel và Hamas, do Ai Cập, Qatar và Mỹ làm trung gian, đã có hiệu lực từ ngày 10/10.",
			[]string{"agreement in_force [IL] 2025-10-10..<nil>"}},
		{"a document told with its brokers alone ('Thỏa thuận ngừng bắn, do Ai Cập, Qatar và Mỹ làm trung gian, đã có hiệu lực') has no side of its own (mediator)",
			"Thỏa thuận ngừng bắn, do Ai Cập, Qatar và Mỹ làm trung gian, đã có hiệu lực từ ngày 10/10.",
			nil},
		{"a plain description ends before a phrase that qualifies it ('mang tính bước ngoặt', 'dưới sự bảo trợ của Mỹ'): the same document told twice is one (nameStop, sameFactAs)",
			"Rwanda và CHDC Congo ký thỏa thuận hòa bình dưới sự bảo trợ của Mỹ. Rwanda và Cộng hòa Dân chủ Congo ngày 27/6 đã ký kết một thỏa thuận hòa bình mang tính bước ngoặt tại Washington.",
			[]string{"agreement signed [CD RW] 2025-06-27..<nil>"}},
		{"documents counted in the headline and again below by another word ('ký kết 7 thỏa thuận', 'đã ký 7 bản ghi nhớ và thỏa thuận') are one set, the word after 'và' one of its words (sameCountedSet, countedAnd)",
			"Việt Nam và Campuchia ký kết 7 thỏa thuận\n\nThủ tướng Campuchia Hun Sen và Thủ tướng Nguyễn Xuân Phúc hôm 4/10 đã ký 7 bản ghi nhớ và thỏa thuận nhằm tăng cường quan hệ song phương.",
			[]string{"mou signed [KH VN] 2025-10-04..<nil>"}},
		{"the bare word for documents of a set told in another sentence ('chứng kiến Lễ ký kết các văn kiện hợp tác giữa hai nước') beside the counted set of its sides is that set, its day the set's (setOf)",
			"Việt Nam - Trung Quốc ký kết 14 văn kiện hợp tác\n\nNgày 19/8, Tổng Bí thư Tô Lâm và Chủ tịch Trung Quốc Tập Cận Bình cùng chứng kiến Lễ ký kết các văn kiện hợp tác giữa hai nước Việt Nam – Trung Quốc.",
			[]string{"mou signed [CN VN] 2025-08-19..<nil>"}},
		{"a document joined by 'và' to the one just named ('việc ký Hiệp định Thương mại tự do Việt Nam - EU và Hiệp định Bảo hộ Đầu tư') is made or planned with it, between the same sides, not the countries of the clause (conjoined)",
			"Thủ tướng đề nghị Cộng hòa Séc tiếp tục ủng hộ việc phê chuẩn Hiệp định Thương mại tự do Việt Nam - EU và Hiệp định Bảo hộ Đầu tư.",
			[]string{"agreement signed [EU VN] 2019-06-30..<nil>", "agreement signed [EU VN] <nil>..<nil>"}},
		{"a document whose sides and organisation are unknown is left out, however proper its name ('đàm phán Hiệp định Đối tác kinh tế toàn diện (CEPA) của cấp kỹ thuật hai bên'); a summit's declaration by name ('ra Tuyên bố Djerba') is kept",
			"Bộ trưởng đánh giá cao kết quả tiến bộ đã đạt được trong đàm phán Hiệp định Đối tác kinh tế toàn diện (CEPA) của cấp kỹ thuật hai bên. Hội nghị bế mạc sau hai ngày nhóm họp, ra Tuyên bố Djerba.",
			[]string{"declaration signed [] <nil>..<nil>"}},
		{"a proper name with one country and no organisation is left out, its other sides untold ('Việt Nam ký Hiệp định Miễn thị thực thứ 85'); one whose one side is a bloc ('Hiệp định Thương mại hàng hóa ASEAN') is kept (oneSided)",
			"Sáng 23/1, Việt Nam ký Hiệp định Miễn thị thực thứ 85. Hiệp định Thương mại hàng hóa ASEAN (Atiga) được ký kết lần đầu vào năm 2009.",
			[]string{"agreement signed [ASEAN] 2009..<nil>"}},
		{"a document its name calls trilateral after the name ('Hiệp định Thương mại tự do (FTA) 3 bên') is between the three countries its sentence names, the first of a list cut by a comma too (three-sides)",
			"Ngày 14-12 tại thủ đô Tokyo, các quan chức cấp cao đến từ Nhật Bản, Trung Quốc và Hàn Quốc đã bắt đầu vòng đàm phán về Hiệp định Thương mại tự do (FTA) 3 bên.",
			[]string{"agreement planned [CN JP KR] 2025-12-14..<nil>"}},
		{"the document just signed, to be carried out from now on ('việc triển khai cụ thể Thỏa thuận này trong thời gian tới'), is signed, not in force (inForce)",
			"Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và Chủ tịch Hạ viện Vương quốc Morocco Habib El Malki đã ký Thỏa thuận hợp tác giữa Quốc hội Việt Nam và Hạ viện Vương quốc Morocco. Hai bên thông báo về ý nghĩa của Thỏa thuận hợp tác giữa Quốc hội hai nước cũng như việc triển khai cụ thể Thỏa thuận này trong thời gian tới.",
			[]string{"agreement signed [MA VN] <nil>..<nil>"}},
		{"a document whose relative clause has its own signer some words on ('thỏa thuận mà khối các nước Đông Nam Á đã ký với Trung Quốc') is not signed by the leader of the clause before it (signedInRelative, the-signers): China alone is left out (oneSided)",
			"Để cụ thể hóa cam kết đó, Tổng thống Mỹ Joe Biden theo dự kiến sẽ tới Phnom Penh, tương tự như thỏa thuận mà khối các nước Đông Nam Á đã ký với Trung Quốc.",
			nil},
		{"a signing a proposal or wish governs is planned ('mong muốn hai nước ký Hiệp định'); not a wish others made of what is told ('được các thành viên ủng hộ ..., từ đó làm nền tảng để APEC thông qua Tuyên bố chung') (proposedSigning, a-signing-proposed)",
			"Tổng thống Erdogan mong muốn hai nước ký Hiệp định thương mại tự do giữa Việt Nam và Thổ Nhĩ Kỳ. Cách tiếp cận này được các thành viên ủng hộ và đánh giá cao, từ đó làm nền tảng để APEC thông qua Tuyên bố chung về Tầm nhìn Putrajaya.",
			[]string{"agreement planned [TR VN] <nil>..<nil>", "joint_statement signed [] <nil>..<nil>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, agreementsOf(tt.text), "%q", tt.text)
		})
	}
}
