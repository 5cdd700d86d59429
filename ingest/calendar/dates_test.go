package calendar

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/ingest/prose"
)

// fixNow sets the clock for a test.
func fixNow(t *testing.T, iso string) {
	t.Helper()
	at, err := time.Parse("2006-01-02", iso)
	require.NoError(t, err)
	old := Now
	Now = func() time.Time { return at }
	t.Cleanup(func() { Now = old })
}

func TestDateISO(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2022, 9, 15}, "2022-09-15"},
		{Date{2022, 9, 0}, "2022-09"},
		{Date{2022, 0, 0}, "2022"},
		{Date{0, 9, 15}, "--09-15"},
		{Date{0, 9, 0}, "--09"},
		{Date{}, ""},
		{Date{0, 0, 15}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.d.ISO(), "%+v", tt.d)
		assert.Equal(t, tt.want == "" && tt.d.Day == 0, tt.d.IsZero())
		if tt.want != "" {
			assert.Equal(t, tt.d, ParseDate(tt.want), "round trip of %s", tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"2026-02-05", Date{2026, 2, 5}},
		{" 2026-02-05T10:00:00+07:00", Date{2026, 2, 5}},
		{"--02-29", Date{0, 2, 29}},
		{"2026-02-30", Date{}},
		{"2026-13", Date{}},
		{"2026-00-05", Date{}},
		{"26-02-05", Date{}},
		{"--2", Date{}},
		{"hôm qua", Date{}},
		{"", Date{}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ParseDate(tt.in), tt.in)
	}
}

// describeMention describes a Mention compactly for table tests:
// "text|ISO|endISO|flags" where flags hold W<n> (weekday), R, A, F.
func describeMention(s string, m Mention) string {
	flags := ""
	if m.Weekday != 0 {
		flags += fmt.Sprintf("W%d", m.Weekday)
	}
	if m.Relative {
		flags += "R"
	}
	if m.Approx {
		flags += "A"
	}
	if m.Future {
		flags += "F"
	}
	return fmt.Sprintf("%s|%s|%s|%s", s[m.Start:m.End], m.Date.ISO(), m.EndDate.ISO(), flags)
}

func findAll(s string) []string {
	var out []string
	for _, m := range Find(s) {
		out = append(out, describeMention(s, m))
	}
	return out
}

func TestFindForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// day/month, with and without a year
		{"4/2", []string{"4/2|--02-04||"}},
		{"Ngày 4/2/2026, tại Bắc Kinh", []string{"Ngày 4/2/2026|2026-02-04||"}},
		{"gặp nhau ở Moscow hôm 5/6/2019 (ảnh tư liệu)", []string{"hôm 5/6/2019|2019-06-05||"}},
		{"tại Điện Kremlin, ngày 20/3/2023. Ảnh", []string{"ngày 20/3/2023|2023-03-20||"}},
		// a bare day set off by a comma that ends the sentence: a caption's date
		{"bắt tay tại Brussels, Bỉ, 18/5. Ảnh: AP", []string{"18/5|--05-18||"}},
		{"ký năm ấy 20/3/2023 rồi", []string{"20/3/2023|2023-03-20||"}},
		{"ngày 15 tháng 9 năm 2022", []string{"ngày 15 tháng 9 năm 2022|2022-09-15||"}},
		{"mùng 4 tháng Hai", []string{"mùng 4 tháng Hai|--02-04||"}},
		// a month and its year in parentheses after what they date
		{"chuyến thăm Mông Cổ của Tổng Bí thư Tô Lâm (9/2024).", []string{"9/2024|2024-09||"}},
		// a weekday, then the day with its month written out
		{"ở New York hôm Thứ Tư, 25 Tháng Chín.", []string{"hôm Thứ Tư, 25 Tháng Chín|--09-25||W3"}},
		{"Ngày thứ Hai 12 tháng 3 năm 2024", []string{"Ngày thứ Hai 12 tháng 3 năm 2024|2024-03-12||W1"}},
		// a span whose month is written out once, after its last day
		{"từ ngày 09 đến ngày 11 tháng 10 năm 2025 theo", []string{"ngày 09 đến ngày 11 tháng 10 năm 2025|2025-10-09|2025-10-11|"}},
		{"từ ngày 9 đến 11 tháng 10", []string{"ngày 9 đến 11 tháng 10|--10-09|--10-11|"}},
		{"trong hai ngày 20 và 21 tháng 8", []string{"ngày 20 và 21 tháng 8|--08-20|--08-21|"}},
		{"vào các ngày 7, 8/10", []string{"ngày 7, 8/10|--10-07|--10-08|"}},
		{"ngày 7, 8/10/2025", []string{"ngày 7, 8/10/2025|2025-10-07|2025-10-08|"}},
		{"ngày 7, 9/10", []string{"9/10|--10-09||"}},
		// day-month with a hyphen or a dot, after a word that makes it a day or with a year
		{"Ngày 15-8, theo đề nghị", []string{"Ngày 15-8|--08-15||"}},
		{"Sáng nay 6.3, tại Melbourne", []string{"Sáng nay 6.3|--03-06||"}},
		{"ngày 26.10.", []string{"ngày 26.10|--10-26||"}},
		{"26-10-2025 - 11:21 AM", []string{"26-10-2025|2025-10-26||"}},
		// a slash typed twice, after a word that makes it a day
		{"Ngày 11//12, Tổng thống Mỹ", []string{"Ngày 11//12|--12-11||"}},
		// a weekday before the date, or its word without the weekday
		{"hôm thứ Sáu 16/5", []string{"hôm thứ Sáu 16/5|--05-16||W5"}},
		{"hôm thứ 16/5", []string{"hôm thứ 16/5|--05-16||"}},
		// ranges
		{"từ 10 đến 13/8", []string{"10 đến 13/8|--08-10|--08-13|"}},
		{"vào 9 và 10/9", []string{"9 và 10/9|--09-09|--09-10|"}},
		{"diễn ra từ ngày 15 - 16/9.", []string{"ngày 15 - 16/9|--09-15|--09-16|"}},
		{"15 - 16/9", []string{"15 - 16/9|--09-15|--09-16|"}},
		{"vào ngày 22 - 24 /10/2024.", []string{"ngày 22 - 24 /10/2024|2024-10-22|2024-10-24|"}},
		{"từ ngày 18 - 20/10/2023.", []string{"ngày 18 - 20/10/2023|2023-10-18|2023-10-20|"}},
		{"từ 15-16/9/2022 tại Samarkand", []string{"15-16/9/2022|2022-09-15|2022-09-16|"}},
		{"từ ngày 27 đến 28/4", []string{"ngày 27 đến 28/4|--04-27|--04-28|"}},
		{"từ 15/9 đến 16/9", []string{"15/9 đến 16/9|--09-15|--09-16|"}},
		{"hôm 30/12 - 2/1/2023", []string{"hôm 30/12 - 2/1/2023|2022-12-30|2023-01-02|"}},
		// a span from a day to a day after "từ", whatever the separator
		{"từ 26 đến 28-11.", []string{"26 đến 28-11|--11-26|--11-28|"}},
		{"thăm Nhật Bản từ 12 đến 14-2 theo lời mời", []string{"12 đến 14-2|--02-12|--02-14|"}},
		{"từ 28-6 đến 1-7", []string{"28-6 đến 1-7|--06-28|--07-01|"}},
		// one of two days: only the month is sure
		{"sẽ gặp nhau vào ngày 7 hoặc 8/5.", []string{"ngày 7 hoặc 8/5|--05||"}},
		// months
		{"vào tháng 1/2020 khi", []string{"tháng 1/2020|2020-01||"}},
		{"vào tháng 1 năm 2020.", []string{"tháng 1 năm 2020|2020-01||"}},
		{"Lào tháng 2-2025.", []string{"tháng 2-2025|2025-02||"}},
		{"từ tháng 3.2024,", []string{"tháng 3.2024|2024-03||"}},
		{"vào tháng Hai.", []string{"tháng Hai|--02||"}},
		{"vào tháng 7 mời", []string{"tháng 7|--07||"}},
		{"vào tháng Mười sắp tới.", []string{"tháng Mười sắp tới|--10||F"}},
		{"tháng Mười Một", []string{"tháng Mười Một|--11||"}},
		{"tháng Mười Hai năm 2021", []string{"tháng Mười Hai năm 2021|2021-12||"}},
		{"tháng Giêng", []string{"tháng Giêng|--01||"}},
		{"tháng Năm", []string{"tháng Năm|--05||"}},
		{"tháng 12 năm nay", []string{"tháng 12 năm nay|--12||R"}},
		{"tháng 7 năm ngoái", []string{"tháng 7 năm ngoái|--07||R"}},
		{"tháng 7 tới", []string{"tháng 7 tới|--07||F"}},
		{"Tháng trước, Bắc Kinh", []string{"Tháng trước|||R"}},
		{"tháng này", []string{"tháng này|||R"}},
		{"tháng tới", []string{"tháng tới|||RF"}},
		// years
		{"được thành lập vào năm 2001 với", []string{"năm 2001|2001||"}},
		{"Năm 2017, Ấn Độ", []string{"Năm 2017|2017||"}},
		{"năm ngoái", []string{"năm ngoái|||R"}},
		{"Năm nay cũng đánh dấu", []string{"Năm nay|||R"}},
		{"năm tới", []string{"năm tới|||RF"}},
		{"năm 2020 - 2022", []string{"năm 2020 - 2022|2020|2022|"}},
		{"kể từ 2019 đến nay", []string{"2019|2019||"}},
		{"Thế vận hội (2022)", []string{"2022|2022||"}},
		// parts of periods
		{"kể từ đầu năm 2020", []string{"đầu năm 2020|2020||A"}},
		{"vào nửa đầu năm 2026”.", []string{"nửa đầu năm 2026|2026||A"}},
		{"vào cuối năm", []string{"cuối năm|||RA"}},
		{"vào cuối năm nay,", []string{"cuối năm nay|||RA"}},
		{"Đầu năm nay, Kyrgyzstan", []string{"Đầu năm nay|||RA"}},
		{"đầu tháng 3", []string{"đầu tháng 3|--03||A"}},
		{"cuối tháng", []string{"cuối tháng|||RA"}},
		{"mùa hè năm 2022", []string{"mùa hè năm 2022|2022||A"}},
		{"quý 1/2026", []string{"quý 1/2026|2026||A"}},
		// relative days and weeks
		{"hôm qua", []string{"hôm qua|||R"}},
		{"ngày hôm qua", []string{"ngày hôm qua|||R"}},
		{"ngày mai", []string{"ngày mai|||RF"}},
		{"sáng nay", []string{"sáng nay|||R"}},
		{"Global Times đưa tin hôm nay 5/2.", []string{"hôm nay 5/2|--02-05||"}},
		{"Hôm qua (4/2), Bộ Ngoại giao", []string{"Hôm qua (4/2)|--02-04||"}},
		{"trong cuộc hội đàm chiều 4/2 với", []string{"chiều 4/2|--02-04||"}},
		{"rạng sáng 4/2", []string{"rạng sáng 4/2|--02-04||"}},
		{"vào cuối tuần này, Điện Kremlin", []string{"cuối tuần này|||RA"}},
		{"tuần trước", []string{"tuần trước|||RA"}},
		// weekdays
		{"Putin hôm thứ Năm cho biết", []string{"hôm thứ Năm|||W4R"}},
		{"vào thứ Tư", []string{"thứ Tư|||W3R"}},
		{"vào tối thứ Tư và", []string{"tối thứ Tư|||W3R"}},
		{"Chủ nhật", []string{"Chủ nhật|||W7R"}},
		{"thứ Năm tới", []string{"thứ Năm tới|||W4RF"}},
		{"vào thứ Sáu tuần này", []string{"thứ Sáu tuần này|||W5R"}},
		{"vào thứ Hai tuần tới", []string{"thứ Hai tuần tới|||W1RF"}},
		{"vào thứ Sáu 4/2, đánh dấu", []string{"thứ Sáu 4/2|--02-04||W5"}},
		{"thứ Sáu, ngày 4/2/2022", []string{"thứ Sáu, ngày 4/2/2022|2022-02-04||W5"}},
		{"Sáng thứ Hai 11/8, tại", []string{"Sáng thứ Hai 11/8|--08-11||W1"}},
		// early or late in a part of the day
		{"Sáng sớm 13/7, Chủ tịch nước", []string{"Sáng sớm 13/7|--07-13||"}},
		{"tối muộn 3/4 (giờ địa phương)", []string{"tối muộn 3/4|--04-03||"}},
		{"thứ 6 (4/2)", []string{"thứ 6 (4/2)|--02-04||W5"}},
		// several in one text
		{"Hôm 20/5, ông gặp; năm ngoái và năm 2017.", []string{"Hôm 20/5|--05-20||", "năm ngoái|||R", "năm 2017|2017||"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, findAll(tt.text))
		})
	}
}

func TestFindNotDates(t *testing.T) {
	for _, s := range []string{
		"3 năm", "lần thứ 15", "30 năm thiết lập quan hệ", "G20 và APEC", "kéo dài 5 ngày",
		"Kế hoạch 5 năm lần thứ 15", "thắng 2-1", "140 tỷ USD", "hơn hai năm", "hai năm trước",
		"trong những năm tới", "vài tháng trước", "năm sau đó", "giảm 1/3 dân số", "chiếm 2/3", "giảm 1/3, 2/3 còn lại",
		"ngày 31/2", "ngày 15", "tháng 13", "COVID-19", "12/4/2", "4/2/26", "đến 2000 người",
		"nhiệm kỳ thứ ba", "cuộc gặp thứ hai", "Chiến tranh thế giới thứ Hai", "lần thứ 2",
		"Thế vận hội Mùa đông", "Năm Giáo dục Trung Quốc - Nga", "cách đây một năm", "cuối cùng",
		"hiện nay", "Cho đến nay", "Cùng ngày", "tháng năm", "sáng kiến", "tối đa 2000",
		"1.000 tỷ", "năm 19", "tỷ lệ 11//12", "hàng năm", "tỷ số 3-2", "tăng 1.5 lần", "tăng từ 3-4 đến 5-6 lần", "từ 5 đến 6-7%", "1-2 người", "ngày 1.000 người", "mỗi tháng", "2019/2020", "tăng 2020%",
	} {
		assert.Empty(t, findAll(s), s)
	}
}

func TestResolve(t *testing.T) {
	fixNow(t, "2026-06-01")
	tests := []struct {
		anchor string
		text   string
		want   string // resolved "ISO|endISO"
	}{
		{"2026-02-05", "hôm qua", "2026-02-04|"},
		{"2026-02-05", "hôm nay", "2026-02-05|"},
		{"2026-02-05", "ngày mai", "2026-02-06|"},
		{"2026-02-05", "hôm kia", "2026-02-03|"},
		{"2026-01-01", "hôm qua", "2025-12-31|"},
		{"2026-02-05", "năm nay", "2026|"},
		{"2026-02-05", "năm ngoái", "2025|"},
		{"2026-02-05", "năm tới", "2027|"},
		{"2026-02-05", "tháng trước", "2026-01|"},
		{"2026-01-15", "tháng trước", "2025-12|"},
		{"2026-12-15", "tháng tới", "2027-01|"},
		{"2026-02-05", "tháng này", "2026-02|"},
		{"2026-02-05", "tháng 12 năm nay", "2026-12|"},
		{"2026-02-05", "tháng 7 năm ngoái", "2025-07|"},
		{"2026-02-05", "cuối năm", "2026|"},
		{"2022-09-15", "vào cuối tuần này", "2022-09-17|"},
		{"2022-09-15", "đầu tuần tới", "2022-09-19|"},
		{"2022-09-15", "tuần trước", "2022-09-08|"},
		{"2026-02-05", "hôm 3/2", "2026-02-03|"},
		{"2026-02-05", "hôm nay 5/2", "2026-02-05|"},
		{"2026-01-03", "hôm 28/12", "2025-12-28|"},       // more than six months ahead: last year
		{"2022-09-15", "vào tháng Hai", "2022-02|"},      // the past of this year
		{"2022-09-15", "tháng Mười sắp tới", "2022-10|"}, // forward, later this year
		{"2022-09-15", "tháng 3 tới", "2023-03|"},        // forward, already past this year
		{"2022-09-15", "ngày 15 - 16/9", "2022-09-15|2022-09-16"},
		{"2022-12-20", "hôm 30/12 - 2/1", "2022-12-30|2023-01-02"},
		{"2022-09-15", "hôm thứ Năm", "2022-09-15|"}, // the anchor day itself
		{"2022-09-15", "hôm thứ Tư", "2022-09-14|"},
		{"2022-09-15", "vào thứ Sáu", "2022-09-09|"},
		{"2022-09-15", "thứ Năm tới", "2022-09-22|"},
		{"2022-09-15", "Chủ nhật", "2022-09-11|"},
		{"2022-09-15", "thứ Sáu tuần này", "2022-09-16|"},   // that day of the anchor's week, ahead or not
		{"2022-09-15", "thứ Hai tuần tới", "2022-09-19|"},   // of the week after
		{"2022-09-15", "thứ Sáu tuần trước", "2022-09-09|"}, // of the week before
		{"2022-09-15", "Chủ nhật tuần này", "2022-09-18|"},
		{"2022-09-15", "năm 2001", "2001|"},
		{"2022-09-15", "ngày 4/2/2026", "2026-02-04|"},
		{"2022-09-15", "đầu năm 2020", "2020|"},
		// without an anchor, what cannot be resolved keeps its precision
		{"", "hôm qua", "|"},
		{"", "năm ngoái", "|"},
		{"", "hôm thứ Năm", "|"},
		{"", "hôm 20/5", "--05-20|"},
		{"", "tháng 7", "--07|"},
		{"", "năm 2017", "2017|"},
		// with only a year, a day cannot count from it but a month can take its year
		{"2022", "hôm qua", "|"},
		{"2022", "tháng 7", "2022-07|"},
		{"2022", "năm ngoái", "2021|"},
		// with a month, a day near it takes the month (the page's precision)
		{"2022-07", "hôm nay", "2022-07|"},
		{"2022-07", "hôm qua", "2022-07|"},
		{"2022-07", "tuần trước", "|"},
		{"2022-07", "hồi đầu tuần", "2022-07|"},
	}
	for _, tt := range tests {
		t.Run(tt.anchor+" "+tt.text, func(t *testing.T) {
			r := NewResolver(ParseDate(tt.anchor), "", []prose.Span{})
			ms := Find(tt.text)
			require.Len(t, ms, 1)
			got := r.Resolve(ms[0])
			assert.Equal(t, tt.want, got.Date.ISO()+"|"+got.EndDate.ISO())
			// Resolve keeps the span and the flags.
			assert.Equal(t, ms[0].Start, got.Start)
			assert.Equal(t, ms[0].End, got.End)
			assert.Equal(t, ms[0].Relative, got.Relative)
			assert.Equal(t, ms[0].Approx, got.Approx)
		})
	}
}

func TestNewResolverAnchor(t *testing.T) {
	fixNow(t, "2026-06-01")
	tests := []struct {
		name, published, text, want string
	}{
		{"publication date wins", "2026-02-05", "Ngày 20/3/2023 họ gặp nhau.", "2026-02-05"},
		{"a full date", "", "Ông đến ngày 15 tháng 9 năm 2022. Hôm thứ Năm ông nói.", "2022-09-15"},
		{"the latest full date", "", "Ảnh ngày 20/3/2023. Ngày 4/2/2026, hai ông hội đàm.", "2026-02-04"},
		{"a future date counts only without a past one", "", "Hẹn ngày 1/1/2030. Ảnh ngày 20/3/2023.", "2023-03-20"},
		{"weekday with day/month fixes the year", "", "Ông sẽ hội đàm vào thứ Sáu 4/2, lần đầu kể từ năm 2019.", "2022-02-04"},
		{"weekday and day in one sentence", "", "Ông sẽ gặp ông Putin vào thứ Năm tại Samarkand, diễn ra từ ngày 15 - 16/9. Thành lập năm 2001, khởi công năm 2023.", "2022-09-15"},
		{"two weekdays in a sentence fix nothing", "", "Ông đến hôm thứ Tư và gặp vào thứ Năm ở Samarkand từ ngày 15 - 16/9, khởi công năm 2023.", ""},
		{"a weekday alone picks the latest fitting year", "", "Ông gặp vào thứ Năm 15/9.", "2022-09-15"},
		{"a weekday's year is the latest fitting one up to a day written with its year, not up to Now (writtenDayYear); the page is of the day after the one it calls yesterday ('hôm qua 21/01/2017'), the later day a plan (toldToday)", "", "Hãng tin AFP cho biết hôm qua 21/01/2017, ông Trump sẽ tiếp bà May vào ngày thứ Sáu 27/01.", "2017-01-22"},
		{"a day told as today ('hôm nay 14/6/2024') is the page's", "", "Ngày 10/6/2024, EU đồng ý. Các cuộc đàm phán bắt đầu hôm nay 14/6/2024.", "2024-06-14"},
		{"history written with its year does not hold a weekday back (writtenDayYear)", "", "Ông gặp vào thứ Năm 15/9, gần 60 năm sau ngày 2/9/1965.", "2022-09-15"},
		{"nothing to fix", "", "Hôm 20/5 ông gặp, năm ngoái cũng vậy.", ""},
		{"a birth date fixes nothing", "", "Chiều 25/3, Thủ tướng đến Hà Nội. Ông sinh ngày 18/12/1972 tại Singapore.", ""},
		{"a founding date fixes nothing", "", "Tổng thống Lula sẽ thăm Việt Nam từ ngày 27 - 29/3. Việt Nam và Brazil chính thức thiết lập quan hệ ngoại giao ngày 8/5/1989.", ""},
		{"an event's year fixes the time, history recalled does not", "", "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Ông dự Tuần lễ Cấp cao Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) 2024 tại Lima từ ngày 12-16/11.", "2024"},
		{"a handover is of the outgoing chair's year", "", "Chiều 28/10, ông Anwar, Chủ tịch ASEAN 2025 cho đến cuối năm nay, trao búa cho ông Marcos - Chủ tịch ASEAN 2026.", "2025"},
		{"an organisation's year after 'năm' ('Chủ tịch BRICS năm 2024') fixes a time too", "", "Theo lời mời của Tổng thống Nga, nước Chủ tịch BRICS năm 2024, Thủ tướng sẽ dự Hội nghị ngày 23/10.", "2024"},
		{"an acronym with digits ('Chủ tịch G20 năm 2024') names a year too", "", "Theo lời mời của Tổng thống Brazil, Chủ tịch G20 năm 2024, Thủ tướng sẽ dự Hội nghị ngày 16/11.", "2024"},
		{"a figure's year ('5,1 tỉ USD năm 2013') fixes nothing", "", "Thương mại tăng 194%, từ 5,1 tỉ USD năm 2013. Ông đến ngày 23/10.", ""},
		{"an event's year outranks a chair's", "", "Philippines, Chủ tịch ASEAN 2026, dự Tuần lễ Cấp cao APEC 2025 ngày 28/10.", "2025"},
		{"a chair done ('đã hoàn thành trọng trách Chủ tịch ASEAN năm 2022', 'đảm nhận thành công vai trò Chủ tịch ASEAN 2020') or supported to come ('ủng hộ Campuchia trong vai trò Chủ tịch ASEAN năm 2022') fixes no year", "", "Ngày 11/10, Đại sứ đến chào Thủ tướng Hun Manet, chúc mừng Campuchia đã hoàn thành trọng trách Chủ tịch ASEAN năm 2022. Việt Nam ủng hộ Lào trong vai trò Chủ tịch ASEAN năm 2024.", ""},
		{"a chair held at the article's time ('khi đảm nhiệm cương vị Chủ tịch ASEAN năm 2025') still does", "", "Sáng 26/5, Thủ tướng Anwar Ibrahim khai mạc Hội nghị, khi Malaysia đảm nhiệm cương vị Chủ tịch ASEAN năm 2025.", "2025"},
		{"a vision's horizon ('Tầm nhìn Cộng đồng ASEAN 2025') is no event: the chair's year stands", "", "Chiều 11/10, Thủ tướng Lào, Chủ tịch ASEAN 2024 Sonexay Siphandone phát biểu bế mạc Hội nghị, nhấn mạnh tiến độ thực hiện Tầm nhìn Cộng đồng ASEAN 2025.", "2024"},
		{"a full date decades before the clock's year is history, no clue to the article's", "", "Hội nghị diễn ra từ ngày 19-21/5 tại Hiroshima, nơi bị ném bom nguyên tử ngày 6/8/1945.", ""},
		{"'sau 55 năm kể từ chuyến thăm năm 1964' is of 2019", "", "Ngày 1/3, ông hội đàm tại Hà Nội, chuyến thăm đầu tiên sau 55 năm kể từ chuyến thăm năm 1964.", "2019"},
		{"the year two countries celebrate in ('khi năm 2025 hai nước kỷ niệm') is the page's year, the excerpt cut or not (celebratedYear)", "", "Sáng 5-5, Chủ tịch nước chủ trì Lễ đón Tổng thống Sri Lanka, diễn ra vào thời điểm có ý nghĩa khi năm 2025 hai nước kỷ", "2025"},
		{"so with a comma ('năm 2022, hai nước kỷ niệm 30 năm'); not a figure's year ('năm 2013 hai nước' without 'kỷ') (celebratedYear)", "", "Ngày 5/12, ông tiếp Đại sứ; năm 2022, hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao. Thương mại năm 2013 hai nước đạt 5 tỉ USD.", "2022"},
		{"a new year's festival named with its year ('Tết Nguyên đán Kỷ Hợi 2019') is the page's year", "", "Ngày 14-1, Chủ tịch HĐND thành phố tiếp Tổng Lãnh sự đến thăm, chúc Tết nhân dịp Tết Nguyên đán Kỷ Hợi 2019.", "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := prose.Normalize([]byte(tt.text))
			r := NewResolver(ParseDate(tt.published), text.S, nil)
			assert.Equal(t, tt.want, r.Anchor().ISO())
		})
	}
}

// TestResolveYearByWeekdayWithoutAnchor checks that a weekday fixes the
// year of its own day even when the resolver has no anchor.
func TestResolveYearByWeekdayWithoutAnchor(t *testing.T) {
	fixNow(t, "2026-06-01")
	r := &Resolver{lo: 2017, hi: 2027}
	ms := Find("thứ Sáu 4/2")
	require.Len(t, ms, 1)
	assert.Equal(t, "2022-02-04", r.Resolve(ms[0]).Date.ISO())
}

// TestWrittenYearOfTheSameDay checks that a day named without a year
// takes the year the text writes with that same day, over the page's
// date; a day written with two years takes neither.
func TestWrittenYearOfTheSameDay(t *testing.T) {
	text := "Ngày 18/10, Thủ tướng lên đường dự Hội nghị. Thủ tướng sẽ thăm Saudi Arabia từ ngày 18 - 20/10/2023. Ngày 5/3 có hai mốc: 5/3/2020 và 5/3/2021."
	r := NewResolver(ParseDate("2025-05-05"), text, nil)
	got := map[string]string{}
	for _, m := range Find(text) {
		got[text[m.Start:m.End]] = r.Resolve(m).Date.ISO()
	}
	assert.Equal(t, "2023-10-18", got["Ngày 18/10"], "%v", got)
	assert.Equal(t, "2025-03-05", got["Ngày 5/3"], "%v", got)

	// A day inside a span written with its year is of that year.
	text = "Chuyến thăm chính thức từ 12-14/3/2018. Chiều ngày 13/3, Thủ tướng điện đàm."
	r = NewResolver(ParseDate("2025-05-05"), text, nil)
	got = map[string]string{}
	for _, m := range Find(text) {
		got[text[m.Start:m.End]] = r.Resolve(m).Date.ISO()
	}
	assert.Equal(t, "2018-03-13", got["Chiều ngày 13/3"], "%v", got)
}

// TestDatesSeeds resolves every date of the five seed articles.
func TestDatesSeeds(t *testing.T) {
	fixNow(t, "2026-06-01")
	tests := []struct {
		seed   string
		anchor string
		want   []string // "text=ISO" or "text=ISO/endISO"
	}{
		{"000", "2022-09-15", []string{
			"tháng Hai=2022-02", "cuối tuần này=2022-09-17", "hôm thứ Tư=2022-09-14", "thứ Năm=2022-09-15",
			"ngày 15 - 16/9=2022-09-15/2022-09-16", "năm 2001=2001", "đầu năm 2020=2020", "năm ngoái=2021",
			"tháng 1/2020=2020-01", "tháng 7 năm nay=2022-07", "tháng 7=2022-07", "năm nay=2022",
			"tháng Hai=2022-02", "tháng Hai=2022-02", "Tháng trước=2022-08", "tháng Mười sắp tới=2022-10",
			"năm 2001=2001", "Đầu năm nay=2022", "năm 2023=2023",
		}},
		{"001", "2022-09-15", []string{
			"hôm thứ Năm=2022-09-15", "hôm nay=2022-09-15", "hôm thứ Năm=2022-09-15", "năm ngoái=2021",
			"cuối năm nay=2022", "tháng 1 năm 2020=2020-01", "năm 2001=2001", "năm nay=2022",
			"tháng Hai=2022-02", "tháng Hai=2022-02", "Tháng trước=2022-08", "tháng Mười sắp tới=2022-10",
			"ngày 15 tháng 9 năm 2022=2022-09-15", "hôm thứ Tư=2022-09-14", "tối thứ Tư=2022-09-14",
			"hôm thứ Năm=2022-09-15", "năm 2001=2001", "Đầu năm nay=2022", "năm 2023=2023",
		}},
		{"002", "2026-02-05", []string{
			"Hôm qua (4/2)=2026-02-04", "chiều 4/2=2026-02-04", "năm nay=2026", "Năm nay=2026",
			"nửa đầu năm 2026=2026", "Ngày 4/2/2026=2026-02-04", "Ngày 4/2=2026-02-04", "ngày 5/2=2026-02-05",
			"ngày 5/2=2026-02-05", "hôm nay 5/2=2026-02-05", "ngày 20/3/2023=2023-03-20",
		}},
		{"003", "", []string{
			"tháng 7=--07", "hôm 20/5=--05-20", "tháng 7=--07", "tháng 7=--07", "năm 2001=2001",
			"Năm 2017=2017", "năm ngoái=", "hôm 20/5=--05-20", "năm nay=", "Năm ngoái=", "Hôm 20/5=--05-20",
		}},
		{"004", "2022-02-04", []string{
			"hôm 5/6/2019=2019-06-05", "hôm 5/6/2019=2019-06-05", "thứ Sáu 4/2=2022-02-04", "năm 2019=2019",
			"hôm 3/2=2022-02-03", "hôm 3/2=2022-02-03",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			paths, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "articles", tt.seed+"_*.txt"))
			require.Len(t, paths, 1, "seed %s", tt.seed)
			raw, err := os.ReadFile(paths[0])
			require.NoError(t, err)
			var published Date
			if iso, _, ok := prose.LeadingDate(raw); ok {
				published = ParseDate(iso)
			}
			text := prose.Normalize(raw)
			var spans []prose.Span
			for _, p := range prose.Paragraphs(text) {
				spans = append(spans, prose.Sentences(text.S, p)...)
			}
			r := NewResolver(published, text.S, spans)
			assert.Equal(t, tt.anchor, r.Anchor().ISO())
			var got []string
			for _, m := range Find(text.S) {
				m = r.Resolve(m)
				s := text.S[m.Start:m.End] + "=" + m.Date.ISO()
				if !m.EndDate.IsZero() {
					s += "/" + m.EndDate.ISO()
				}
				got = append(got, s)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	size := 0
	paths, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "articles", "*.txt"))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(prose.Normalize(raw).S)
		sb.WriteByte('\n')
	}
	s := sb.String()
	size = len(s)
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		Find(s)
	}
}

func TestYearsAfterYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"chuyến thăm đầu tiên của một Thủ tướng Ấn Độ tới Việt Nam sau 15 năm, kể từ năm 2001.", 2016},
		{"lần đầu tiên sau 10 năm kể từ 2014", 2024},
		{"lần đầu tiên sau 10 năm", 0}, // no year to count from
		{"chuyến thăm đầu tiên sau 55 năm kể từ chuyến thăm năm 1964 của cố Chủ tịch", 2019},
		{"sau 3 năm đàm phán, kể từ khi khởi động", 0},                                                               // no year
		{"sau 30 năm, kể từ năm 2001", 0},                                                                            // after maxYear
		{"chuyến thăm đầu tiên sau 11 năm kể từ chuyến thăm của bà Angela Merkel tháng 10-2011.", 2022},              // a month with its year
		{"sau 11 năm kể từ chuyến thăm của bà Merkel, tháng 10-2011", 0},                                             // not in the same clause
		{"là chuyến thăm đầu tiên của Thủ tướng Chính phủ Việt Nam tới Qatar sau 15 năm (2009) và 12 năm sau", 2024}, // the base year in brackets
		{"Sau 33 năm thiết lập quan hệ (năm 1990) và 14 năm (năm 2009) thông qua Tầm nhìn chung", 2023},
		{"sau 15 năm (2009-2024)", 0}, // a span, not the base year
		{"sau 2 năm, Tổng thống (2017-2021) trở lại", 0},
	}
	for _, tt := range tests {
		if got := yearsAfterYear(tt.text, 2026); got != tt.want {
			t.Errorf("yearsAfterYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestFirstInYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Thủ tướng Mishustin là vị khách cấp cao nước ngoài đầu tiên thăm chính thức Việt Nam trong năm 2025.", 2025},
		{"Đây là chuyến thăm của nguyên thủ nước ngoài đầu tiên đến Nhật Bản trong năm 2018.", 2018},
		{"lần đầu tiên kể từ năm 2019", 0},        // since, not within
		{"đầu tiên, và trong năm 2019 ông đã", 0}, // another clause
		{"đầu tiên trong năm 2030", 0},            // after maxYear
	}
	for _, tt := range tests {
		if got := firstInYear(tt.text, 2026); got != tt.want {
			t.Errorf("firstInYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestAnniversaryYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"đúng vào dịp kỷ niệm 75 năm thiết lập quan hệ ngoại giao (1950-2025), mở ra", 2025},
		{"Kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản (21/9/1973 - 21/9/2023)", 2023},
		{"nhân dịp kỷ niệm 30 năm quan hệ ngoại giao, thiết lập năm 1995", 2025},
		{"kỷ niệm 80 năm Quốc khánh", 0},                                                             // no founding year
		{"kỷ niệm 200 năm ngày sinh (1890) ... kỷ niệm 10 năm (2016)", 2026},                         // the latest that is not after maxYear
		{"kỷ niệm 300 năm (1890)", 0},                                                                // after maxYear
		{"hướng tới kỷ niệm 30 năm thiết lập quan hệ ngoại giao hai nước (1992-2022)", 0},            // looked forward to
		{"hai bên cần phối hợp chặt chẽ kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973-2023)", 0}, // to be prepared together
	}
	for _, tt := range tests {
		if got := anniversaryYear(tt.text, 2026); got != tt.want {
			t.Errorf("anniversaryYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestArchivePhoto checks that a caption dated more than a month before
// the body's latest day gives the page no year, and one of a day or two
// before gives its year.
func TestArchivePhoto(t *testing.T) {
	fixNow(t, "2026-06-01")
	tests := []struct{ body, caption, want string }{
		{"Ngày 14/8, Tổng thống Ukraine đã gặp Thủ tướng Anh tại London. ", "Hai ông tại cuộc gặp ở London ngày 1/3/2025. Ảnh: THX", ""},
		{"Ngày 26/11, Tổng thống Pháp và Thủ tướng Italy ký Hiệp ước. ", "Hai ông trong cuộc gặp tại Rome ngày 25/11/2021. Ảnh: THX", "2021"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			text := tt.body + tt.caption
			caps := [][2]int{{len(tt.body), len(text)}}
			r := NewResolverOf(Date{}, Find(text), text, nil, caps)
			assert.Equal(t, tt.want, r.Anchor().ISO())
		})
	}
}

func TestFestivalYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"đến thăm, chúc Tết Thường trực HĐND, UBND thành phố nhân dịp Tết Nguyên đán Kỷ Hợi 2019.", 2019},
		{"sang thăm và chúc Tết Nguyên đán Ất Tỵ năm 2025 tỉnh Kiên Giang.", 2025},
		{"đến thăm và chúc Tết cổ truyền dân tộc Việt Nam, Xuân Giáp Thìn 2024.", 2024},
		{"nhân dịp Tết Nguyên đán Giáp Thìn, Đoàn đại biểu tỉnh đến thăm", 2024},                   // the one Giáp Thìn of the window
		{"nhân dịp Tết cổ truyền Bun Pi May của Lào năm Phật lịch 2565, Thủ tướng gọi điện", 2022}, // the Buddhist era
		{"nhân dịp chào đón Tết cổ truyền Bun-pi-may Phật lịch năm 2565 của nhân dân các bộ tộc Lào", 2022},
		{"Tổng tiến công và nổi dậy Tết Mậu Thân 1968", 0}, // before the window: history
		{"Kỷ Hợi 2018", 0},      // 2018 is Mậu Tuất: a misreading
		{"ông Đinh Dậu nói", 0}, // a name, no festival
	}
	for _, tt := range tests {
		if got := festivalYear(tt.text, 2016, 2027); got != tt.want {
			t.Errorf("festivalYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestRelationsAnniversaryYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"đúng vào dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973 - 2023)", 2023},
		{"kỷ niệm 50 năm thiết lập quan hệ ngoại giao (12/11/1975 - 12/11/2025)", 2025},
		{"nhân dịp kỷ niệm 30 năm quan hệ ngoại giao, thiết lập năm 1995", 2025},
		{"chúc mừng kỷ niệm 72 năm Quốc khánh Campuchia (09/11/1953-09/11/2025)", 0}, // one country's day
		{"kỷ niệm 80 năm Ngày thành lập Đảng Lao động Triều Tiên (10/10/1945-10/10/2025)", 0},
		{"kỷ niệm 50 năm thiết lập quan hệ (1973)", 2023},
	}
	for _, tt := range tests {
		if got := RelationsAnniversaryYear(tt.text, 2026); got != tt.want {
			t.Errorf("RelationsAnniversaryYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestResolveFromDay(t *testing.T) {
	rel := func(s string) Mention {
		for _, m := range Find(s) {
			if m.Relative {
				return m
			}
		}
		t.Fatalf("no relative date in %q", s)
		return Mention{}
	}
	tests := []struct {
		text string
		at   Date
		want string
	}{
		{"sẽ sang thăm Trung Quốc trong tuần này", Date{0, 9, 12}, "--09"},
		{"sẽ có chuyến thăm vào tuần tới", Date{0, 6, 7}, "--06"},
		{"vào tuần trước", Date{0, 7, 8}, ""}, // 1-7 July, or late June: no one month
		{"hôm qua", Date{0, 3, 1}, "--02-29"},
		{"tháng trước", Date{0, 1, 15}, "--12"},
		{"tuần tới", Date{2023, 6, 7}, "2023-06-14"}, // with a year: as from a page's date
		{"tuần này", Date{0, 9, 0}, ""},              // no day to count from
	}
	for _, tt := range tests {
		got := ResolveFromDay(rel(tt.text), tt.at)
		assert.Equal(t, tt.want, got.Date.ISO(), "%q from %+v", tt.text, tt.at)
	}
}

func TestDayAfter(t *testing.T) {
	assert.Equal(t, Date{0, 9, 29}, DayAfter(Date{0, 9, 28}))
	assert.Equal(t, Date{0, 3, 1}, DayAfter(Date{0, 2, 29}))
	assert.Equal(t, Date{0, 1, 1}, DayAfter(Date{0, 12, 31}))
	assert.Equal(t, Date{2025, 3, 1}, DayAfter(Date{2025, 2, 28}))
}

// TestAddDays holds days counted forwards and back, a day without its year
// staying without one.
func TestAddDays(t *testing.T) {
	assert.Equal(t, Date{0, 9, 3}, AddDays(Date{0, 9, 2}, 1))
	assert.Equal(t, Date{0, 12, 31}, AddDays(Date{0, 1, 1}, -1))
	assert.Equal(t, Date{0, 2, 29}, AddDays(Date{0, 2, 27}, 2))
	assert.Equal(t, Date{2025, 2, 26}, AddDays(Date{2025, 3, 1}, -3))
}
