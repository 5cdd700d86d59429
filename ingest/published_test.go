package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPublishedFromByline(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Thủ tướng gặp Hun Manet\n\nAn Nguyên\nTừ Melbourne, Úc\n06/03/2024 07:26 GMT+7\n\nCuộc gặp diễn ra", "2024-03-06"},
		{"Trump gặp lãnh đạo Qatar\n\n26-10-2025 - 11:21 AM | Tài chính quốc tế\n\nTổng thống", "2025-10-26"},
		{"Nâng cấp quan hệ\n\n18:55 06/05/2025\n\nNhận lời mời", "2025-05-06"},
		{"Tin thế giới\nThứ Hai, 2/12/2025\nHai bên", "2025-12-02"},
		{"Cập nhật: 10.3.2025\nNội dung", "2025-03-10"},
		// The site's clock on the first line, above the headline; the article's byline under it.
		{"Thứ 7, 09/11/2024, 22:25[GMT+7]\n\nQuan hệ Đối tác\n\nChủ nhật, 07/04/2024 | 16:57:34\n12,756 lượt xem\nNhận lời mời", "2024-04-07"},
		{"Chủ Nhật, 24/11/2024 06:21 SA\nTổ chức Hợp tác Thượng Hải kết nạp\nThứ Năm, 04/07/2024 17:07 CH\n\nNền tảng", "2024-07-04"},
		// A later date under the headline is no earlier publication: the first line stands.
		{"Thứ Hai, 2/12/2025\nTin thế giới\nThứ Ba, 3/12/2025 10:20\nHai bên", "2025-12-02"},
		{"Thủ tướng tới New Delhi\n\nThứ tư, ngày 31 tháng 7 năm 2024 | 11:35\n\nTheo Đặc phái viên", "2024-07-31"},
		// a site's header date written out, above the article's own byline
		{"Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nChủ tịch nước gặp Thủ tướng\n\nPV - 08:05, 27/07/2023\n\nTrong khuôn khổ", "2023-07-27"},
		// a time with a minute mark before the date; a time before the weekday; a view count after the date
		{"Nga cử Ngoại trưởng đến Thổ Nhĩ Kỳ\n\n20:00' 31-03-2023\nBộ Ngoại giao Nga nhấn mạnh", "2023-03-31"},
		{"Chi tiết bài viết\n\nBí thư Tỉnh ủy tiếp Đại sứ\n\n9:43, Thứ Tư, 1-3-2023\n\n(Quang Binh Portal) - Chiều ngày 28/02/2023", "2023-03-01"},
		{"Đoàn đại biểu thăm Điện Biên\n\n19:35 - Thứ Sáu, 12/08/2022 Lượt xem: 15897 In bài viết\n\nĐBP - Chiều 12/8", "2022-08-12"},
		{"Kết luận về Thỏa thuận\n\n30/05/2023    220\n\nTrong hai ngày 26 - 27/5", "2023-05-30"},
		{"Việt Nam, Campuchia hợp tác\n\nĐã đăng vào 20 Th1, 2020\n\nĐoàn đại biểu", "2020-01-20"},
		// a count after a date in a sentence is no view count
		{"Hai bên ký ngày 30/05/2023 và 220 văn bản khác", ""},
		// a date written out in a sentence dates the event
		{"Ngày 31 tháng 7 năm 2024, hai nhà lãnh đạo hội đàm.", ""},
		{"Tiêu đề\n20/09/2025\nNội dung", "2025-09-20"},
		// a month written as a word: alone on its line, after a label; in a sentence it dates the event
		{"Điện đàm giữa Ngoại trưởng\n3 Phút để đọc\nTháng Năm 27, 2021\n\nBỘ NGOẠI GIAO HOA KỲ", "2021-05-27"},
		{"Kỳ họp Ủy ban hỗn hợp Ấn Độ-Việt Nam lần thứ 17\nPosted on: August 25, 2020 | Back | Print\nCuộc họp", "2020-08-25"},
		{"Hai bên ký Bản ghi nhớ ngày 21 April 2017 tại Hà Nội.", ""},
		{"Thứ Tư, Tháng Năm 15, 2024\nIran trở thành thành viên SCO\nNgày 4/7/2023", ""},
		// a time, then "ngày" before the date; an ISO date glued to its time by "T"; a date written out alone on its line after "Ngày"
		{"Hoạt động đối ngoại nổi bật tuần qua\n08:23, ngày 05-06-2019\nTCCSĐT - Tuần qua", "2019-06-05"},
		{"Phái đoàn Nga nghỉ giải lao\nMATXCƠVA (Sputnik) - Phái đoàn Nga đã tạm dừng.\n2025-05-16T19:44+0700\n", "2025-05-16"},
		{"Cuộc điện đàm của Ngoại trưởng\n\nTÓM TẮT NỘI DUNG\n\nNgày 6 tháng 8 năm 2020\n\nPhát biểu của Phó Phát ngôn", "2020-08-06"},
		// an ISO date with its time, as some sites stamp it; one in a sentence is the event's
		{"Chính trị\n\nHàn Quốc và Malaysia nhất trí\n\nWrite: 2019-11-28 14:10:13Update: 2019-11-28 14:10:32\n\nNội dung", "2019-11-28"},
		{"Hai nước ký hiệp định ngày 2019-11-28 tại Seoul.", ""},
		// a byline that lists the site, an id and the date, ending its line
		{"Lý Cường kết thúc chuyến thăm\n Lý Cường kết thúc chuyến thăm - Sputnik Việt Nam, 1920, 14.10.2024\nĐăng ký\nSáng 14/10", "2024-10-14"},
		// a date ending a sentence's line is the event's
		{"Hai nước ký hiệp định ngày 14.10.2024\nNội dung", ""},
		// a full date in a sentence dates the event, not the page
		{"Ngày 4/2/2026, tại Bắc Kinh, hai nhà lãnh đạo hội đàm.", ""},
		{"Không có ngày nào ở đây.", ""},
		// a byline on its own line after a long lead paragraph
		{"In bài viết\n\nThủ tướng tới Brussels\n\n(Chinhphu.vn) - Sau khi kết thúc chuyến thăm chính thức Vương quốc Hà Lan, trưa ngày 13/12 (giờ địa phương), chuyên cơ chở Thủ tướng Chính phủ Phạm Minh Chính và Đoàn đại biểu cấp cao Việt Nam đã tới sân bay quân sự Melsbroek, thủ đô Brussels, Vương quốc Bỉ để dự Hội nghị cấp cao Kỷ niệm 45 năm quan hệ ASEAN-EU và thăm chính thức Vương quốc Bỉ theo lời mời của Chủ tịch Hội đồng châu Âu Charles Michel và Thủ tướng Vương quốc Bỉ Alexander De Croo. Đón Thủ tướng tại sân bay có Đại sứ Việt Nam tại Bỉ và các cán bộ Đại sứ quán.\n\n13/12/2022 18:35\nThủ tướng bắt đầu", "2022-12-13"},
		// a line of its own that labels the page's date, at the article's end
		{"Việt Nam trúng cử\n\nHà Nội (TTXVN 11/10) Vào 11h45 ngày 11/10/2022, tại phiên họp." + strings.Repeat(" Nội dung.", 80) + "\nXuất bản:Thứ tư, 12/10/2022 00:06 (GMT+7)", "2022-10-12"},
		// a full date with a time deep in the text, with no label, is not the page's
		{"Tiêu đề\n\nNội dung." + strings.Repeat(" Nội dung.", 80) + "\nHai bên gặp nhau 12/10/2022 10:00 tại Hà Nội", ""},
		{"Tin\n31/02/2025 10:00\n", ""},
		// a weekday in a sentence dates the event, not the page
		{"RCEP có hiệu lực\n\nHiệp định RCEP đã có hiệu lực từ thứ Bảy, 1/1/2022, đối với mười quốc gia.", ""},
		// a page that opens on a bulleted menu: the byline after it
		{strings.Repeat("  • Bình Dương\n", 60) + "\nThủ tướng tiếp Bộ trưởng\n\n(Chinhphu.vn) - Ngày 22/11, Thủ tướng đã tiếp.\n\n23/11/2025 08:07\nNội dung", "2025-11-23"},
	}
	for _, tt := range tests {
		d, start, end := publishedFromByline(tt.text)
		assert.Equal(t, tt.want, d.ISO(), tt.text)
		if tt.want != "" {
			assert.Contains(t, tt.text[start:end], fmt.Sprint(d.Year), "the span covers the date")
		}
	}
}

// TestMenuIsNoText holds a page's bulleted menu of provinces out of the
// article: its title is the headline after it, its places are none.
func TestMenuIsNoText(t *testing.T) {
	raw := strings.Repeat("  • An Giang\n  • Bình Dương\n  • Hà Nội\n", 10) + "\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Saudi Arabia\n\nNgày 22/11, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Saudi Arabia Faisal Bin Farhan Al Saud.\n"
	ex := Extract(Document{Source: "t", Raw: []byte(raw)})
	assert.Equal(t, "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Saudi Arabia", ex.Article.Title)
	for _, e := range ex.Entities {
		assert.NotEqual(t, "an-giang", e.Key, "a menu's province is no place of the article")
	}
}
