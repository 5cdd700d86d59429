package corpus

import (
	"strconv"

	"strings"
	"unicode/utf8"

	"kg/ingest/gazetteer"
	"kg/ingest/prose"
	"kg/model"
)

// The rest of an article: headline, photo captions, noise paragraphs
// (economy, weather, unnamed analysts), a byline, and the layout (plain
// paragraphs, or hard-wrapped lines as some crawls deliver them).
//
// Noise states no fact: it names no leader and no organisation and uses
// none of the words that announce a meeting, a membership or an agreement.

var agencies = []string{"TTXVN", "TTXVN", "Reuters", "AFP", "AP", "Tân Hoa xã", "TASS", "Kyodo", "Yonhap", "Bloomberg"}

var bylines = []string{"Minh Anh", "Thu Hằng", "Đức Tuân", "Như Tâm", "Hoàng Nam", "Thanh Hà", "Quốc Bảo", "Mai Phương",
	"Vũ Hoàng", "Khánh Linh", "Hải Yến", "Trung Kiên", "Phương Thảo", "Anh Thư", "Bảo Ngọc", "Lan Anh", "Ngọc Ánh",
	"Đăng Khoa", "Gia Huy", "Thùy Dung", "Hồng Nhung", "Tuấn Anh", "Việt Hưng", "Thảo Vy"}

var goods = []string{"hàng điện tử", "nông sản", "hàng dệt may", "thủy sản", "gạo", "cà phê", "máy móc thiết bị", "linh kiện bán dẫn", "trái cây", "sắt thép", "gỗ và sản phẩm gỗ"}

var sectors = []string{"kinh tế số", "năng lượng tái tạo", "công nghiệp chế biến", "du lịch", "nông nghiệp công nghệ cao", "hạ tầng giao thông", "tài chính xanh", "công nghiệp bán dẫn"}

var weathers = []string{"khá nắng ráo", "có mưa rào rải rác", "se lạnh vào buổi sáng", "oi bức", "nhiều mây", "hanh khô"}

var opinions = []string{
	"đây là tín hiệu cho thấy cả hai bên đều muốn duy trì đà phát triển tích cực trong quan hệ song phương",
	"các nước vừa và nhỏ cần đa dạng hóa quan hệ trong bối cảnh cạnh tranh giữa các nước lớn gia tăng",
	"điều quan trọng là các cam kết phải được triển khai trên thực tế",
	"thị trường sẽ theo dõi sát các bước đi tiếp theo",
	"những biến động của kinh tế toàn cầu đang tạo ra cả thách thức lẫn cơ hội cho khu vực",
	"khả năng kết nối hạ tầng sẽ quyết định tốc độ tăng trưởng thương mại trong thời gian tới",
}

var quotes = []string{
	"Khi niềm tin chính trị được củng cố, dòng vốn đầu tư thường sẽ đi theo",
	"Chúng ta không nên kỳ vọng những thay đổi lớn chỉ sau một đêm",
	"Điều các doanh nghiệp cần nhất lúc này là một môi trường chính sách ổn định",
	"Cán cân thương mại hiện vẫn còn nhiều dư địa để cải thiện",
	"Các nền kinh tế trong khu vực phụ thuộc lẫn nhau nhiều hơn người ta nghĩ",
}

// isosOf returns the countries of the lead pair (or of any cast member).
func (g *gen) isosOf() (string, string) {
	a, b := "VN", "JP"
	if g.leadAB[0] != nil {
		a = g.leadAB[0].o.iso
	}
	if g.leadAB[1] != nil {
		b = g.leadAB[1].o.iso
	}
	if a == b {
		b = "VN"
		if a == "VN" {
			b = "JP"
		}
	}
	return a, b
}

// noiseYear names a year for economy figures: relative with a publication
// date, else the article's year (which also lets a weekday fix dates).
func (g *gen) noiseYear() string {
	if g.hasPub {
		if g.chance(0.5) {
			return "năm ngoái"
		}
		return "năm " + strconv.Itoa(g.pub.Year()-1)
	}
	g.years[g.refYear] = true
	return "năm " + strconv.Itoa(g.refYear)
}

func (g *gen) num(lo, hi int) string { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)) }

func (g *gen) decimal(lo, hi int) string {
	return g.num(lo, hi) + "," + strconv.Itoa(1+g.r.IntN(9))
}

// noise returns one paragraph that states no fact, of a kind not used yet
// in the article while there are unused ones.
func (g *gen) noise() string {
	a, b := g.isosOf()
	ca, cb := g.cname(a), g.cname(b)
	city := g.cityName(g.w.capital[g.either2(a, b)])
	k := g.r.IntN(noiseKinds)
	for try := 0; try < noiseKinds && g.noiseUsed&(1<<k) != 0; try++ {
		k = (k + 1) % noiseKinds
	}
	g.noiseUsed |= 1 << k
	var ss []string
	add := func(p float64, t string, kv ...string) {
		if g.chance(p) {
			ss = append(ss, g.fill(t, kv...))
		}
	}
	switch k {
	case 0: // trade
		add(1, g.pick([]string{
			"Kim ngạch thương mại song phương giữa {A} và {B} {Y} đạt khoảng {N} tỷ USD, tăng {P}% so với cùng kỳ.",
			"Theo số liệu thống kê, trao đổi thương mại giữa {A} và {B} {Y} đạt {N} tỷ USD, trong đó {A} xuất siêu khoảng {P} tỷ USD.",
			"{Y}, thương mại hai chiều giữa {A} và {B} đạt mức kỷ lục {N} tỷ USD.",
		}), "A", ca, "B", cb, "Y", g.noiseYear(), "N", g.decimal(2, 180), "P", g.decimal(2, 25))
		add(0.7, "Các mặt hàng chủ lực gồm {G1}, {G2} và {G3}.", "G1", goods[g.r.IntN(3)], "G2", goods[3+g.r.IntN(3)], "G3", goods[6+g.r.IntN(5)])
		add(0.5, "{A} hiện có hơn {N} dự án đầu tư còn hiệu lực tại {B} với tổng vốn đăng ký khoảng {V} tỷ USD.", "A", ca, "B", cb, "N", g.num(40, 990), "V", g.decimal(1, 90))
	case 1: // business expectations
		add(1, g.pick([]string{
			"Giới doanh nghiệp kỳ vọng {S} sẽ trở thành động lực tăng trưởng mới, nhất là khi chi phí logistics giảm và thủ tục hải quan được đơn giản hóa.",
			"Nhiều doanh nghiệp của {A} đang tìm hiểu cơ hội trong lĩnh vực {S} tại {B}.",
			"Hiệp hội doanh nghiệp cho biết nhu cầu về nhân lực trong lĩnh vực {S} đang tăng nhanh.",
		}), "S", g.pick(sectors), "A", ca, "B", cb)
		add(0.6, "Một số tập đoàn lớn đã công bố kế hoạch mở rộng nhà máy, dự kiến tạo thêm hàng nghìn việc làm.")
		add(0.4, "Tuy nhiên, chi phí vốn cao và thiếu hụt lao động có tay nghề vẫn là những trở ngại đáng kể.")
	case 2: // weather and the city
		add(1, "Thời tiết tại {C} những ngày này {W}, nhiệt độ ban ngày dao động từ {T1} đến {T2} độ C.", "C", city, "W", g.pick(weathers), "T1", g.num(8, 22), "T2", g.num(23, 36))
		add(0.6, "Lực lượng chức năng bố trí phân luồng giao thông tại một số tuyến phố trung tâm, người dân được khuyến cáo hạn chế di chuyển vào giờ cao điểm.")
		add(0.5, "Các khách sạn quanh khu vực trung tâm {C} gần như kín phòng, nhiều nhà hàng kéo dài giờ phục vụ.", "C", city)
	case 3: // unnamed analyst
		add(1, g.pick([]string{
			"“{Q}”, một nhà phân tích tại {C} nhận định.",
			"Theo một chuyên gia quan hệ quốc tế không muốn nêu tên, {O}.",
			"Giới quan sát cho rằng {O}.",
			"Một nhà nghiên cứu tại {C} nói rằng {O}.",
		}), "Q", g.pick(quotes), "C", city, "O", g.pick(opinions))
		add(0.6, "“{Q}”, người này nói thêm.", "Q", g.pick(quotes))
		add(0.4, "Tuy vậy, theo giới phân tích, con đường phía trước vẫn còn không ít trở ngại, từ khác biệt về thể chế đến sức ép cạnh tranh ngày càng lớn.")
	case 4: // markets
		add(1, "Trên thị trường tài chính, chỉ số chứng khoán chính của {A} tăng {P}% trong phiên giao dịch gần nhất, trong khi đồng nội tệ biến động nhẹ.", "A", g.cname(g.either2(a, b)), "P", g.decimal(0, 3))
		add(0.7, "Các chuyên gia kinh tế dự báo tăng trưởng GDP của {A} có thể đạt khoảng {P}%, nhờ xuất khẩu và tiêu dùng nội địa phục hồi.", "A", ca, "P", g.decimal(2, 7))
		add(0.5, "Giá dầu thế giới dao động quanh mức {N} USD mỗi thùng, gây áp lực lên chi phí vận tải của nhiều doanh nghiệp.", "N", g.num(60, 95))
	case 5: // people, tourism, students
		add(1, "Cộng đồng người {A} tại {B} hiện có khoảng {N} nghìn người, phần lớn sinh sống và làm việc tại các thành phố lớn.", "A", ca, "B", cb, "N", g.num(3, 300))
		add(0.6, "Lượng khách du lịch giữa hai nước {Y} đạt khoảng {N} triệu lượt, với nhiều đường bay thẳng được mở thêm.", "Y", g.noiseYear(), "N", g.decimal(0, 6))
		add(0.5, "Nhiều trường đại học của hai nước đã mở rộng chương trình trao đổi sinh viên và học bổng.")
	case 6: // history
		add(1, g.pick([]string{
			"{A} và {B} thiết lập quan hệ ngoại giao cách đây {N} năm.",
			"Quan hệ giữa {A} và {B} có bề dày lịch sử, trải qua nhiều giai đoạn thăng trầm.",
			"Trong nhiều thập kỷ, {A} và {B} duy trì kênh liên lạc thường xuyên ở nhiều cấp.",
		}), "A", ca, "B", cb, "N", g.num(25, 75))
		add(0.6, "Các chương trình giao lưu văn hóa, nghệ thuật được tổ chức đều đặn, góp phần tăng cường hiểu biết lẫn nhau giữa người dân hai nước.")
		add(0.4, "Nhiều di tích và công trình lịch sử là minh chứng cho mối quan hệ lâu đời này.")
	case 7: // regional security
		add(1, g.pick([]string{
			"Tình hình an ninh khu vực tiếp tục là mối quan tâm hàng đầu, đặc biệt là an ninh của các tuyến hàng hải quan trọng.",
			"Căng thẳng địa chính trị ở nhiều điểm nóng trên thế giới đang gây sức ép lên các chuỗi cung ứng toàn cầu.",
			"Các cuộc xung đột kéo dài đã khiến giá lương thực và năng lượng biến động mạnh.",
		}))
		add(0.6, "Nhiều nước kêu gọi các bên kiềm chế, giải quyết bất đồng bằng biện pháp hòa bình, phù hợp với luật pháp quốc tế.")
		add(0.4, "Giới chuyên gia cảnh báo rủi ro đối với tăng trưởng kinh tế thế giới vẫn ở mức cao.")
	case 8: // technology and energy
		add(1, g.pick([]string{
			"Nhiều tập đoàn công nghệ đang dịch chuyển một phần chuỗi sản xuất sang các nước trong khu vực.",
			"Nhu cầu điện năng tăng nhanh buộc nhiều nước đẩy mạnh đầu tư vào điện gió và điện mặt trời.",
			"Trí tuệ nhân tạo và dữ liệu lớn đang trở thành lĩnh vực cạnh tranh then chốt giữa các nền kinh tế.",
		}))
		add(0.6, "{A} đặt mục tiêu nâng tỷ trọng năng lượng tái tạo trong cơ cấu nguồn điện lên khoảng {P}% trong những năm tới.", "A", g.cname(g.either2(a, b)), "P", g.num(20, 60))
		add(0.4, "Các chuyên gia cho rằng việc đào tạo kỹ sư và chuyên gia công nghệ là điều kiện tiên quyết để nắm bắt cơ hội.")
	default: // domestic affairs
		add(1, g.pick([]string{
			"Trong nước, chính phủ {A} đang đẩy mạnh cải cách thủ tục hành chính nhằm cải thiện môi trường kinh doanh.",
			"Tại {A}, quốc hội đang thảo luận dự thảo luật mới về đầu tư công.",
			"Lạm phát tại {A} đã hạ nhiệt trong những tháng gần đây, tạo dư địa cho chính sách tiền tệ.",
		}), "A", ca)
		add(0.6, "Ngân hàng trung ương giữ nguyên lãi suất điều hành sau cuộc rà soát định kỳ.")
		add(0.4, "Chỉ số niềm tin người tiêu dùng tăng nhẹ so với tháng trước.")
	}
	return strings.Join(ss, " ")
}

const noiseKinds = 10

func (g *gen) either2(a, b string) string {
	if g.chance(0.5) {
		return a
	}
	return b
}

// caption writes a photo caption after the lead paragraph.
func (g *gen) caption() []string {
	a, b := g.leadAB[0], g.leadAB[1]
	ag := g.pick(agencies)
	switch g.r.IntN(4) {
	case 0:
		if g.lead != "" {
			return []string{g.lead + " Ảnh: " + ag}
		}
	case 1:
		if g.lead != "" {
			return []string{"Nguồn hình ảnh, " + ag, "Chụp lại hình ảnh,", g.lead}
		}
	case 2:
		if a != nil && b != nil && g.leadBoth {
			return []string{g.fill("{A} (phải) và {B}. Ảnh: {G}", "A", g.ref(a), "B", g.ref(b), "G", ag)}
		}
	}
	if a != nil && b != nil && g.leadBoth {
		return []string{g.fill("{A} và {B} tại {W}. (Ảnh: {G})", "A", g.ref(a), "B", g.ref(b), "W", g.leadWord(), "G", ag)}
	}
	if a != nil {
		return []string{g.fill("{A} tại {C}. Ảnh: {G}", "A", g.ref(a), "C", g.pick([]string{"một sự kiện gần đây", "sân bay", "một buổi họp báo"}), "G", ag)}
	}
	return nil
}

func (g *gen) leadWord() string {
	if len(g.facts.Meetings) > 0 {
		switch model.SummitKind(g.facts.Meetings[0].Kind) {
		case model.KindPhoneCall:
			return "một cuộc điện đàm trước đây"
		case model.KindVideoCall:
			return "điểm cầu trực tuyến"
		case model.KindSummit:
			return "hội nghị"
		}
	}
	return "cuộc hội đàm"
}

// ------------------------------------------------------------- headlines

func (g *gen) named(p *person) string {
	if p.o.iso == "VN" {
		return p.title + " " + p.o.name
	}
	if p.o.short != "" && g.chance(0.6) {
		return p.title + " " + p.cname + " " + p.o.short
	}
	return p.title + " " + p.cname + " " + p.o.name
}

func (g *gen) described(p *person) string { return p.title + " " + p.cname }

func (g *gen) titleTalks(a, b *person) {
	switch g.r.IntN(3) {
	case 0:
		g.title = g.named(a) + " hội đàm với " + g.described(b)
	case 1:
		g.title = g.cname(a.o.iso) + " và " + g.cname(b.o.iso) + " thúc đẩy hợp tác " + g.pick([]string{"kinh tế", "toàn diện", "an ninh", "thương mại"})
	default:
		g.title = g.named(a) + " tiếp " + g.named(b)
	}
}

func (g *gen) titleVisit(v, h *person) {
	if g.chance(0.5) {
		g.title = g.named(v) + " thăm cấp nhà nước " + g.cname(h.o.iso)
	} else {
		g.title = g.named(v) + " bắt đầu chuyến công du " + g.cname(h.o.iso)
	}
}

func (g *gen) titleCall(a, b *person, kind model.SummitKind) {
	verb := " điện đàm với "
	if kind == model.KindVideoCall {
		verb = " hội đàm trực tuyến với "
	}
	g.title = g.named(a) + verb + g.described(b)
}

func (g *gen) titleSummit(acr, sn string, c *gazetteer.City) {
	switch g.r.IntN(3) {
	case 0:
		g.title = "Khai mạc " + sn + " tại " + g.cityName(c)
	case 1:
		g.title = "Lãnh đạo các nước " + orgNames[acr][0] + " họp tại " + g.cityName(c)
	default:
		g.title = strings.ReplaceAll(sn, " lần thứ", " lần thứ") + ": " + g.pick([]string{"những điểm nhấn", "kỳ vọng và thách thức", "các nội dung chính"})
	}
}

func (g *gen) titlePlanned(a, b *person, kind model.SummitKind) {
	switch kind {
	case model.KindStateVisit:
		g.title = g.named(a) + " sắp thăm " + g.cname(b.o.iso)
	case model.KindSummit:
		g.title = "Lãnh đạo " + g.cname(a.o.iso) + " và " + g.cname(b.o.iso) + " chuẩn bị dự thượng đỉnh"
	case model.KindPhoneCall:
		g.title = g.named(a) + " sẽ điện đàm với " + g.described(b)
	default:
		g.title = g.named(a) + " sẽ gặp " + g.described(b)
	}
}

func (g *gen) titleCancelled(a, b *person, both bool) {
	if !both {
		g.title = g.named(a) + " " + g.pick([]string{"hoãn", "hủy"}) + " chuyến thăm " + g.cname(b.o.iso)
		return
	}
	g.title = g.named(a) + " " + g.pick([]string{"hoãn", "hủy"}) + " kế hoạch gặp " + g.described(b)
}

// ----------------------------------------------------------------- layout

// finish adds caption, noise and byline to the fact paragraphs.
func (g *gen) finish() {
	if g.title == "" {
		g.title = "Tin thế giới: " + g.cname(g.pick([]string{"VN", "US", "CN"})) + " và các đối tác"
	}
	facts := append([]string(nil), g.paras...)
	g.paras = g.paras[:0]
	if g.chance(0.5) {
		g.paras = append(g.paras, g.title)
	}
	g.paras = append(g.paras, facts[0])
	if g.chance(0.6) {
		g.paras = append(g.paras, g.caption()...)
	}
	rest := facts[1:]
	words := 0
	for _, p := range facts {
		words += prose.WordCount(p)
	}
	target := 300 + g.r.IntN(170)
	if g.chance(0.25) {
		target += g.r.IntN(500)
	}
	// interleave: each fact paragraph may be preceded by noise
	for len(rest) > 0 || words < target {
		if len(rest) > 0 && (words >= target || g.chance(0.6)) {
			g.paras = append(g.paras, rest[0])
			rest = rest[1:]
			continue
		}
		if words >= 1400 {
			continue
		}
		n := g.noise()
		words += prose.WordCount(n)
		g.paras = append(g.paras, n)
	}
	if g.needYear && !g.years[g.refYear] {
		a, b := g.isosOf()
		g.years[g.refYear] = true
		g.paras = append(g.paras, g.fill("Kim ngạch thương mại giữa {A} và {B} năm {Y} ước đạt {N} tỷ USD.", "A", g.cname(a), "B", g.cname(b), "Y", strconv.Itoa(g.refYear), "N", g.decimal(2, 150)))
	}
	switch g.r.IntN(6) {
	case 0:
		g.paras = append(g.paras, g.pick(bylines)+" (theo "+g.pick(agencies[2:])+")")
	case 1:
		g.paras = append(g.paras, "Phóng viên "+g.pick(bylines)+" tại "+g.cityName(g.w.capital[g.either2(g.isosOf())]))
	case 2:
		g.paras = append(g.paras, "Theo "+g.pick(agencies))
	case 3:
		g.paras = append(g.paras, "Bài và ảnh: "+g.pick(bylines))
	default:
		g.paras = append(g.paras, g.pick(bylines))
	}
}

// text lays the paragraphs out: blank-line separated, or (one article in
// ten) hard-wrapped at about 80 characters with a trailing space and a
// blank line after every line.
func (g *gen) text() string {
	var b strings.Builder
	if g.chance(0.1) {
		width := 72 + g.r.IntN(16)
		sep := "\n\n\n\n"
		if g.chance(0.3) {
			sep = "\n\n"
		}
		for i, p := range g.paras {
			if i > 0 {
				b.WriteString(sep)
			}
			wrap(&b, p, width)
		}
		return b.String()
	}
	sep := "\n\n"
	if g.chance(0.15) {
		sep = "\n"
	}
	for i, p := range g.paras {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	b.WriteByte('\n')
	return b.String()
}

// wrap writes p in lines of at most width runes, each ending with a space
// and followed by a blank line.
func wrap(b *strings.Builder, p string, width int) {
	line := 0
	first := true
	for _, w := range strings.Fields(p) {
		n := utf8.RuneCountInString(w)
		if !first && line+1+n > width {
			b.WriteString(" \n\n")
			line = 0
			first = true
		}
		if !first {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += n
		first = false
	}
	b.WriteString(" ")
}
