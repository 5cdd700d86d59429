package ingest

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// leadersOf extracts text and returns the keys of the leaders it names.
func leadersOf(text string) []string {
	out := entitiesOf(text, "2025-06-01", model.LabelLeader, func(e model.Entity) string { return e.Key })
	sort.Strings(out)
	return out
}

// TestTitledNames holds the ways a title reaches its holder's name to the
// sentences they exist for.
func TestTitledNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a Vietnamese name after the words of a post the lexicon does not know; a name that opens on a rarer surname is all name; a country or a statement is no post",
			"Đoàn có Thứ trưởng Xây dựng Nguyễn Văn Sinh; Chánh văn phòng T.Ư Đảng Lê Khánh Hải; Đại sứ Việt Nam tại Ba Lan Hà Hoàng Hải. Thứ trưởng Pankin nói rằng Malaysia và Thái Lan đã trở thành đối tác.",
			[]string{"ha-hoang-hai", "le-khanh-hai", "nguyen-van-sinh"}},
		{"the holder at the end of a list item whose post the lexicon reads in part (itemHolder): after ';' or 'có', up to ';', the sentence's end, the next post or a verb of saying; a known leader read at once stays whole ('Mohammed bin Salman Bin Abdulaziz Al Saud' is not King Salman); a province's name before the holder is no name",
			"Tham dự có Bộ trưởng Lao động và Việc làm Lee Jung Sik; Bộ trưởng Doanh nghiệp nhỏ và vừa, doanh nghiệp khởi nghiệp Lee Young; Chủ nhiệm Ủy ban Nội vụ, Quốc phòng và Dịch vụ dân sự Kep Chuktema; Bộ trưởng Bộ Nông nghiệp - Phát triển Nông thôn Cao Đức Phát. Thủ tướng hội đàm với Hoàng Thái tử, Thủ tướng Saudi Arabia Mohammed bin Salman Bin Abdulaziz Al Saud. Có Thống đốc tỉnh Entre Rios Gustavo Bordet.",
			[]string{"cao-duc-phat", "kep-chuktema", "lee-jung-sik", "lee-young", "mohammed-bin-salman"}},
		{"a list item received or joined to another ('đã tiếp', 'và', 'kiêm') ends on its holder's name (itemHolder); a post inside a clause about something else names nobody",
			"Tổng Bí thư đã tiếp Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước Sinlavong Khoutphaythoune và Chủ tịch Hội Hữu nghị Lào - Việt Nam. Ông bác đề nghị của Mỹ về việc bàn giao chức chủ tịch G20 cho một quan chức đại sứ quán, theo tờ The Guardian.",
			[]string{"sinlavong-khoutphaythoune"}},
		{"a list item closes before 'và các', 'và những' after its holder's name: the others of the list (othersOfList)",
			"Tham dự có Bộ trưởng Tài chính Nguyễn Văn Thắng, Bộ trưởng Giáo dục và Đào tạo Nguyễn Kim Sơn và các quan chức khác.",
			[]string{"nguyen-kim-son", "nguyen-van-thang"}},
		{"the office of a head of state or government is a body a title names before its holder (institutions.tsv)",
			"Phát ngôn viên Phủ Tổng thống Ko Min-jung cho biết hai nhà lãnh đạo đã trao đổi thân thiện. Người phát ngôn Phủ Tổng thống Kang Min-seok nói thêm.",
			[]string{"kang-min-seok", "ko-min-jung"}},
		{"a deputy minister's remit goes on as a minister's does (deputyMinister): 'và' and a capitalised word, then the country",
			"Bà hội đàm với Thứ trưởng Ngoại giao và Kiều dân Kenya Abraham Korir Sing’Oei.",
			[]string{"abraham-korir-sing-oei"}},
		{"a minister in a president's office, a ministry's civil head styled 'Thư ký' (titles.tsv)",
			"Tham dự có Bộ trưởng tại Phủ Tổng thống Khumbudzo Ntshavheni. Đại tướng Phan Văn Giang tiếp Thư ký Quốc phòng Ấn Độ Rajesh Kumar Singh.",
			[]string{"khumbudzo-ntshavheni", "phan-van-giang", "rajesh-kumar-singh"}},
		{"a known one-word name that goes on past a particle or an initial is someone else's name (longerName)",
			"Phó Chủ tịch tiếp Đại sứ Argentina tại Việt Nam Marcos A. Bednarski. Đại sứ Timor-Leste tại Campuchia Marcos dos Reis da Costa khẳng định rằng quan hệ tốt đẹp.",
			[]string{"marcos-a-bednarski", "marcos-dos-reis-da-costa"}},
		{"one post read with no name, then a comma or 'là' and 'ông'/'bà' with the holder's name (setOffPost): the post opens the sentence or a list item; a post that is the object of a phrase before names nobody",
			"Chủ tịch mới của Đại hội đồng, ông Philemon Yang, đã trình bày tầm nhìn. Đoàn công tác do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn. Ông Sisi và Thủ tướng Hy Lạp lúc đó là ông Alexi Tsipras đã nhất trí. Trả lời câu hỏi của Tổng thống, ông Peter Brown nói.",
			[]string{"abdel-fattah-el-sisi", "alexi-tsipras", "matsushita-yoshihiko", "philemon-yang"}},
		{"the 'phủ' of 'Chính phủ' is no seat of office: a title after it names its holder (palaceOf)",
			"Bộ trưởng Park nhấn mạnh Chính phủ Tổng thống Yoon Suk-yeol đang đặt mục tiêu. Tổng thống tiếp khách tại Phủ Tổng thống Sheetal Niwas.",
			[]string{"yoon-suk-yeol"}},
		{"a leader the lexicon knows right after a post is its holder, not words of the post before a later capitalised pair ('Đoàn Đại biểu' is no name)",
			"Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và Đoàn Đại biểu cấp cao Quốc hội nước ta đã rời TP Saint Petersburg.",
			[]string{"nguyen-thi-kim-ngan"}},
		{"a list item's holder is followed by 'đang', the clause he is the subject of ('Trưởng đoàn đại biểu Đảng Cộng sản Trung Quốc Lưu Văn Sơn đang ở thăm'): his name ends the item (itemHolder)",
			"Chiều 7/9, Tổng bí thư Nông Đức Mạnh đã tiếp Trưởng ban Tuyên truyền T.Ư, Trưởng đoàn đại biểu Đảng Cộng sản Trung Quốc Lưu Văn Sơn đang ở thăm và dự Hội thảo Lý luận lần thứ 6 giữa hai Đảng tại VN.",
			[]string{"luu-van-son", "nong-duc-manh"}},
		{"a capitalised word for a city or state after a title ('Thị trưởng TP Daegu', 'Thống đốc Bang Oregon') opens a place, not a name: the title is in apposition to the name before it (placeOpens)",
			"Ông Huỳnh Đức Thơ làm việc với ông Kwon Youngjin, Thị trưởng TP Daegu, Hàn Quốc. Ông Phan Văn Mãi đã tiếp bà Kate Brown, Thống đốc Bang Oregon, Hoa Kỳ đến chào xã giao.",
			[]string{"kate-brown", "kwon-youngjin"}},
		{"a name's post in apposition may be the deputy of an office the lexicon knows (', Phó Tỉnh trưởng tỉnh Ratanakiri') or a party committee member's ('Tỉnh ủy viên')",
			"Đoàn do ông Ngin Nel, Phó Tỉnh trưởng tỉnh Ratanakiri làm trưởng đoàn. Đoàn do đồng chí Đinh Hữu Học, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn.",
			[]string{"dinh-huu-hoc", "ngin-nel"}},
		{"a form of state abbreviated between a title and its country ('CHLB Nigeria', 'CH Cuba', institutions.tsv) is part of the title, not a stop before the name",
			"Chủ tịch nước tiếp Phó Tổng thống CHLB Nigeria Yemi Osinbajo. Đại sứ CH Cuba Orlando Hernández Guillén tới dự.",
			[]string{"orlando-hernandez-guillen", "yemi-osinbajo"}},
		{"a counterpart named before the leader whose counterpart he is holds the office named after him (titleLater); a form of state before his country is gone over (pastStateForm)",
			"Trong cuộc điện đàm với người đồng cấp CH Cyprus Nikos Christodoulides, Tổng thống El-Sisi nhấn mạnh tầm quan trọng của thỏa thuận.",
			[]string{"abdel-fattah-el-sisi", "nikos-christodoulides"}},
		{"two initials inside a Latin name ('Meynardo LB. Montealegre') neither end the sentence nor the name",
			"Chủ tịch UBND tỉnh có buổi tiếp xã giao ông Meynardo LB. Montealegre, Đại sứ Đặc mệnh toàn quyền Philippines tại Việt Nam.",
			[]string{"meynardo-lb-montealegre"}},
		{"a list item received after 'gửi điện mừng đến/tới' ends on its holder (itemHolder), whose name may end on a title glued after a hyphen ('Al-Sheikh'); 'Cộng hòa Thống nhất' is a form of state",
			"Chủ tịch Quốc hội gửi điện mừng đến Chủ tịch Hội đồng Tư vấn Saudi Arabia Abdullah Mohammed Ibrahim Al-Sheikh. Chủ tịch nước đã gửi điện mừng đến Tổng thống nước Cộng hoà Thống nhất John Magufuli.",
			[]string{"abdullah-mohammed-ibrahim-al-sheikh", "john-magufuli"}},
		{"a list item's post names a body whose remit is written with capitalised cue words ('Kế hoạch', 'Biến đổi khí hậu') and may run long: its holder is still read (itemHolder, inBodyName)",
			"Tham gia Đoàn có: Chủ nhiệm Ủy ban Kế hoạch, Đầu tư, Nông nghiệp, Phát triển nông thôn, Môi trường và Nguồn nước Loy Sophat; Chủ nhiệm Ủy ban Y tế cộng đồng, Công việc xã hội, Cựu chiến binh, Phục hồi giới trẻ, Lao động, Đào tạo nghề và các vấn đề phụ nữ của Quốc hội Lork Kheng.",
			[]string{"lork-kheng", "loy-sophat"}},
		{"a full-time member of a parliament's committee ('Ủy viên Thường trực Ủy ban') and a prime minister's adviser ('Cố vấn Thủ tướng') are offices; a permanent member of the Security Council is none",
			"Đón Đoàn có Ủy viên Thường trực Ủy ban Đối ngoại của Quốc hội Trần Thị Hồng An. Tháp tùng có: Cố vấn Thủ tướng về kinh tế vĩ mô Teklewold Atnafu; Bộ trưởng Bộ Y tế Mekdes Daba. Mỹ là ủy viên thường trực Hội đồng Bảo an.",
			[]string{"mekdes-daba", "teklewold-atnafu", "tran-thi-hong-an"}},
		{"an assistant to a Vietnamese leader is an office, after the name too ('Trợ lý Tổng Bí thư'); the Fatherland Front's Central Committee abbreviated ('UBTƯ MTTQ') is part of a post; a vice chairman of China's CPPCC ('Phó Chủ tịch Chính hiệp') names no 'Chính' (Phạm Minh Chính)",
			"Tham gia Đoàn có: Hồ Mẫu Ngoạt, Trợ lý Tổng Bí thư, Phụ trách Văn phòng Tổng Bí thư; Nguyễn Khắc Chử, Bí thư Tỉnh ủy Lai Châu. Bí thư Trung ương Đảng, Chủ tịch UBTƯ MTTQ Việt Nam Đỗ Văn Chiến đã hội kiến. Đón Tổng Bí thư tại sân bay có Ủy viên Trung ương Đảng, Phó Chủ tịch Chính hiệp toàn quốc, Trưởng Ban Liên lạc đối ngoại Trung ương Đảng Cộng sản Trung Quốc Vương Gia Thụy.",
			[]string{"do-van-chien", "ho-mau-ngoat", "nguyen-khac-chu", "vuong-gia-thuy"}},
		{"a new name's other spelling in brackets, Latin letters only, stands between the name and its office, after a comma or not (pastNameInParens)",
			"Ngài Mai-cơn Mi-ha-lắc (Michael W. Michalak), Đại sứ đặc mệnh toàn quyền Hợp chủng quốc Hoa Kỳ đã rời Hà Nội. Trong hội thảo, ông Lư Thế Hùng (Brian LO Sai Hung) Giám đốc Sở Thương mại và Công nghiệp Hong Kong cho biết Hong Kong đã nộp đơn.",
			[]string{"lu-the-hung", "mai-con-mi-ha-lac"}},
		{"a holder set off by a comma and 'bà' after a chain of posts, joined by commas or 'kiêm' and acronyms in brackets, holds the last of them (chainedPost)",
			"Đó là khẳng định của Đại sứ Nhật Bản Yamada Takio tại buổi chào từ biệt với Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương, Chủ tịch Nhóm nghị sĩ hữu nghị Việt - Nhật, bà Trương Thị Mai. Tổng Giám đốc Chương trình Phát triển Liên hợp quốc (UNDP) kiêm Chủ tịch Nhóm các tổ chức phát triển Liên hợp quốc (UNDG), bà Helen Clark, thăm chính thức Việt Nam.",
			[]string{"helen-clark", "truong-thi-mai", "yamada-takio"}},
		{"a Vietnamese name whose given names spell a place ('Tân Cương', 'Thành Đô') is a name, not a surname before a city; a place before the holder stays a place",
			"Thượng tướng Nguyễn Tân Cương dẫn đầu đoàn đại biểu Bộ Quốc phòng. Tiếp đoàn có các đồng chí: Lê Thành Đô, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Nguyễn Hoàng Anh, Bí thư Tỉnh ủy Cao Bằng.",
			[]string{"le-thanh-do", "nguyen-hoang-anh", "nguyen-tan-cuong"}},
		{"a body's name after a title ('Ủy ban', 'Hội đồng', 'Chính quyền', bodyOpens) is read to its holder, over a pair of countries, and its first word is no short name ('Chính' of Phạm Minh Chính); a province after the body is no holder; a body named after Hồ Chí Minh names no Hồ Chí Minh",
			"Phó Thủ tướng Chính phủ, Chủ tịch Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc Nguyễn Thiện Nhân đã gửi điện mừng. Đón đoàn có Chủ tịch Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây. Chủ tịch Ủy ban chính quyền tỉnh Bo Ly Khăm Xay chúc tỉnh Nghệ An năm mới. Đón đoàn có Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh Nguyễn Xuân Thắng.",
			[]string{"nguyen-thien-nhan", "nguyen-xuan-thang"}},
		{"a policy capitalised after a title ('Trưởng Ban Chính sách, Chiến lược Trung ương', 'Cố vấn Chính sách') is a remit: 'Chính' there is no short name of Phạm Minh Chính",
			"Dự có Trưởng Ban Chính sách, Chiến lược Trung ương Trần Lưu Quang và Phó Thủ tướng Bùi Thanh Sơn. Đoàn có ông Jens Plötner, Cố vấn Chính sách đối ngoại và An ninh của Thủ tướng Đức.",
			[]string{"bui-thanh-son", "jens-plotner", "tran-luu-quang"}},
		{"the head of a business, a business federation or a university ('Tập đoàn', 'Liên đoàn Thương mại và Công nghiệp', 'Đại học', cues.tsv firm) holds no public office, his title before or after the name",
			"Tham gia Đoàn có Bộ trưởng Tài chính Hồ Đức Phớc; Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh Vũ Hải Quân; Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam Phạm Tấn Công; Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam Nguyễn Quốc Khánh; Đại sứ Việt Nam tại Hoa Kỳ Nguyễn Quốc Dũng. Ông Vũ Tiến Lộc, Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam, cho biết.",
			[]string{"ho-duc-phoc", "nguyen-quoc-dung"}},
		{"the head of a business association ('Hiệp hội Doanh nghiệp', cues.tsv firm) is a businessman: no public office",
			"Chiều ngày 28/5, đồng chí Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban Nhân dân (UBND) tỉnh đã có buổi tiếp và làm việc với đoàn Đại sứ quán và các doanh nghiệp của Hàn Quốc do ông Hong Sun, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam làm trưởng đoàn, đến thăm, tìm hiểu đầu tư tại tỉnh Thanh Hóa.",
			[]string{"do-minh-tuan"}},
		{"a delegation of a body ('Đoàn Chính phủ') is no name, though 'Đoàn' is a surname: a cue word that goes on in lower case ends a name, and a known name after a title is no post before another holder; a cue word of capitals inside a name is the name's ('Đặng Quốc Khánh')",
			"Thủ tướng Nguyễn Xuân Phúc và Đoàn Chính phủ Việt Nam tham dự Kỳ họp lần thứ 42. Đại sứ Đặng Quốc Khánh dự.",
			[]string{"dang-quoc-khanh", "nguyen-xuan-phuc"}},
		{"two lower-case particles in a row inside a Latin name ('de la') go on the name",
			"Bộ trưởng Ngoại giao Mexico Juan Ramón de la Fuente và Bộ trưởng Ngoại giao Chile Alberto van Klaveren gặp nhau.",
			[]string{"alberto-van-klaveren", "juan-ramon-de-la-fuente"}},
		{"a chargé d'affaires ad interim ('Đại biện lâm thời') is an office; the foreign ministry abbreviated after a title ('BNG') is the post's, not the name's",
			"Chủ nhiệm Ủy ban Đối ngoại Vũ Hải Hà tiếp Đại biện lâm thời Hoa Kỳ Susan Burns. Thứ trưởng BNG Nguyễn Minh Hằng gặp đoàn.",
			[]string{"nguyen-minh-hang", "susan-burns", "vu-hai-ha"}},
		{"a chief of staff ('Tham mưu trưởng Liên quân'), an attorney general ('Tổng Chưởng lý') and a senior minister ('Bộ trưởng Cao cấp') are offices",
			"Tham mưu trưởng Liên quân Nhật Bản Yoshida Yoshihide thăm Việt Nam. Tổng Chưởng lý Mỹ Pam Bondi phát biểu. Tham dự có Bộ trưởng Cao cấp Campuchia Var Kim Hong.",
			[]string{"pam-bondi", "var-kim-hong", "yoshida-yoshihide"}},
		{"a party's leader as the southern press writes it ('thủ lãnh đảng') is an office, its party's name no person's",
			"Tổng thống Biden cũng gặp ông Pierre Poilievre, thủ lãnh đảng Bảo Thủ liên bang.",
			[]string{"joe-biden", "pierre-poilievre"}},
		{"a name's post in brackets after it ('Nguyễn Văn Long (Phó Chủ tịch UBND tỉnh)') is an apposition; a department after a title ('Sở Công Thương') is read to its holder and names nobody itself, the office's own province ('tỉnh') before the holder aside",
			"Cùng dự có các ông: Nguyễn Văn Long (Phó Chủ tịch UBND tỉnh), Trần Minh Tuấn (Giám đốc Sở Ngoại vụ). Giám đốc Sở Công Thương cũng có mặt. Dự có Giám đốc Sở Ngoại vụ tỉnh Lê Văn Hải.",
			[]string{"le-van-hai", "nguyen-van-long", "tran-minh-tuan"}},
		{"a subcommittee ('Tiểu ban') is read to its holder over a region's pair ('châu Á – Thái Bình Dương'); the second of a pair after a spaced dash ('Vụ Trung Đông - Châu Phi') is no holder",
			"Đoàn do Chủ tịch Tiểu ban châu Á – Thái Bình Dương Ami Bera làm trưởng đoàn. Dự có Phó Vụ trưởng Vụ Trung Đông - Châu Phi (Bộ Ngoại giao) Nguyễn Thị Bích Thuận.",
			[]string{"ami-bera"}},
		{"a doctor's style before a name ('Tiến sĩ') makes no leader unless an office follows the name in apposition; a royal government ('Chính phủ Hoàng gia') names no 'Hoàng'",
			"Đến dự có Tiến sĩ Men Som On- Phó Thủ tướng Chính phủ Hoàng gia Campuchia. Một học giả, Tiến sĩ Peter Mumford, cho biết. Tiến sĩ Nguyễn Văn Nam phát biểu.",
			[]string{"men-som-on"}},
		{"a province spelled as the border provinces' press spells it ('Tboung Khmum', cities.tsv) after a governor's title is his province, no name",
			"Phó Chủ tịch UBND tỉnh Tây Ninh Huỳnh Văn Quang cảm ơn Tỉnh trưởng Tboung Khmum cùng phu nhân.",
			[]string{"huynh-van-quang"}},
		{"Arabic particles inside a name ('ibn', 'al' written apart) go on the name, after a remit in Vietnamese too ('Bộ trưởng Đầu tư Khalid al-Falih')",
			"Bộ trưởng Ngoại giao Oman Badr ibn Hamad Al Busaidi gặp người đồng cấp. Bộ trưởng Đầu tư Khalid al-Falih dự.",
			[]string{"badr-ibn-hamad-al-busaidi", "khalid-al-falih"}},
		{"a minister's remit may end in lower-case words before a foreign holder ('Bộ trưởng Kinh tế số Jeremy Quin'); a verb the lexicon knows there names his object no minister",
			"Bộ trưởng Kinh tế số Jeremy Quin dự. Bộ trưởng Kinh tế gặp Peter Mumford.",
			[]string{"jeremy-quin"}},
		{"party offices abbreviated after a name ('Ủy viên BCH Trung ương Đảng', 'Ủy viên TƯ Đảng', 'UVBCT', 'Bí thư TW Đảng') are offices, and an abbreviated Central Committee ('TW Đảng') no name",
			"Tiếp đoàn có đồng chí Nguyễn Văn Quảng, Ủy viên BCH Trung ương Đảng, Bí thư Thành ủy Đà Nẵng. Đồng chí Lê Minh Hưng, Ủy viên BCT, Bí thư TW Đảng, Trưởng Ban Tổ chức TW dự. Đồng chí Bùi Văn Cường, Ủy viên TƯ Đảng, Tổng Thư ký Quốc hội phát biểu. Ông Đinh Tiến Dũng, UVBCT, Bí thư Thành ủy Hà Nội tiếp đoàn.",
			[]string{"bui-van-cuong", "dinh-tien-dung", "le-minh-hung", "nguyen-van-quang"}},
		{"provincial offices abbreviated ('PCT UBND', 'Phó CT UBND', 'PBT Tỉnh ủy', 'TUV', 'Trưởng Đoàn ĐBQH') are offices, the delegation no name; a city abbreviated after a title ('UBND TP Hải Phòng') is the office's city",
			"Tiếp đoàn có ông Nguyễn Văn Phương, PCT UBND tỉnh; ông Lê Văn Hải, PBT Tỉnh ủy; bà Trần Thị Lan, TUV, Giám đốc Sở Ngoại vụ. Dự có đồng chí Phạm Đức Ấn, Trưởng Đoàn ĐBQH tỉnh. Chủ tịch UBND TP Hải Phòng Nguyễn Văn Tùng tiếp đoàn. Phó CT UBND tỉnh Hoàng Văn Nghiệm cùng dự.",
			[]string{"hoang-van-nghiem", "le-van-hai", "nguyen-van-phuong", "nguyen-van-tung", "pham-duc-an", "tran-thi-lan"}},
		{"a Vietnamese name after a ministry is no minister's remit, though a word of it spells a country ('Nguyễn Sinh Nhật Tân': not Japan)",
			"Tham dự có Thứ trưởng Thường trực Bộ Công Thương Nguyễn Sinh Nhật Tân, Thứ trưởng Bộ KH&ĐT Trần Duy Đông.",
			[]string{"nguyen-sinh-nhat-tan", "tran-duy-dong"}},
		{"a given name that is also a city or a country other than the office's ('Victoria', 'Santiago', 'Jordan') opens the holder's name; the office's own city stays a place",
			"Phó Chủ tịch nước Võ Thị Ánh Xuân hội kiến Phó Tổng thống Argentina Victoria Villarruel. Thống đốc bang Victoria Jacinta Allan dự. Ngoại trưởng Pháp Jordan Bardella phát biểu.",
			[]string{"jacinta-allan", "jordan-bardella", "victoria-villarruel", "vo-thi-anh-xuan"}},
		{"France's National Rally ('Tập hợp Quốc gia') is a party, its 'Tập' no short name of Xi Jinping",
			"Chủ tịch Tập hợp Quốc gia Pháp Jordan Bardella dự.",
			[]string{"jordan-bardella"}},
		{"a provincial party standing committee member abbreviated ('TVTU') between a name and its post",
			"Tiếp Đoàn có các đồng chí: Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh; Bùi Mai Hoa, TVTU, Phó Chủ tịch HĐND tỉnh.",
			[]string{"bui-mai-hoa", "tong-quang-thin"}},
		{"an apostrophe glued inside a transliterated word goes on the name ('Ri’ayatuddin', 'S’bong'); a possessive 's' does not",
			"Điện mừng có Quốc vương Malaysia Abdullah Ri’ayatuddin Al-Mustafa Billah Shah. Đoàn do Ngài S’bong Sa Rat - Chủ tịch Hội đồng tỉnh Prey Veng dẫn đầu.",
			[]string{"abdullah-ri-ayatuddin-al-mustafa-billah-shah", "s-bong-sa-rat"}},
		{"Brunei's styles before a holder's name ('Dato Dr. Hj', 'Pehin Dato Dr. Ustaz Hj') are gone over, after a ministry's long name too",
			"Tháp tùng có: Bộ trưởng Bộ Y tế Dato Dr. Hj Mohd Isham Jaafar; Bộ trưởng Bộ Tài nguyên Sơ cấp và Du lịch Dato Dr Abdul Manaf Metussin.",
			[]string{"abdul-manaf-metussin", "mohd-isham-jaafar"}},
		{"a minister in a prime minister's department is read with his own post, not as the prime minister",
			"Dự có Bộ trưởng tại Văn phòng Thủ tướng Malaysia Fadillah Yusof; Thứ trưởng tại Văn phòng Thủ tướng Dato Mohd Riza Dato Mohd Yunos.",
			[]string{"fadillah-yusof", "mohd-riza-dato-mohd-yunos"}},
		{"Thailand in the press's older hyphenated spelling ('Thái-lan') is a country; a parliament committee's full-time member ('Ủy viên chuyên trách Ủy ban') is an office",
			"Chủ tịch QH Nguyễn Sinh Hùng đã hội kiến Thủ tướng Thái-lan Dinh-lắc Xin-na-vắt. Ra đón có Ủy viên chuyên trách Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội Phạm Phú Bình.",
			[]string{"dinh-lac-xin-na-vat", "nguyen-sinh-hung", "pham-phu-binh"}},
		{"a counterpart after a post named with no name ('Thủ tướng Ai Cập ... người đồng cấp Cyprus X') holds that post",
			"Thủ tướng Ai Cập điện đàm với người đồng cấp Cyprus Nikos Christodoulides.",
			[]string{"nikos-christodoulides"}},
		{"a Lao provincial leader in a list: an alternate member of the party's Central Committee, a party secretary who is governor ('Bí thư, Tỉnh trưởng tỉnh Phongsaly')",
			"Các đồng chí: Bounkhong Lachiemphone, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào; Khamphoy Vannasane, Bí thư, Tỉnh trưởng tỉnh Phongsaly đã dự.",
			[]string{"bounkhong-lachiemphone", "khamphoy-vannasane"}},
		{"a holder set off after a title's comma, then a word of tense before the verb of saying ('Bộ trưởng Ngoại giao Bolivia, Rogelio Maita vừa thông báo')",
			"Theo hãng tin Sputnik, Bộ trưởng Ngoại giao Bolivia, Rogelio Maita vừa thông báo nước này muốn gia nhập BRICS.",
			[]string{"rogelio-maita"}},
		{"a capital inside a post ('Thành phố Viêng Chăn', 'Thành phố Hà Nội') is a city, no verb that ends the post, though the cue list marks it a capital (cueAt)",
			"Phó Chủ tịch Ủy ban nhân dân Thành phố Viêng Chăn Sinlavong Khoutphaythoune phát biểu. Có Phó Chủ tịch HĐND, Phó Trưởng đoàn Đại biểu Quốc hội Thành phố Hà Nội Phạm Thị Thanh Mai.",
			[]string{"pham-thi-thanh-mai", "sinlavong-khoutphaythoune"}},
		{"a foreign name after a Vietnamese remit goes on past a leader's short name ('Lee' of Lee Jae-myung) to be a name of its own",
			"Theo Bộ trưởng Công nghiệp Lee Chang Yang, hai nước nhất trí.",
			[]string{"lee-chang-yang"}},
		{"a member of a parliament's committee ('Ủy viên Ủy ban Đối ngoại, Quốc phòng và An ninh, Thượng viện') named before the post is a leader",
			"Tháp tùng có ông Zdeněk Nytra, Ủy viên Ủy ban về các vấn đề của Liên minh châu Âu, Thượng viện Quốc hội Cộng hòa Séc; bà Jana Mračková Vildumetzová, Ủy viên Ủy ban Đối ngoại, Quốc phòng và An ninh, Thượng viện Quốc hội Cộng hòa Séc.",
			[]string{"jana-mrackova-vildumetzova", "zdenek-nytra"}},
		{"a delegation's list of names each set off from its post by a dash, spaced or glued ('Hồ Văn Điềm-Ủy viên Ban Thường vụ Tỉnh ủy; Trần Văn Bình - Phó Chủ tịch HĐND tỉnh'), even with no 'đồng chí' before each; a glued hyphen before a name's next word still joins the name",
			"Đoàn có các đồng chí: Hồ Văn Điềm-Ủy viên Ban Thường vụ Tỉnh ủy; Trần Văn Bình - Phó Chủ tịch HĐND tỉnh. Tổng thống Kazakhstan Kassym-Jomart Tokayev tiếp đoàn.",
			[]string{"ho-van-diem", "kassym-jomart-tokayev", "tran-van-binh"}},
		{"the National Assembly's committees as renamed in 2025 are institutions of a title, commas and all ('Phó Chủ nhiệm Uỷ ban Quốc phòng, An ninh và Đối ngoại Nguyễn Mạnh Tiến')",
			"Tham gia Đoàn có Phó Chủ nhiệm Uỷ ban Quốc phòng, An ninh và Đối ngoại Nguyễn Mạnh Tiến; Phó Chủ nhiệm Thường trực Uỷ ban Kinh tế và Tài chính Lê Quang Mạnh.",
			[]string{"le-quang-manh", "nguyen-manh-tien"}},
		{"a minister's remit in Vietnamese words and no country, then a foreign name: the name starts where the Vietnamese spelling stops; a Vietnamese name after a remit stays whole",
			"Tháp tùng có: Bộ trưởng Truyền thông Juscelino Filho; Bộ trưởng Khoa học, Công nghệ và Đổi mới Luciana Santos; Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng.",
			[]string{"juscelino-filho", "luciana-santos", "nguyen-chi-dung"}},
		{"a name set off after a title and its comma or spaced dash: closed by a comma or a verb of saying, or after 'bà'/'ông'",
			"Người phát ngôn Nhà Trắng - bà Anna Kelly cáo buộc ông Ramaphosa. Người phát ngôn của Phủ Tổng thống Hàn Quốc, Kang Yu-jung cho biết. Thủ tướng Nhật Bản, Tổng thống Hàn Quốc Lee Jae Myung và Tổng thống Mỹ đã gặp nhau.",
			[]string{"anna-kelly", "cyril-ramaphosa", "kang-yu-jung", "lee-jae-myung"}},
		{"a post that names its organisation itself ('Tổng Thư ký ASEAN'), its comma and a degree before the holder ('Tiến sĩ', a style there, no expert's title)",
			"Phát biểu mở đầu, Tổng Thư ký ASEAN, Tiến sĩ Kao Kim Hourn nhiệt liệt chào mừng Thủ tướng Gusmão. Tiến sĩ Nguyễn Văn An, chuyên gia kinh tế, cho biết.",
			[]string{"kao-kim-hourn", "xanana-gusmao"}},
		{"a holder set off by a spaced dash after his office's own bare province ('Phó chủ tịch UBND tỉnh - Phạm Tấn Hòa')",
			"Sáng nay, 22-11, Phó chủ tịch UBND tỉnh - Phạm Tấn Hòa đón tiếp Đoàn công tác.",
			[]string{"pham-tan-hoa"}},
		{"a Vietnamese name whose given names are a country's ('Đỗ Đức Duy') or a day's ('Đặng Quốc Khánh') after a ministry's name",
			"Ra sân bay đón đoàn có: Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy. Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh đón Tổng thống Brazil.",
			[]string{"dang-quoc-khanh", "do-duc-duy"}},
		{"directors of a department ('Cục trưởng Cục ...', 'Tổng cục trưởng Tổng cục ...'): the department's words, a body it belongs to and its country come before the holder; a ministry followed by another title names nobody",
			"Cục trưởng Cục Lễ tân Nhà nước Đặng Thị Thu Hà ra đón. Nhóm đàm phán của Nga do Tổng cục trưởng Tổng cục Tình báo thuộc Bộ Tổng tham mưu Các lực lượng vũ trang Nga Igor Kostyukov dẫn đầu. Bộ trưởng Bộ Công an cùng Thủ tướng Phạm Minh Chính dự.",
			[]string{"dang-thi-thu-ha", "igor-kostyukov", "pham-minh-chinh"}},
		{"the EU's high representative with his remit spelled out in either order ('về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU)', 'phụ trách an ninh và chính sách đối ngoại')",
			"Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc gặp ngắn với Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Joseph Borell. Đại diện cấp cao phụ trách an ninh và chính sách đối ngoại Liên minh châu Âu (EU) Federica Mogherini dự.",
			[]string{"bui-thanh-son", "federica-mogherini", "joseph-borell"}},
		{"a counterpart named after 'người đồng cấp <country>' holds the post of the one he meets",
			"Bộ trưởng Quốc phòng Afghanistan Mullah Muhammad Yaqoob bắt tay người đồng cấp Pakistan Khawaja Muhammad Asif.",
			[]string{"khawaja-muhammad-asif", "mullah-muhammad-yaqoob"}},
		{"the late President whose mausoleum is visited ('viếng Chủ tịch Hồ Chí Minh') is no leader of the news",
			"Thủ tướng Trung Quốc Lý Cường vào Lăng viếng Chủ tịch Hồ Chí Minh.",
			[]string{"li-qiang"}},
		{"a ministry's name is no person's; its holder ends the run; a name before its office is a leader though its first word is a short name ('Kim')",
			"Bộ trưởng Bộ Giáo dục và Thể thao Thongsalith Mangnomek đón đoàn, cùng Kim Tráng Long, Bộ trưởng Bộ Công nghiệp và Công nghệ thông tin Trung Quốc.",
			[]string{"kim-trang-long", "thongsalith-mangnomek"}},
		{"a holder named right after the acronym of his body ('Phó Tổng thư ký Đảng Đại hội Dân tộc Phi (ANC) Nomvula Mokonyane')",
			"Phó Chủ tịch nước đã có cuộc gặp Phó Tổng thư ký Đảng Đại hội Dân tộc Phi (ANC) Nomvula Mokonyane tại Johannesburg.",
			[]string{"nomvula-mokonyane"}},
		{"a province after a provincial title is its place, not its holder's name; a capitalised verb ('Ký') ends no name",
			"Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký đã hội đàm với ông Lâm Vũ, Bí thư Tỉnh ủy Sơn Đông, Trung Quốc.",
			[]string{"lam-vu", "nguyen-xuan-ky"}},
		{"a bare 'Bí thư' before a name is a party secretary's title ('Bí thư Lưu Ninh khẳng định'), as 'Bí thư Khu ủy' is",
			"Ngay sau buổi tiếp, Bí thư Lưu Ninh và lãnh đạo Khu ủy Quảng Tây đã tổ chức tiệc chiêu đãi Thủ tướng Phạm Minh Chính.",
			[]string{"luu-ninh", "pham-minh-chinh"}},
		{"the head of a company ('Chủ tịch Tập đoàn Samsung') is no leader, and 'Tập' of 'Tập đoàn' no short name of Xi Jinping",
			"Ngày 25/11, Thủ tướng Phạm Minh Chính tiếp ông Lee Jae-yong, Chủ tịch Tập đoàn Samsung. Thủ tướng tiếp Chủ tịch Tập đoàn Samsung Lee Jae-yong.",
			[]string{"pham-minh-chinh"}},
		{"'Thường trực' after a title is the post's word, not a short name of Chang Wanquan",
			"Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn Đoàn Thị Hậu và Phó chủ tịch thường trực Quốc hội Đỗ Văn Chiến tiếp đoàn.",
			[]string{"do-van-chien", "doan-thi-hau"}},
		{"a name after ', bà' or ', ông'; Latin particles inside a name ('de', 'van'); a title after a spaced dash is the name's",
			"Chủ tịch nước tiếp Đại sứ Ireland, bà Deirdre Ní Fhallúin, Chủ tịch Hạ viện Bỉ Peter de Roover và ông Jacob Helberg - Thứ trưởng Bộ Ngoại giao Hoa Kỳ.",
			[]string{"deirdre-ni-fhalluin", "jacob-helberg", "peter-de-roover"}},
		{"Party titles after a name make its holder a leader ('đồng chí Lưu Ninh, Ủy viên Trung ương Đảng ...', 'Padeumphone Sonthany, Phó Bí thư Tỉnh ủy')",
			"Đoàn do đồng chí Lưu Ninh, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Khu ủy Quảng Tây dẫn đầu gặp đồng chí Padeumphone Sonthany, Phó Bí thư Tỉnh ủy Salavan.",
			[]string{"luu-ninh", "padeumphone-sonthany"}},
		{"Malaysian and Cambodian styles before a name are not the name ('Tan Sri Dato’ Dr', 'Samdech Akka Moha Sena Padei Techo'); 'bin' goes on a name",
			"Tổng Bí thư hội kiến Chủ tịch Hạ viện Tan Sri Dato’ Dr Johari bin Abdul, Chủ tịch Thượng viện Dato Awang Bemee Awang Ali Basah và gặp Chủ tịch Thượng viện Samdech Akka Moha Sena Padei Techo Hun Sen.",
			[]string{"awang-bemee-awang-ali-basah", "hun-sen", "johari-abdul"}},
		{"a party written in lower case whose name ends lower-case ('đảng Tổ chức Thống nhất Dân tộc Mã-lai'), its acronym, then styles before the holder's name",
			"Tổng Bí thư tiếp Phó Thủ tướng, Chủ tịch đảng Tổ chức Thống nhất Dân tộc Mã-lai (UMNO) Dato’ Seri Dr Ahmad Zahid Hamidi.",
			[]string{"ahmad-zahid-hamidi"}},
		{"a minister's remit, his country, then the holder set off by a spaced dash and 'bà' ('Bộ trưởng Kinh doanh và Thương mại Anh - bà Kemi Badenoch')",
			"Trong cuộc họp tại Auckland, Bộ trưởng Kinh doanh và Thương mại Anh - bà Kemi Badenoch đã ký thỏa thuận gia nhập CPTPP.",
			[]string{"kemi-badenoch"}},
		{"a presidency's foreign affairs secretary, his post after his name",
			"Tiễn đoàn có ông Roussi Ivanov, Thư ký Đối ngoại Phủ Tổng thống Bulgaria.",
			[]string{"roussi-ivanov"}},
		{"a ministry or department named with commas ('Bộ Biển, Vùng nước nội địa và Nghề cá', 'Cục Lễ tân Nhà nước, Bộ Ngoại giao Angola') before its holder",
			"Đón đoàn có Bộ trưởng Bộ Biển, Vùng nước nội địa và Nghề cá của Mozambique Lidia Cardoso và Cục trưởng Cục Lễ tân Nhà nước, Bộ Ngoại giao Angola Jorge Pataca.",
			[]string{"jorge-pataca", "lidia-cardoso"}},
		{"an ambassador accredited to another country too ('tại Indonesia kiêm nhiệm Timor-Leste'); an Arabic name with 'al-' goes on past it",
			"Đón đoàn có Đại sứ Việt Nam tại Indonesia kiêm nhiệm Timor-Leste Tạ Văn Thông và Tổng thư ký Ali Shamkhani cùng ông Musaad bin Mohammed al-Aiban, Cố vấn An ninh Quốc gia Saudi Arabia.",
			[]string{"ali-shamkhani", "musaad-bin-mohammed-al-aiban", "ta-van-thong"}},
		{"'Sheikh' between an office and a name is a style, not another title: the office is the holder's",
			"Theo lời mời của Thủ tướng Nhà nước Kuwait Sheikh Ahmad Abdullah Al-Ahmad Al Sabah, hai bên đã nhất trí nâng cấp quan hệ.",
			[]string{"ahmad-abdullah-al-ahmad-al-sabah"}},
		{"an ambassador's post after 'tại' stands between title and name",
			"Đón đoàn có Đại sứ Việt Nam tại Nga Đặng Minh Khôi và Đại sứ Angola tại Việt Nam Fernando Miguel.",
			[]string{"dang-minh-khoi", "fernando-miguel"}},
		{"a minister's remit, with 'và' and commas, stands between title and country",
			"Bộ trưởng Kinh doanh và Thương mại Anh Kemi Badenoch gặp Bộ trưởng Đầu tư, Thương mại và Công nghiệp Malaysia Tengku Zafrul Abdul Aziz.",
			[]string{"kemi-badenoch", "tengku-zafrul-abdul-aziz"}},
		{"a remit goes on a minister's title; a lower-case word after 'và' is no remit",
			"Bộ trưởng Kinh tế và Công nghiệp Israel Nir Barkat gặp Bộ trưởng Ngoại giao Toby Lane và người đồng cấp Nga Sergei Lavrov.",
			[]string{"nir-barkat", "sergei-lavrov", "toby-lane"}},
		{"a title inside ends a remit: the words after are people",
			"Bộ trưởng Nir Barkat và Thủ tướng Israel Benjamin Netanyahu dự lễ ký.",
			[]string{"benjamin-netanyahu", "nir-barkat"}},
		{"a vice chairman of China's NPC; a province between title and name; a name in Vietnamese syllables is no known one missing a syllable",
			"Phía Trung Quốc có Phó Uỷ viên trưởng Nhân đại toàn quốc Vương Đông Minh, Bí thư Tỉnh ủy Vân Nam Vương Ninh.",
			[]string{"vuong-dong-minh", "vuong-ninh"}},
		{"an institution of the National Assembly; a name with an apostrophe, six words long",
			"Phía Việt Nam có Phó Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê K'Đăm và Chủ nhiệm Ủy ban Đối ngoại Vũ Hải Hà.",
			[]string{"vu-hai-ha", "y-thanh-ha-nie-k-dam"}},
		{"an unknown name after an honorific takes the office told after it",
			"Thủ tướng Phạm Minh Chính hội kiến với Ngài Julius Maada Bio, Tổng thống nước Cộng hòa Sierra Leone đang thăm chính thức Việt Nam.",
			[]string{"julius-maada-bio", "pham-minh-chinh"}},
		{"a city's people's committee chairman, the committee by its acronym",
			"Đón đoàn có Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh và Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh Phan Văn Mãi.",
			[]string{"phan-van-mai", "tran-sy-thanh"}},
		{"a remit between title and name ('phụ trách Đông Á')",
			"Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á và Thái Bình Dương Daniel Kritenbrink thăm Việt Nam.",
			[]string{"daniel-kritenbrink"}},
		{"a deputy minister's remit in Vietnamese words, then a foreign name; a police minister is no short name ('Cảnh' of Cảnh Sảng)",
			"Tháp tùng có Quyền Bộ trưởng Cảnh sát Firoz Cachalia; Thứ trưởng Thương mại, Công nghiệp và Cạnh tranh Zuko Godlimpi; Thứ trưởng Khoáng sản và Dầu mỏ Phumzile Sinclatia Mgcina.",
			[]string{"firoz-cachalia", "phumzile-sinclatia-mgcina", "zuko-godlimpi"}},
		{"Vietnam's chief procurator and state auditor general ('Viện trưởng Viện Kiểm sát nhân dân tối cao', 'Tổng Kiểm toán Nhà nước')",
			"Tham dự có Viện trưởng Viện Kiểm sát nhân dân tối cao Nguyễn Huy Tiến; Tổng Kiểm toán Nhà nước Ngô Văn Tuấn.",
			[]string{"ngo-van-tuan", "nguyen-huy-tien"}},
		{"a region after a title is no name ('Hội nghị Bộ trưởng Kinh tế Đông Á', 'Đặc phái viên Trung Đông'), nor 'Trung' of 'Trung Á' China",
			"Bộ trưởng Công Thương Nguyễn Hồng Diên dự Hội nghị Bộ trưởng Kinh tế Đông Á lần thứ 13. Đặc phái viên Trung Đông phát biểu tại hội nghị với Bộ trưởng Ngoại giao Trung Á.",
			[]string{"nguyen-hong-dien"}},
		{"a body after a title is no short name ('Bộ Tư lệnh Cảnh vệ' is not Cảnh Sảng, nor 'Tư lệnh Lục quân' Lục Khảng)",
			"Tổng thống thăm Đoàn Cảnh sát cơ động thuộc Bộ Tư lệnh Cảnh vệ. Tư lệnh Lục quân phát biểu.",
			nil},
		{"provincial offices: the office's own province or city not named ('Chủ tịch UBND thành phố Nguyễn Văn Phương'), a named one ('UBND tỉnh Lai Châu Hà Trọng Hải'), an Ê Đê name ('Y Biêr Niê'), a name before its office ('Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh')",
			"Chủ tịch UBND thành phố Nguyễn Văn Phương phát biểu. Chủ tịch UBND tỉnh Lai Châu Hà Trọng Hải ký kết. Dự có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Y Biêr Niê; Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh; Bùi Văn Cửu, UV BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Hoàng Việt Phương, Ủy viên BCH Đảng bộ tỉnh.",
			[]string{"bui-van-cuu", "dinh-van-duc", "ha-trong-hai", "hoang-viet-phuong", "nguyen-van-phuong", "y-bier-nie"}},
		{"an association ('Hội Hữu nghị') is part of a title, not a name ('Hội Hữu'); a body of two countries ('Lào - Việt Nam') goes on to the holder",
			"Chủ tịch nước Tô Lâm tiếp Chủ tịch Hội Hữu nghị Lào - Việt Nam Boviengkham Vongdala. Quan hệ Việt Nam - Trung Quốc phát triển.",
			[]string{"boviengkham-vongdala", "to-lam"}},
		{"a name spelled syllable by syllable ('Xỉn-lạ-vông Khút-phay-thun'), and a post after a dash glued to the name ('Kouch Cham Roeun- Tỉnh trưởng'), not a hyphenated name",
			"Tôi trân trọng gửi đến đồng chí Xỉn-lạ-vông Khút-phay-thun, Uỷ viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào lời chúc mừng. Ông Kouch Cham Roeun- Tỉnh trưởng tỉnh Kampong Cham báo cáo. Tổng thống Kazakhstan Kassym-Jomart Tokayev phát biểu.",
			[]string{"kassym-jomart-tokayev", "kouch-cham-roeun", "xin-la-vong-khut-phay-thun"}},
		{"an academic style between a post set off by a comma and its holder ('Đại sứ Iran tại Saudi Arabia, Tiến sỹ Alireza Enayati')",
			"Đại sứ Iran tại Saudi Arabia, Tiến sỹ Alireza Enayati dự lễ. Bộ trưởng Ngoại giao Ấn Độ, Tiến sĩ Subrahmanyam Jaishankar phát biểu.",
			[]string{"alireza-enayati", "subrahmanyam-jaishankar"}},
		{"a person given an office after the name ('Bà Susan Lines được bầu làm Chủ tịch Thượng viện Australia', 'được bổ nhiệm làm Đại sứ')",
			"Nhân dịp Bà Susan Lines được bầu làm Chủ tịch Thượng viện Australia, Chủ tịch Quốc hội Vương Đình Huệ đã gửi thư chúc mừng. Ông Nguyễn Văn An được bổ nhiệm làm Đại sứ Việt Nam tại Nhật Bản.",
			[]string{"nguyen-van-an", "susan-lines", "vuong-dinh-hue"}},
		{"a person appointed to a post, or taking it up, after his name ('được chỉ định là', 'chính thức giữ chức'); a bare 'giữ chức' may be a past post and names none",
			"Ông Hầu A Lềnh được chỉ định là Bí thư Tỉnh ủy Tuyên Quang sau sáp nhập. Thủ tướng Chính phủ chúc mừng ông Đào Ngọc Dung chính thức giữ chức Bộ trưởng Bộ Dân tộc và Tôn giáo từ 1/3/2025. Ông Trần Văn Tám từng giữ chức Bộ trưởng.",
			[]string{"dao-ngoc-dung", "hau-a-lenh"}},
		{"a holder set off by a dash after a post and its country, with a space after the dash or on both sides ('Thủ tướng Phần Lan - Sanna Marin', 'Đại sứ Kazakhstan tại Liên hợp quốc- ông Kairat Umarov')",
			"Thủ tướng Phần Lan - Sanna Marin xác nhận. Phát biểu tại buổi lễ, Đại sứ Kazakhstan tại Liên hợp quốc- ông Kairat Umarov, đồng chủ trì sự kiện. Quan hệ Việt Nam - Trung Quốc phát triển.",
			[]string{"kairat-umarov", "sanna-marin"}},
		{"a party or government written in lower case before its name ('Tổng Thư ký đảng cầm quyền Đại hội Dân tộc Phi (ANC) Fikile Mbalula', 'Người phát ngôn chính phủ Campuchia - ông Pen Bona')",
			"Phó Chủ tịch nước Võ Thị Ánh Xuân đã có cuộc gặp Tổng Thư ký đảng cầm quyền Đại hội Dân tộc Phi (ANC) Fikile Mbalula. Người phát ngôn chính phủ Campuchia - ông Pen Bona cho biết.",
			[]string{"fikile-mbalula", "pen-bona", "vo-thi-anh-xuan"}},
		{"a known leader written with a Russian patronymic or with initials ('Valentina Ivanovna Matvienko', 'V.I Matvienko', 'Mikhail Vladimirovich Mishustin') is that leader",
			"Chủ tịch Hội đồng Liên bang Nga Valentina Ivanovna Matvienko chủ trì lễ đón. Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch V.I Matvienko đã ký Thỏa thuận. Thủ tướng Nga Mikhail Vladimirovich Mishustin phát biểu.",
			[]string{"mikhail-mishustin", "tran-thanh-man", "valentina-matviyenko"}},
		{"the head of an agency named like him ('Cao ủy Liên hợp quốc về người tị nạn Filippo Grandi'; the agency alone when no name follows); the UN's resident coordinator posted in a country; an envoy's remit ('về các vấn đề Á-Âu') between post and name",
			"Cao ủy Liên hợp quốc về người tị nạn Filippo Grandi kêu gọi hỗ trợ. Theo Cao ủy LHQ về người tị nạn, số người tị nạn tăng. Điều phối viên thường trú Liên hợp quốc tại Việt Nam Pauline Tamesis trình Thư ủy nhiệm lên Thủ tướng. Đặc phái viên Trung Quốc về các vấn đề Á-Âu Lý Huy tới Moskva.",
			[]string{"filippo-grandi", "ly-huy", "pauline-tamesis"}},
		{"a remit's lower-case word that is also a leader's short name ('Tài chính', 'Thủ tướng Chính') is a word of the remit",
			"Bộ trưởng Cao cấp kiêm Bộ trưởng Bộ Kinh tế và Tài chính Campuchia Aun Pornmoniroth ký. Bộ trưởng Kinh tế và Tài chính Pháp Bruno Le Maire phát biểu.",
			[]string{"aun-pornmoniroth", "bruno-le-maire"}},
		{"known leaders in the older transliteration of party journals ('Đ. Trăm', 'G. W. Bu-sơ', leaders.tsv)",
			"Tổng thống Đ. Trăm và Thủ tướng Ấn Độ Narendra Mô-đi _Ảnh: Tư liệu. Dưới thời Tổng thống G. W. Bu-sơ (2001 - 2008), các quan chức Mỹ không còn kiên quyết yêu cầu Ấn Độ phải từ bỏ vũ khí hạt nhân.",
			[]string{"donald-trump", "george-w-bush", "narendra-modi"}},
		{"a known surname after an initial glued to it ('J.Biden', 'A.Azoulay') is that leader, not one more",
			"Tổng thống Mỹ Joe Biden đã khẳng định như vậy sau cuộc hội đàm. Tổng thống J.Biden đã dành 3 ngày công du tới quốc gia Đông Bắc Á này. Tổng Giám đốc UNESCO A.Azoulay phát biểu.",
			[]string{"audrey-azoulay", "joe-biden"}},
		{"a standing committee's member set off after a name by a dash or a comma, with or without the committee's party ('ông Triệu Kim - Ủy viên Thường vụ Tỉnh ủy Vân Nam', 'ông Trần Văn Hiệp – UVBTV, Trưởng ban')",
			"Đoàn do ông Triệu Kim - Ủy viên Thường vụ Tỉnh ủy Vân Nam dẫn đầu. Cùng dự có ông Trần Văn Hiệp – UVBTV, Trưởng ban Tuyên giáo Tỉnh ủy và bà Nguyễn Thị Hà, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
			[]string{"nguyen-thi-ha", "tran-van-hiep", "trieu-kim"}},
		{"a romanised given name written with a spaced hyphen ('Lee Seon - Ho'), a district chief",
			"Đoàn công tác do Ngài Lee Seon - Ho, Quận trưởng quận Ulju, làm Trưởng đoàn đã đến thăm. Tổng thống Hàn Quốc Lee Jae Myung - người vừa nhậm chức - phát biểu.",
			[]string{"lee-jae-myung", "lee-seon-ho"}},
		{"a holder set off by a comma after a remit and its country, ending the sentence ('Bộ trưởng Kinh tế và Công nghiệp Israel, Nir Barkat.'); countries listed after a remit name no one",
			"Lễ ký diễn ra giữa Bộ trưởng Công Thương Nguyễn Hồng Diên và Bộ trưởng Kinh tế và Công nghiệp Israel, Nir Barkat. Bộ trưởng Kinh tế và Công nghiệp Israel, Nhật Bản và Hàn Quốc đã gặp nhau.",
			[]string{"nguyen-hong-dien", "nir-barkat"}},
		{"a general named with the rank alone ('tướng Alex Grynkewich của Mỹ', 'Thiếu tướng ...')",
			"Bộ trưởng Lục quân Daniel Driscoll và tướng Alex Grynkewich của Mỹ cũng có mặt. Thiếu tướng Nguyễn Văn Minh ra đón.",
			[]string{"alex-grynkewich", "daniel-driscoll", "nguyen-van-minh"}},
		{"a short name followed by a lower-case word in a remit is a word of the remit ('Bộ trưởng Lục quân Daniel Driscoll' is not Lục Khảng); after a title alone it is the short name",
			"Bộ trưởng Lục quân Daniel Driscoll có mặt. Bộ trưởng Ngoại giao Trung Quốc Vương Nghị gặp báo chí. Bộ trưởng Vương cho biết hai bên đã nhất trí.",
			[]string{"daniel-driscoll", "wang-yi"}},
		{"an office named by its acronym after 'Chủ nhiệm'",
			"Tháp tùng có Bộ trưởng, Chủ nhiệm VPCP Trần Văn Sơn.",
			[]string{"tran-van-son"}},
		{"a city's party secretary",
			"Tổng thống dùng bữa tối với Bí thư Thành ủy Thượng Hải Trần Cát Ninh.",
			[]string{"tran-cat-ninh"}},
		{"a permanent secretary of a ministry",
			"Dự có Thư ký thường trực Bộ Ngoại giao Myanmar Hau Khan Sum.",
			[]string{"hau-khan-sum"}},
		{"a country's one-word name inside a Vietnamese name ('Trần Tuấn Anh', 'Nguyễn Minh Đức') is a given name",
			"Thứ trưởng Bộ Tài chính Cao Anh Tuấn; Bộ trưởng Bộ Công Thương Trần Tuấn Anh; Thứ trưởng Nguyễn Minh Đức và Thủ tướng Anh Rishi Sunak.",
			[]string{"cao-anh-tuan", "nguyen-minh-duc", "rishi-sunak", "tran-tuan-anh"}},
		{"a syllable of a transliterated name ('Tai-íp') is no short name of another leader ('Tai' of Katherine Tai): the name spelled out is its own",
			"Tổng thống Thổ Nhĩ Kỳ Tai-íp Éc-đô-gan bắt đầu chuyến thăm tới Nga. Đại diện Thương mại Mỹ Tai-íp Xmít phát biểu.",
			[]string{"recep-tayyip-erdogan", "tai-ip-xmit"}},
		{"a holder named right after an organisation and its acronym ('Tổng thư ký Hội đồng Hợp tác vùng Vịnh (GCC) Jassim al-Budaiwi'); posts the lexicon lists ('Bộ trưởng Du lịch', 'Phó Tổng Thanh tra Chính phủ', 'Phó Bí thư Thường trực Tỉnh ủy')",
			"Tổng thư ký Hội đồng Hợp tác vùng Vịnh (GCC) Jassim al-Budaiwi phát biểu. Dự có Bộ trưởng Du lịch Campuchia Hout Hak; Phó Tổng Thanh tra Chính phủ Dương Quốc Huy; Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn.",
			[]string{"duong-quoc-huy", "hout-hak", "jassim-al-budaiwi", "pham-minh-tan"}},
		{"the holder of an organisation's office named after a comma ('Tổng thư ký OECD, Mathias Cormann', 'Tổng thư ký OECD, ông Mathias Cormann'), as after a country's",
			"Ngoại trưởng Argentina Pablo Quirno đã trao tài liệu trên cho Tổng thư ký OECD, Mathias Cormann, tại trụ sở tổ chức. Ông Quirno gặp Tổng thư ký WTO, bà Ngozi Okonjo-Iweala.",
			[]string{"mathias-cormann", "ngozi-okonjo-iweala", "pablo-quirno"}},
		{"an organisation's acronym before a set-off holder ('Chủ tịch Liên minh châu Phi (AU), ông Azali Assoumani') and a session after the body ('Chủ tịch Đại hội đồng LHQ Khoá 79 Philemon Yang') belong to the title",
			"Sau đó, Chủ tịch Liên minh châu Phi (AU), ông Azali Assoumani, đã đại diện cho khối mình. Chủ tịch Đại hội đồng LHQ Khoá 79 Philemon Yang cũng nhấn mạnh hợp tác quốc tế.",
			[]string{"azali-assoumani", "philemon-yang"}},
		{"a city named after 'thành phố' in lower case ('Tổng Lãnh sự quán Hàn Quốc tại thành phố Hồ Chí Minh') is the city, not the late President",
			"Dự lễ có ông Kim Young-jin, Phó Lãnh sự, Tổng Lãnh sự quán Hàn Quốc tại thành phố Hồ Chí Minh.",
			nil},
		{"bodies named after the late President ('Học viện Chính trị Quốc gia Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh') are not he",
			"Hai bên trao Bản ghi nhớ hợp tác giữa Học viện Chính trị Quốc gia Hồ Chí Minh và Trường Đảng Trung ương Đảng Cộng sản Trung Quốc; Đoàn Thanh niên Cộng sản Hồ Chí Minh tham dự.",
			nil},
		{"a palace named after its title ('tại Phủ Tổng thống Sheetal Niwas') names no one; 'Phủ Tổng thống Hàn Quốc' is still the office of a country",
			"Lễ trình quốc thư được tiến hành tại Phủ Tổng thống Sheetal Niwas. Người phát ngôn Phủ Tổng thống Hàn Quốc Kang Yu-jung cho biết.",
			[]string{"kang-yu-jung"}},
		{"a region's adjective after a body ('Ủy ban Kinh tế Á-Âu') is no name: the holder is named after it",
			"Ông Andrei Slepnyov, Bộ trưởng Thương mại của Ủy ban Kinh tế Á-Âu cho biết thỏa thuận có thể sẽ được ký. Bộ trưởng Thương mại của Ủy ban Kinh tế Á-Âu cho biết thêm.",
			[]string{"andrei-slepnyov"}},
		{"Korea's prime minister as Vietnamese writes his post ('Thủ tướng Nội các Hàn Quốc')",
			"Sáng 22/7, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nội các Hàn Quốc Kim Boo-kyum.",
			[]string{"kim-boo-kyum", "pham-minh-chinh"}},
		{"a British peer's style after his post ('Quốc vụ khanh Bộ Quốc phòng Anh Huân tước Earl Howe') is no part of his name; Egypt as 'Arập Ai Cập'",
			"Lễ ký diễn ra sau hội đàm giữa Quốc vụ khanh Bộ Quốc phòng Anh Huân tước Earl Howe và Thượng tướng Nguyễn Chí Vịnh. Đại sứ Arập Ai Cập tại Việt Nam Alaa Elleissy đã ký.",
			[]string{"alaa-elleissy", "earl-howe", "nguyen-chi-vinh"}},
		{"the head of a mission abroad ('Trưởng Phái đoàn đại diện Việt Nam tại ASEAN') is posted like an ambassador; a country's name as the fourth syllable ends a Vietnamese name ('Nguyễn Thị Vân Anh', 'Nguyễn Thị Thanh Nga')",
			"Dự có Đại sứ Việt Nam tại Indonesia Tạ Văn Thông, Trưởng Phái đoàn đại diện Việt Nam tại ASEAN Tôn Thị Ngọc Hương. Tham gia đoàn có Đại sứ, Trưởng Phái đoàn Việt Nam bên cạnh UNESCO Nguyễn Thị Vân Anh, cùng đại diện Ban Thư ký. Chủ tịch Quốc hội Trần Thanh Mẫn và Phu nhân Nguyễn Thị Thanh Nga cùng Đoàn đại biểu.",
			[]string{"nguyen-thi-van-anh", "ta-van-thong", "ton-thi-ngoc-huong", "tran-thanh-man"}},
		{"a representative or a high commissioner abroad ('Đại diện thường trực Nga tại Liên Hợp Quốc', 'Cao ủy Anh tại Singapore') is posted like an ambassador (postedRole); titles of the press: the Korean president's security chief ('Chánh Văn phòng An ninh quốc gia'), a premier ('Thủ hiến'), an admiral ('Đô đốc'), a chief justice",
			"Đại diện thường trực Nga tại Liên Hợp Quốc Vassily Nebenzia phát biểu. Cao ủy Anh tại Singapore Kara Owen dự. Chánh Văn phòng An ninh quốc gia Hàn Quốc Wi Sung-lac cho biết. Thủ hiến bang Victoria Jacinta Allan, Đô đốc Samuel Paparo và Chánh án Tòa án tối cao Mỹ John Roberts có mặt.",
			[]string{"jacinta-allan", "john-roberts", "kara-owen", "samuel-paparo", "vassily-nebenzia", "wi-sung-lac"}},
		{"titles of the press: a minister as 'Tổng trưởng', a deputy spokesperson ('Phó phát ngôn'), the Vientiane capital's (deputy) mayor ('Phó Đô trưởng'), a Chinese province's governor with its people's government ('Phó Tỉnh trưởng Chính quyền nhân dân tỉnh'), the Pope as 'Đức Thánh Cha'",
			"Có Tổng trưởng Nội vụ Tony Burke. Phó phát ngôn Bộ Ngoại giao Đoàn Khắc Việt cho biết. Dự có Phó Đô trưởng Vientiane Phukhong Bannavong. Thứ trưởng làm việc với Phó Tỉnh trưởng Chính quyền nhân dân tỉnh Hà Nam Trương Mẫn. Đức Thánh Cha Lêô XIV tiếp khách.",
			[]string{"doan-khac-viet", "phukhong-bannavong", "pope-leo-xiv", "tony-burke", "truong-man"}},
		{"an official's region or field between the title and the name, with 'về' or 'phụ trách các vấn đề' ('Trợ lý Ngoại trưởng Mỹ về châu Âu và khu vực Á – Âu', 'phụ trách các vấn đề châu Á và Thái Bình Dương', 'phụ trách quan hệ kinh tế quốc tế')",
			"Trợ lý Ngoại trưởng Mỹ về châu Âu và khu vực Á – Âu Karen Donfried đến Helsinki. Phó Ngoại trưởng Philippines phụ trách các vấn đề châu Á và Thái Bình Dương Neal Imperial dự. Thứ trưởng Ngoại giao Chile phụ trách quan hệ kinh tế quốc tế Claudia Sanhueza phát biểu.",
			[]string{"claudia-sanhueza", "karen-donfried", "neal-imperial"}},
		{"'nghị sỹ' spelled with y as 'nghị sĩ' ('Chủ tịch Nhóm Nghị sỹ Hữu nghị Argentina - Việt Nam', 'Thượng nghị sỹ'); an ASEAN deputy secretary-general's community ('phụ trách Cộng đồng Kinh tế')",
			"Có Chủ tịch Nhóm Nghị sỹ Hữu nghị Argentina - Việt Nam Maria Rosa Martinez. Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Kinh tế Satvinder Singh phát biểu.",
			[]string{"maria-rosa-martinez", "satvinder-singh"}},
		{"a surname that is also a country's short form opens the name it begins ('Thái Đại Ngọc'); 'Việt - Trung' stays two countries",
			"Tiếp đoàn có các đồng chí: Thái Đại Ngọc - Bí thư Tỉnh ủy; Lâm Hải Giang - Phó Chủ tịch UBND tỉnh. Hợp tác Việt - Trung tốt.",
			[]string{"lam-hai-giang", "thai-dai-ngoc"}},
		{"a phrase of source, place or time that opens the sentence ('Theo AFP, Tổng thống ...') is no name set off before a post",
			"Theo AFP, Tổng thống Timor-Leste Horta đã vận động từ rất lâu. Tại Dili, Thủ tướng Malaysia Anwar Ibrahim phát biểu.",
			[]string{"anwar-ibrahim"}},
		{"a secretary of the party's central committee ('Bí thư Trung ương Đảng') and a standing committee's member ('Ủy viên Thường vụ Đoàn Chủ tịch') are posts before their holders' names",
			"Đồng chí Nguyễn Xuân Thắng, Bí thư Trung ương Đảng, Chủ tịch Hội đồng Lý luận Trung ương và đồng chí Tanaka Yu, Ủy viên Thường vụ Đoàn Chủ tịch, Phó Trưởng ban Bí thư Trung ương Đảng Cộng sản Nhật Bản đồng chủ trì.",
			[]string{"nguyen-xuan-thang", "tanaka-yu"}},
		{"a parliamentary friendship group ('Chủ tịch Nhóm Nghị sĩ Hữu nghị Pháp-Việt') is the post's body, its countries no name",
			"Chủ tịch Nhóm Nghị sĩ Hữu nghị Pháp-Việt Pascal Deguilhem cho biết.",
			[]string{"pascal-deguilhem"}},
		{"the heads of the party's central commissions ('Trưởng Ban Tổ chức Trung ương Đảng Cộng sản Cuba, ông ...') are posts, whatever party they serve",
			"Tiếp đoàn, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư và Trưởng Ban Tổ chức Trung ương Đảng Cộng sản Cuba, ông Roberto Morales Ojeda đã bày tỏ tình đoàn kết.",
			[]string{"roberto-morales-ojeda"}},
		{"the State Duma spelled 'Đuma' is the body of a post, not a name ('Phó Chủ tịch thứ nhất Đuma Quốc gia Nga I.I Melnikov')",
			"Đón đoàn về phía bạn có Phó Chủ tịch thứ nhất Đuma Quốc gia Nga I.I Melnikov, cán bộ Đuma Quốc gia Nga.",
			[]string{"i-i-melnikov"}},
		{"the Francophonie's secretary-general after a post the lexicon does not know ('Tổng Thư ký Pháp ngữ Louise Mushikiwabo') is the known leader",
			"Tổng thống Pháp Emmanuel Macron và Tổng Thư ký Pháp ngữ Louise Mushikiwabo chủ trì lễ đón.",
			[]string{"emmanuel-macron", "louise-mushikiwabo"}},
		{"an ambassador's post goes on over the countries he also covers, after a comma ('Đại sứ Việt Nam tại Ấn Độ, kiêm nhiệm Nepal và Bhutan X')",
			"Đại sứ Việt Nam tại Ấn Độ, kiêm nhiệm Nepal và Bhutan Phạm Sanh Châu phát biểu.",
			[]string{"pham-sanh-chau"}},
		{"a department ('Giám đốc Sở Thương mại và Công nghiệp Hong Kong') is the post's body, never a name: its holder is named before it",
			"Ông Lư Thế Hùng, Giám đốc Sở Thương mại và Công nghiệp Hong Kong cho biết.",
			[]string{"lu-the-hung"}},
		{"a photo's credit ('– Ảnh: NHAN SÁNG') holds no post; a medium's name ('Theo kênh Al-Arabiya, Quốc vương Salman') is no name set off before a post; the Peace Palace ('tại Cung Hòa Bình') is a venue",
			"Chủ tịch nước Trần Đại Quang tiếp đại sứ Cuba – Ảnh: NHAN SÁNG. Theo kênh Al-Arabiya, Quốc vương Saudi Arabia Salman cho rằng Iran là mối đe dọa. Chiều 19/2, tại Cung Hòa Bình, Thủ tướng Campuchia Hun Manet đã tiếp Đại sứ Nguyễn Minh Vũ.",
			[]string{"hun-manet", "nguyen-minh-vu", "salman-of-saudi-arabia", "tran-dai-quang"}},
		{"a middle initial is part of a name",
			"Tổng thống Ireland Michael D. Higgins đón khách.",
			[]string{"michael-d-higgins"}},
		{"'tại' after a head of state's title is where, not a post",
			"Tổng thống Mỹ tại Nhà Trắng đã tiếp khách.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, leadersOf(tt.text), "%q", tt.text)
		})
	}
}

// TestTitleCountry holds the country a title alone gives its holder
// (titles.tsv, fourth column) to its sentences.
func TestTitleCountry(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an ambassador posted to a country named in full ('tại Liên hiệp Vương quốc Anh và Bắc Ireland')",
			"Về phía Việt Nam có Đại sứ Việt Nam tại Liên hiệp Vương quốc Anh và Bắc Ireland Đỗ Minh Hùng và Phu nhân.",
			[]string{"do-minh-hung VN"}},
		{"a vice chairman of a province's people's committee is Vietnam's, not a vice president",
			"Phó Chủ tịch UBND tỉnh Lai Châu Hà Trọng Hải ký kết Bản ghi nhớ. Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội Dương Đức Tuấn ra đón.",
			[]string{"duong-duc-tuan VN", "ha-trong-hai VN"}},
		{"consuls general, posted in a city ('Tổng Lãnh sự Việt Nam tại Pakse Nguyễn Văn Trung', 'Tổng Lãnh sự Trung Quốc tại Hải Phòng Lâm Hoa')",
			"Tiễn đoàn có Tổng Lãnh sự Việt Nam tại Pakse Nguyễn Văn Trung, Tổng Lãnh sự Trung Quốc tại Hải Phòng Lâm Hoa.",
			[]string{"lam-hoa CN", "nguyen-van-trung VN"}},
		{"a post of one state's institutions",
			"Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp Bộ trưởng Thương mại Malaysia Tengku Zafrul Abdul Aziz.",
			[]string{"nguyen-hong-dien VN", "tengku-zafrul-abdul-aziz MY"}},
		{"the text's qualifier wins",
			"Chủ tịch nước Lào Thongloun Sisoulith và Chủ tịch nước Võ Văn Thưởng hội đàm.",
			[]string{"thongloun-sisoulith LA", "vo-van-thuong VN"}},
		{"in a chain of offices after a name, the first that names a country gives it",
			"Tổng Bí thư Tô Lâm tiếp ông Vương Học Bình - Ủy viên Trung ương Đảng, Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc, Đặc phái viên của Tổng Bí thư Tập Cận Bình.",
			[]string{"to-lam VN", "vuong-hoc-binh CN", "xi-jinping CN"}},
		{"an office after a name ends at ';', where the next item of a list begins: 'Đức' in the next name is not Germany; a province named like a country ('Lào Cai') is the province's",
			"Tham dự buổi lễ có các Ủy viên Trung ương Đảng: Nguyễn Hồng Lĩnh, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; Nguyễn Hải Ninh, Bộ trưởng Bộ Tư pháp; Nguyễn Đức Thanh, Bí thư Tỉnh ủy Ninh Thuận. Chỉ định ông Trần Huy Tuấn, Phó Bí thư Tỉnh ủy Lào Cai giữ chức vụ Chủ tịch UBND tỉnh Lào Cai.",
			[]string{"nguyen-duc-thanh VN", "nguyen-hai-ninh VN", "nguyen-hong-linh VN", "tran-huy-tuan VN"}},
		{"an organisation's official has no country from where he is posted or from his remit ('Đặc phái viên Liên hợp quốc tại Syria, Geir Pedersen', 'về Syria'); a state's envoy keeps his state's",
			"Hai bộ trưởng ủng hộ vai trò của Đặc phái viên Liên hợp quốc tại Syria, Geir Pedersen. Điều phối viên thường trú Liên hợp quốc tại Việt Nam Pauline Tamesis trình Thư ủy nhiệm. Đặc phái viên Trung Quốc về các vấn đề Á-Âu Lý Huy tới Moskva.",
			[]string{"geir-pedersen ", "ly-huy CN", "pauline-tamesis "}},
		{"a Vietnamese post after a name gives its country ('Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh')",
			"Tiếp đoàn có Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh.",
			[]string{"dinh-van-duc VN"}},
		{"in a chain of offices after a name, a later one of one state's institutions gives its country when the first names none ('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'), though a country is named after it",
			"Sáng 25/10, đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh tiếp Đại sứ Trung Quốc Hùng Ba.",
			[]string{"ho-tien-thieu VN", "xiong-bo CN"}},
		{"two offices coordinated are of one state ('Chủ tịch Hạ viện Australia Tony Smith và Chủ tịch Thượng viện Scott Ryan')",
			"Chủ tịch Hạ viện Australia Tony Smith và Chủ tịch Thượng viện Scott Ryan đồng chủ trì hội đàm.",
			[]string{"scott-ryan AU", "tony-smith AU"}},
		{"a lesser office listed after a leader the gazetteer knows is of his state ('Tổng thống Lula da Silva, Phó Tổng thống Geraldo Alckmin'); another head after a known one is not ('Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Gordon Brown')",
			"Tổng thống Lula da Silva, Phó Tổng thống Geraldo Alckmin cùng các Bộ trưởng dự hội đàm. Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Gordon Brown đã ra Tuyên bố chung.",
			[]string{"geraldo-alckmin BR", "gordon-brown ", "luiz-inacio-lula-da-silva BR", "nguyen-tan-dung VN"}},
		{"a host and a guest paired alone by 'và' under offices of two kinds are not of one state ('Phó Chủ tịch UBND TPHCM ... và Thống đốc Muraoka Tsugumasa')",
			"Phó Chủ tịch UBND TPHCM Bùi Minh Thạnh và Thống đốc Muraoka Tsugumasa tại buổi làm việc.",
			[]string{"bui-minh-thanh VN", "muraoka-tsugumasa "}},
		{"the press's other spellings of a country name it ('Ảrập Xêút', 'Tiểu vương quốc Ả-rập Thống nhất' without 'Các', 'Cu-ba')",
			"Ngoại trưởng Ảrập Xêút Faisal bin Farhan, Bộ trưởng Kinh tế Tiểu vương quốc Ả-rập Thống nhất Abdulla bin Touq Al Marri và Chủ tịch Cu-ba Miguel Diaz-Canel dự lễ.",
			[]string{"abdulla-bin-touq-al-marri AE", "faisal-bin-farhan-al-saud SA", "miguel-diaz-canel CU"}},
		{"an office of a city or province abroad is of its country ('Tỉnh trưởng tỉnh Luang Prabang', 'Bí thư Thành ủy Thượng Hải'); a consul posted 'tại' a city is not of the city's",
			"Tỉnh trưởng tỉnh Luang Prabang Khamkhan Chanthavisouk, Bí thư Thành ủy Thượng Hải Trần Cát Ninh dự lễ. Tổng Lãnh sự tại Đà Nẵng Brovarets Andrei phát biểu.",
			[]string{"brovarets-andrei ", "khamkhan-chanthavisouk LA", "tran-cat-ninh CN"}},
		{"the provinces of Laos and Cambodia are places: their officials are of their country, and a province is no name ('tỉnh Kampong Speu')",
			"Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Văn-xay Phong-sạ-vẳn và Bí thư Tỉnh ủy Hủa Phăn Phút Phăn Kẹo Vông Xay thăm tỉnh Kampong Speu.",
			[]string{"phut-phan-keo-vong-xay LA", "van-xay-phong-sa-van LA"}},
		{"prefectures and provinces of Japan and Korea are places: 'Thống đốc tỉnh Tochigi Fukuda Tomikazu' is Japan's, 'Tỉnh trưởng Chungcheongnam Kim Tae Heum' Korea's",
			"Thống đốc tỉnh Tochigi Fukuda Tomikazu dự lễ. Tỉnh trưởng Chungcheongnam Kim Tae Heum phát biểu.",
			[]string{"fukuda-tomikazu JP", "kim-tae-heum KR"}},
		{"a title many states use gives none",
			"Bộ trưởng Tài chính Nguyễn Văn Thắng phát biểu.",
			[]string{"nguyen-van-thang "}},
		{"a post in an organ of state (organs.tsv) held by a Vietnamese name and naming no other country is Vietnam's; a Lao name, a party organ and a title with no organ ('Bộ trưởng', 'Tổng Cục trưởng') give none",
			"Cùng dự lễ đón có: Thứ trưởng Bộ Công Thương Phan Thị Thắng; Phó Chủ tịch Quốc hội Nguyễn Đức Hải; Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải. Thứ trưởng Bộ Ngoại giao Phôm-vi-hản Xay-xổm dự. Ủy viên Bộ Chính trị Trần Văn Tú dự. Phó Tổng Cục trưởng Triệu Tăng Liên đại diện.",
			[]string{"le-khanh-hai VN", "nguyen-duc-hai VN", "phan-thi-thang VN", "phom-vi-han-xay-xom ", "tran-van-tu ", "trieu-tang-lien "}},
		{"an office of a city or province in apposition gives its country, after a chain of offices ('Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng'); a friendship group's province is the friend's, not the office's",
			"Ngày 23/8, ông Lê Tiến Châu, Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng, đã tiếp đoàn. Tiếp đón đoàn có ông Kim Jong Seog - Tổng Thư ký Nhóm Hữu nghị tỉnh Nghệ An.",
			[]string{"kim-jong-seog ", "le-tien-chau VN"}},
		{"the offices after a name end where another person is named after 'và ngài': his country is not the first's",
			"Ngày 21/9, Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Quốc phòng và ngài Bill Matthews, Thứ trưởng Quốc phòng Canada đồng chủ trì Đối thoại.",
			[]string{"bill-matthews CA", "hoang-xuan-chien "}},
		{"the officials listed after a side named by its country ('phía Belarus có', 'Về phía Việt Nam có', 'Phái đoàn của New Zealand cũng bao gồm') or after the leader a delegation goes with ('Tháp tùng Tổng thống Đức ... có') are of that side, up to the next side",
			"Tại sân bay, phía Belarus có Phó Thủ tướng Anatoly Sivak; Bộ trưởng Bộ Ngoại giao Maxim Ryzhenkov. Về phía Việt Nam có Đại sứ Dương Quốc Thanh. Phái đoàn của New Zealand cũng bao gồm Bộ trưởng Biến đổi khí hậu Simon Watts. Tháp tùng Tổng thống Đức Frank-Walter Steinmeier thăm Việt Nam có bà Dörte Dinger, Quốc vụ khanh, Chánh Văn phòng Phủ Tổng thống. Phía Lào có Bộ trưởng Bộ Năng lượng và Mỏ Phosay Sayyasone; về phía Việt Nam có Đại sứ Nguyễn Bá Hùng.",
			[]string{"anatoly-sivak BY", "dorte-dinger DE", "duong-quoc-thanh VN", "frank-walter-steinmeier DE", "maxim-ryzhenkov BY", "nguyen-ba-hung VN", "phosay-sayyasone LA", "simon-watts NZ"}},
		{"a roster set off by ';' after 'có' whose officials of known country share one gives it to the others; one of two countries gives none",
			"Tham dự lễ đón có: Phó Thủ tướng Mai Văn Chính; Bộ trưởng Dân tộc và Tôn giáo Đào Ngọc Dung; Đại sứ Việt Nam tại Sri Lanka Trịnh Thị Tâm. Tiễn đoàn có Thứ trưởng Giáo dục Lào Phout Simmalavong; Vụ trưởng Lễ tân Khamsone Keo; Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng.",
			[]string{"dao-ngoc-dung VN", "khamsone-keo ", "mai-van-chinh VN", "nguyen-ba-hung VN", "phout-simmalavong LA", "trinh-thi-tam VN"}},
		{"a delegation named over several words before its country ('Tham gia Đoàn đại biểu Cấp cao Quốc hội Vương quốc Campuchia có:') lists that country's officials; a delegation welcomed ('đón ... đoàn cấp cao Quốc hội Việt Nam có') is followed by the other side",
			"Tham gia Đoàn đại biểu Cấp cao Quốc hội Vương quốc Campuchia có: Chủ nhiệm Ủy ban Kinh tế, Tài chính, Ngân hàng và Kiểm toán Chheang Vun. Ra tận sân bay đón Chủ tịch Quốc hội và đoàn cấp cao Quốc hội Việt Nam có Chủ nhiệm Ủy ban Hợp tác quốc tế Sous Yarra.",
			[]string{"chheang-vun KH", "sous-yarra "}},
		{"'của <country>' right after a holder's name gives his country ('Bộ trưởng Dầu mỏ Diamantino Azevedo của Angola'); 'của chính quyền Mỹ' does not",
			"Bộ trưởng Dầu mỏ Diamantino Azevedo của Angola nói việc ở lại OPEC không phục vụ lợi ích. Đặc phái viên John Marrow của chính quyền Mỹ tới Moskva.",
			[]string{"diamantino-azevedo AO", "john-marrow "}},
		{"a province's country in brackets wins over the gazetteer's province of that name ('tỉnh Hà Nam (Trung Quốc)')",
			"Thứ trưởng Bộ Công Thương Phan Thị Thắng đã có buổi làm việc với Phó Tỉnh trưởng Chính quyền nhân dân tỉnh Hà Nam (Trung Quốc) Trương Mẫn.",
			[]string{"phan-thi-thang VN", "truong-man CN"}},
		{"an organ of state in the offices apposed to a Vietnamese name makes them Vietnam's, as before a name ('Nguyễn Chí Dũng, Phó Thủ tướng Chính phủ', 'Đào Hồng Lan, Bộ trưởng Bộ Y tế'); a Lao name keeps none",
			"Đón đoàn có các Ủy viên Trung ương Đảng: Nguyễn Chí Dũng, Phó Thủ tướng Chính phủ; Đào Hồng Lan, Bộ trưởng Bộ Y tế. Ông Khăm-phăn Phôm-ma-thắt, Bộ trưởng Bộ Nội vụ, phát biểu.",
			[]string{"dao-hong-lan VN", "kham-phan-phom-ma-that ", "nguyen-chi-dung VN"}},
		{"a country or a city inside a body's name gives the post its country ('Các lực lượng vũ trang Nga'); a country's name opening a word of the body ('Ủy ban Pháp luật') is none, and a committee no organ",
			"Ông gặp Cục trưởng Tổng cục Tình báo thuộc Bộ Tổng tham mưu Các lực lượng vũ trang Nga Igor Kostyukov. Tham gia Đoàn có Chủ nhiệm Uỷ ban Pháp luật Hoàng Thanh Tùng.",
			[]string{"hoang-thanh-tung ", "igor-kostyukov RU"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entitiesOf(tt.text, "2025-06-01", model.LabelLeader, func(e model.Entity) string {
				c, _ := e.Props["country"].(string)
				return e.Key + " " + c
			})
			sort.Strings(got)
			assert.Equal(t, tt.want, got, tt.text)
		})
	}
}

// TestWebAddressIsNoCountry holds an outlet's address ("VOV.VN") out of
// the article's countries: Vietnam is no side of a call between others.
func TestWebAddressIsNoCountry(t *testing.T) {
	ex := Extract(Document{Source: "t", Raw: []byte("VOV.VN - Ngày 18/11, Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan về thỏa thuận ngũ cốc."), Published: "2025-11-19"})
	for _, e := range ex.Entities {
		assert.NotEqual(t, "VN", e.Key, "the outlet's address names no country")
	}
}

// TestNameCutAtTheEnd holds a name the excerpt cuts short at its very end
// ("Theo Đại tướng Phan V") to the one named before whose name it begins:
// no leader of its own.
func TestNameCutAtTheEnd(t *testing.T) {
	keys := entitiesOf("Đại tướng Phan Văn Giang đã gặp Quốc vụ khanh Quốc phòng Anh Vernon Coaker.\n\nTheo Đại tướng Phan V", "2025-10-29", model.LabelLeader, func(e model.Entity) string { return e.Key })
	assert.ElementsMatch(t, []string{"phan-van-giang", "vernon-coaker"}, keys)
}

// TestNameJoinExamples reads the name in the example of every join of
// names (nameJoins) as capitalRun does, from its first word.
func TestNameJoinExamples(t *testing.T) {
	lx := defaultLexicon()
	for _, nj := range nameJoins {
		t.Run(nj.name, func(t *testing.T) {
			toks := tokenize(nj.example, "", 0, len(nj.example), nil)
			lx.lookUp(toks, nil)
			at := strings.Index(nj.example, nj.want)
			k := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
			require.GreaterOrEqual(t, k, 0, "no token starts %q", nj.want)
			_, end := capitalRun(lx, toks, k)
			assert.Equal(t, nj.want, span(toks, k, end), nj.example)
		})
	}
}

// TestKnownNameSpelledOn holds a known one-word name that unknown
// capitalised words go on (knownGoesOn): the longer form, when it spells
// one of the known leader's names another way or in another order, is the
// text's spelling of him and becomes one of his aliases; a headline in
// title case goes on no name.
func TestKnownNameSpelledOn(t *testing.T) {
	got := entitiesOf("Đoàn có buổi gặp gỡ Phó Chủ tịch nước Lào Bounnhang Volachith. Trump Đón Thái Tử Saudi Arabia Tại Tòa Bạch Ốc. Bộ trưởng Ngoại giao Hungary Szijjártó Péter dự.", "2017-03-05", model.LabelLeader,
		func(e model.Entity) string { return e.Key + ": " + strings.Join(e.Props["aliases"].([]string), "; ") })
	sort.Strings(got)
	assert.Equal(t, []string{"bounnhang-vorachit: Bounnhang Volachith", "donald-trump: Trump", "peter-szijjarto: Szijjártó Péter"}, got)
	// Words that spell none of his names make someone else who shares
	// the known one's given name (spelledOn).
	got = entitiesOf("Phó Tỉnh trưởng tỉnh Savannakhet Sonexay Sitphaxay tiếp đoàn.", "2024-03-05", model.LabelLeader, func(e model.Entity) string { return e.Key })
	assert.Equal(t, []string{"sonexay-sitphaxay"}, got)
}

// TestNamesakeAbroad holds a Vietnamese place's name told with a foreign
// country right after it ("tỉnh Hà Nam (Trung Quốc)", "tỉnh Hà Nam, Trung
// Quốc") to the foreign namesake, and one that goes on to another place
// ("Lai Châu, Lào Cai") or to Vietnam ("Điện Biên (Việt Nam)") to itself.
func TestNamesakeAbroad(t *testing.T) {
	lx := defaultLexicon()
	tests := []struct {
		text, place string
		want        bool
	}{
		{"Phó Tỉnh trưởng tỉnh Hà Nam (Trung Quốc) Trương Mẫn", "Hà Nam", true},
		{"hợp tác giữa Việt Nam và tỉnh Hà Nam, Trung Quốc", "Hà Nam", true},
		{"Bí thư Tỉnh ủy các tỉnh: Lai Châu, Lào Cai, Tuyên Quang", "Lai Châu", false},
		{"các tỉnh Tuyên Quang, Điện Biên (Việt Nam) và Vân Nam", "Điện Biên", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, "", 0, len(tt.text), nil)
		lx.lookUp(toks, nil)
		at := strings.Index(tt.text, tt.place)
		k := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
		require.GreaterOrEqual(t, k, 0, "no token starts %q", tt.place)
		ms := lx.at(toks, k)
		require.NotEmpty(t, ms, tt.text)
		e, ok := ms[0].has(kCity)
		require.True(t, ok, tt.text)
		assert.Equal(t, tt.want, lx.namesakeAbroad(toks, ms[0], e.id), tt.text)
	}
}
