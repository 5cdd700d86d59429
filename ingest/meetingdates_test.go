package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMeetingDates holds dates and places of meetings to the sentence
// shapes they are read from (meetings.go: meetingDate and the functions
// it calls), on a page published 2025-06-01 unless a case says otherwise.
func TestMeetingDates(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []string
	}{
		{"a summit named with its year after its acronym ('(SCO) 2025'), the clause undated, is of that year (namedYear)",
			"Thủ tướng Phạm Minh Chính đến Thiên Tân, bắt đầu chuyến tham dự Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) 2025.", "",
			[]string{"summit held 2025 Tianjin: pham-minh-chinh"}},
		{"so is a trip told with it, and the leaders' week it attends ('thăm chính thức Chile, Peru và dự Tuần lễ cấp cao APEC 2024') (namedYear)",
			"Chủ tịch nước Lương Cường rời Hà Nội, bắt đầu chuyến thăm chính thức Chile, Peru và dự Tuần lễ cấp cao APEC 2024.", "",
			[]string{"state_visit held 2024 CL: luong-cuong", "state_visit held 2024 PE: luong-cuong", "summit held 2024 <nil>: luong-cuong"}},
		{"nor does a vision's horizon ('Tầm nhìn Cộng đồng ASEAN 2045') or a plan's years ('ASEAN 2026-2030') (namedYear)",
			"Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia Anwar Ibrahim về Tầm nhìn Cộng đồng ASEAN 2045. Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan Anutin Charnvirakul về hợp tác giai đoạn ASEAN 2026-2030.", "",
			[]string{"bilateral held <nil> <nil>: anutin-charnvirakul pham-minh-chinh", "bilateral held <nil> <nil>: anwar-ibrahim pham-minh-chinh"}},
		{"a year in brackets the years are counted from ('sau 15 năm (2009)', '12 năm sau chuyến thăm ... (2012)') dates the event told that many years later (countedFrom)",
			"Chuyến thăm mang ý nghĩa đặc biệt quan trọng, là chuyến thăm đầu tiên của Thủ tướng Chính phủ Việt Nam Phạm Minh Chính tới Qatar sau 15 năm (2009) và 12 năm sau chuyến thăm cấp cao của Quốc vương Qatar tới Việt Nam (2012).", "",
			[]string{"state_visit held 2024 QA: pham-minh-chinh"}},
		{"and the page's year-less days take it (yearsAfterYear)",
			"Sau 33 năm thiết lập quan hệ (năm 1990), đây là lần đầu tiên ASEAN và GCC tổ chức Hội nghị Cấp cao. Chiều 19/10, Thủ tướng Chính phủ Phạm Minh Chính đã gặp Tổng Thư ký GCC Jassim Muhammad Al-Budaiwi.", "",
			[]string{"bilateral held 2023-10-19 <nil>: jassim-muhammad-al-budaiwi pham-minh-chinh"}},
		{"a city and its country after 'nhân dịp' ('tại thành phố Gyeongju, Hàn Quốc vào cuối tháng 10 này') do not end the occasion's clause: the time told after them dates it and the talks it frames (cityItsCountry)",
			"Tổng thống Mỹ Donald Trump cũng cho biết dự kiến sẽ có một cuộc hội đàm kéo dài với Chủ tịch nước Trung Quốc Tập Cận Bình nhân dịp tham dự Hội nghị thượng đỉnh APEC tổ chức tại thành phố Gyeongju, Hàn Quốc vào cuối tháng 10 này.", "2025-10-20",
			[]string{"bilateral planned 2025-10 Gyeongju: donald-trump xi-jinping", "summit planned 2025-10 Gyeongju: donald-trump"}},
		{"a summit told with its day and place and no one ('Sáng 24/5, tại thành phố Hà Tĩnh đã diễn ra Hội nghị cấp cao ...') dates and places the two who chair it, their own meeting (summitTold)",
			"Sáng 24/5, tại thành phố Hà Tĩnh đã diễn ra Hội nghị cấp cao giữa 2 tỉnh Hà Tĩnh – Khăm Muộn. Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh Lê Đình Sơn và Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Đay Xụ Đa Phon chủ trì Hội nghị.", "2025-05-25",
			[]string{"bilateral held 2025-05-24 Ha Tinh: day-xu-da-phon le-dinh-son"}},
		{"an attendance told with no meeting word ('tham dự tích cực vào Kỳ họp diễn ra từ ngày 30/10 - 13/11') dates the summit it attends, not a speech at it told later",
			"Kỳ họp lần thứ 43 Đại hội đồng UNESCO khai mạc tại Samarkand. Đoàn đại biểu Việt Nam do Thứ trưởng Bộ Ngoại giao Ngô Lê Văn làm Trưởng đoàn, tham dự tích cực vào Kỳ họp diễn ra từ ngày 30/10 - 13/11. Phát biểu tại Phiên toàn thể cấp cao của Đại hội đồng ngày 4/11, Thứ trưởng Ngô Lê Văn đánh giá cao vai trò của UNESCO.", "2025-11-14",
			[]string{"summit held 2025-10-30 Samarkand: ngo-le-van"}},
		{"a chair's year ('Chủ tịch ASEAN 2026') dates no meeting (namedYear)",
			"Tổng thống Philippines Ferdinand Marcos Jr., Chủ tịch ASEAN 2026, đã hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru.", "2025-06-01",
			[]string{"bilateral held <nil> <nil>: bongbong-marcos shigeru-ishiba"}},
		{"a time given again in home time after 'tức' is no date of the meeting, however far the local one is ('vào lúc 13:30 ngày 18/8 (theo giờ Washington, tức 1:30 sáng 19/8, theo giờ Hà Nội)') (convertedTime)",
			"Vào lúc 13:30 ngày 18/8 (theo giờ Washington, tức 1:30 sáng 19/8, theo giờ Hà Nội), Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Joe Biden.", "2024-10-05",
			[]string{"bilateral held 2024-08-18 <nil>: joe-biden pham-minh-chinh"}},
		{"a place after a building the gazetteer does not know and a comma ('tại Trung tâm Hội nghị Bạch Vân, TP Quảng Châu, tỉnh Quảng Đông') is where it stands: the city, not the province (afterVenueName)",
			"Ngày 18/8, tại Trung tâm Hội nghị Bạch Vân, TP Quảng Châu, tỉnh Quảng Đông, Trung Quốc, Tổng Bí thư Tô Lâm đã hội kiến với Bí thư Tỉnh ủy Quảng Đông Hoàng Khôn Minh.", "2024-08-18",
			[]string{"bilateral held 2024-08-18 Guangzhou: hoang-khon-minh to-lam"}},
		{"so with 'thủ đô' or no place noun ('tại Khách sạn Shangri-La, thủ đô Kuala Lumpur') (afterVenueName)",
			"Ngày 18/8, tại Khách sạn Shangri-La, thủ đô Kuala Lumpur, Thủ tướng Phạm Minh Chính đã hội kiến Thủ tướng Nhật Bản Ishiba Shigeru. Ngày 19/8, tại Khách sạn Raffles, Singapore, Thủ tướng Phạm Minh Chính đã hội kiến Thủ tướng Singapore Lawrence Wong.", "2025-08-20",
			[]string{"bilateral held 2025-08-18 Kuala Lumpur: pham-minh-chinh shigeru-ishiba", "bilateral held 2025-08-19 Singapore: lawrence-wong pham-minh-chinh"}},
		{"a plan's bare weekday ('sẽ gặp ... vào thứ Sáu') is the next such day, not the one gone by; one done ('hôm thứ Sáu') the last",
			"Thứ Tư, 12/3/2025 - 10:20. Tổng thống Mỹ Donald Trump sẽ gặp Tổng thống Nga Vladimir Putin vào thứ Sáu. Tổng thống Mỹ Donald Trump đã gặp Tổng thống Pháp Emmanuel Macron hôm thứ Sáu.", "",
			[]string{"bilateral held 2025-03-07 <nil>: donald-trump emmanuel-macron", "bilateral planned 2025-03-14 <nil>: donald-trump vladimir-putin"}},
		{"a weekday of a week named ('vào thứ Hai tuần tới') is that week's",
			"Thứ Tư, 12/3/2025 - 10:20. Tổng thống Mỹ Donald Trump sẽ gặp Tổng thống Nga Vladimir Putin vào thứ Hai tuần tới.", "",
			[]string{"bilateral planned 2025-03-17 <nil>: donald-trump vladimir-putin"}},
		{"'cùng ngày' in a sentence's lead dates a meeting told after a clause of its own ('Chiều cùng ngày, ngay sau khi tới Tokyo, Thủ tướng ... đã tiếp ...') (sameDayLead)",
			"Sáng 12/3/2025, Thủ tướng Phạm Minh Chính rời Hà Nội, lên đường thăm chính thức Nhật Bản. Chiều cùng ngày, ngay sau khi tới Tokyo, Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt Takebe Tsutomu.", "",
			[]string{"bilateral held 2025-03-12 Tokyo: pham-minh-chinh takebe-tsutomu", "state_visit planned 2025-03-12 Tokyo: pham-minh-chinh"}},
		{"a sentence opened by the arrival ('Ngay sau khi tới Labuan Bajo, ..., Thủ tướng ... đã có cuộc gặp song phương với ...') takes the day of the arrival told before it (arrivalLead)",
			"Ngày 9/5/2023, Thủ tướng Phạm Minh Chính đã tới sân bay Labuan Bajo, Indonesia. Ngay sau khi tới Labuan Bajo, Indonesia, Thủ tướng Phạm Minh Chính đã có cuộc gặp song phương với Tổng thống Indonesia Joko Widodo.", "",
			[]string{"bilateral held 2023-05-09 Labuan Bajo: joko-widodo pham-minh-chinh"}},
		{"a sentence opened by a meeting or welcome as over ('Sau lễ đón chính thức, ...', 'Sau cuộc gặp với ..., ...') goes on with the day told last (afterMeetingLead)",
			"Sáng 4/3, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì Lễ đón chính thức Thủ tướng Lào Sonexay Siphandone. Sau cuộc gặp với Thủ tướng Phạm Minh Chính, Thủ tướng Sonexay Siphandone có cuộc hội kiến với Chủ tịch Quốc hội Vương Đình Huệ. Sau lễ đón chính thức, Chủ tịch nước Nguyễn Xuân Phúc sẽ hội kiến Quốc vương Campuchia Norodom Sihamoni.", "2024-03-05",
			[]string{"bilateral held 2024-03-04 Hanoi: sonexay-siphandone vuong-dinh-hue", "state_visit held 2024-03-04 Hanoi: pham-minh-chinh sonexay-siphandone", "state_visit planned 2024-03-04 <nil>: nguyen-xuan-phuc norodom-sihamoni"}},
		{"the lead's meeting is the one told before with its word, not the day told last ('hội đàm ... 1/8. Hôm trước đó, thứ Tư 31/7, ... chào xã giao ... Sau hội đàm, ...') (leadDay)",
			"Thủ tướng Phạm Minh Chính và Thủ tướng Narendra Modi hội đàm tại New Delhi hôm thứ Năm 1/8. Hôm trước đó, thứ Tư 31/7, Bộ trưởng Ngoại giao Ấn Độ S. Jaishankar đã chào xã giao Thủ tướng Phạm Minh Chính. Sau hội đàm, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Ấn Độ Droupadi Murmu.", "2024-08-02",
			[]string{"bilateral held 2024-07-31 <nil>: pham-minh-chinh subrahmanyam-jaishankar", "bilateral held 2024-08-01 New Delhi: droupadi-murmu pham-minh-chinh", "bilateral held 2024-08-01 New Delhi: narendra-modi pham-minh-chinh"}},
		{"not after a visit, which lasts days ('Sau chuyến thăm Brunei, ...') (afterMeetingLead)",
			"Ngày 3/9, Thủ tướng Ấn Độ Narendra Modi hội đàm với Quốc vương Brunei Hassanal Bolkiah. Sau chuyến thăm Brunei, Thủ tướng Modi sẽ thăm Singapore.", "2024-09-04",
			[]string{"state_visit held 2024-09-03 BN: hassanal-bolkiah narendra-modi", "state_visit planned <nil> Singapore: narendra-modi"}},
		{"a meeting told 'một ngày sau cuộc ...' after a dated one was the day before, its subject the same ('Ngày 19-3, ... điện đàm ... với ..., một ngày sau cuộc thảo luận ... với Tổng thống Nga') (daysAfterAt)",
			"Ngày 19-3, Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Tổng thống Ukraine Volodymyr Zelensky, một ngày sau cuộc thảo luận dưới hình thức tương tự với Tổng thống Nga Vladimir Putin. Ngày 5/3, Tổng thống Mỹ Joe Biden đã gặp Thủ tướng Anh Rishi Sunak, hai ngày sau cuộc gặp với Thủ tướng Canada Justin Trudeau.", "2025-03-20",
			[]string{"bilateral held 2025-03-03 <nil>: joe-biden justin-trudeau", "bilateral held 2025-03-05 <nil>: joe-biden rishi-sunak", "bilateral held 2025-03-18 <nil>: donald-trump vladimir-putin", "phone_call held 2025-03-19 <nil>: donald-trump volodymyr-zelenskyy"}},
		{"a visit told by its arrival and the host's welcome and talks a day later is one visit, dated by the talks, placed where it arrived when the talks are not (welcomedAfterArrival)",
			"Chiều 11/3, Thủ tướng Phạm Minh Chính đến Tokyo, bắt đầu chuyến thăm chính thức Nhật Bản. Sáng 12/3, Thủ tướng Ishiba Shigeru chủ trì lễ đón và hội đàm với Thủ tướng Phạm Minh Chính.", "2025-03-14",
			[]string{"state_visit held 2025-03-12 Tokyo: pham-minh-chinh shigeru-ishiba"}},
		{"talks or a call told as just begun ('đã bắt đầu cuộc điện đàm') or just held ('vừa có cuộc điện đàm'), with no date in the sentence, are of the page's day; one a statement dates, of its day (talksJustBegun, talksJustDone)",
			"Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình đã bắt đầu hội nghị thượng đỉnh trực tuyến. Tổng thống Mỹ Joe Biden vừa có cuộc điện đàm với Thủ tướng Anh Rishi Sunak. Tối 13/3, Nhà Trắng thông báo Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump đã bắt đầu cuộc điện đàm.", "2025-03-14",
			[]string{"phone_call held 2025-03-13 <nil>: donald-trump vladimir-putin", "phone_call held 2025-03-14 <nil>: joe-biden rishi-sunak", "video_call held 2025-03-14 <nil>: joe-biden xi-jinping"}},
		{"not a visit just ended, nor a meeting 'vừa qua' (lately) (talksJustDone)",
			"Ngoại trưởng Mỹ Marco Rubio vừa kết thúc chuyến thăm Israel. Tổng thống Mỹ Joe Biden đánh giá cao cuộc gặp vừa qua với Thủ tướng Anh Rishi Sunak.", "2025-03-14",
			[]string{"bilateral held <nil> <nil>: joe-biden rishi-sunak", "state_visit held <nil> IL: marco-rubio"}},
		{"'Sáng hôm sau' is the day after the last dated event; 'vài hôm sau' no day (cues.tsv: hôm sau)",
			"Sáng 12/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru. Sáng hôm sau, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Thượng viện Nhật Bản Sekiguchi Masakazu. Vài hôm sau, Thủ tướng Phạm Minh Chính gặp Thủ tướng Singapore Lawrence Wong.", "2025-03-20",
			[]string{"bilateral held 2025-03-12 <nil>: pham-minh-chinh shigeru-ishiba", "bilateral held 2025-03-13 <nil>: pham-minh-chinh sekiguchi-masakazu", "bilateral held <nil> <nil>: lawrence-wong pham-minh-chinh"}},
		{"'hai ngày trước' with no day told before it counts back from the page's day (dayshift)",
			"Tổng thống Mỹ Donald Trump đã gặp Tổng thống Ukraine Volodymyr Zelensky hai ngày trước.", "2025-03-14",
			[]string{"bilateral held 2025-03-12 <nil>: donald-trump volodymyr-zelenskyy"}},
		{"'cách đây hai ngày' counts back from the day the sentence tells it on, else from the page's day (cues.tsv: daysago)",
			"Tổng thống Nga Vladimir Putin cho biết ông đã điện đàm với Tổng thống Mỹ Donald Trump cách đây hai ngày. Ngày 13/3, Tổng thống Nga Vladimir Putin cho biết, cách đây 3 ngày, ông đã hội đàm với Thủ tướng Ấn Độ Narendra Modi tại Moskva.", "2025-03-14",
			[]string{"bilateral held 2025-03-10 Moscow: narendra-modi vladimir-putin", "phone_call held 2025-03-12 <nil>: donald-trump vladimir-putin"}},
		{"a day with its slash typed twice ('Ngày 11//12') is read all the same",
			"Ngày 11//12, Tổng thống Mỹ Joe Biden đã có cuộc điện đàm với Tổng thống Ukraine Volodymyr Zelenskyy.", "2024-12-12",
			[]string{"phone_call held 2024-12-11 <nil>: joe-biden volodymyr-zelenskyy"}},
		{"a visit's day told by its talks ('Sau đó, ông Tập Cận Bình sẽ hội đàm với ...' after the welcome on 5.11) is not moved by the visitor's other doings on another day of the span ('Sáng 6.11, ... sẽ tham dự cuộc gặp gỡ hữu nghị thanh niên') (merge: talksDay)",
			"Chủ tịch nước Trung Quốc Tập Cận Bình sẽ thăm cấp Nhà nước tới Việt Nam từ ngày 05 đến ngày 06 tháng 11 năm 2015. Lễ đón chính thức Chủ tịch Trung Quốc sẽ diễn ra tại Phủ Chủ tịch vào chiều ngày 5.11. Sau đó, ông Tập Cận Bình sẽ hội đàm với Tổng Bí thư Nguyễn Phú Trọng. Sáng 6.11, Chủ tịch Tập Cận Bình sẽ tham dự cuộc gặp gỡ hữu nghị thanh niên Việt – Trung lần thứ 16.", "2015-11-01",
			[]string{"state_visit planned 2015-11-05 Hanoi: nguyen-phu-trong xi-jinping"}},
		{"a venue followed by the city it stands in ('tại trụ sở Liên hợp quốc ở Geneva') is in that city, not the one the gazetteer gives the venue (venueCityNamed)",
			"Chiều 29/7, tại trụ sở Liên hợp quốc ở Geneva, Thụy Sĩ, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Tổng thư ký Liên hợp quốc António Guterres. Chiều 30/7, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Chủ tịch IPU Tulia Ackson tại Trụ sở Liên hợp quốc ở Geneva.", "2024-08-01",
			[]string{"bilateral held 2024-07-29 Geneva: antonio-guterres tran-thanh-man", "bilateral held 2024-07-30 Geneva: tran-thanh-man tulia-ackson"}},
		{"not the state the venue's city lies in ('tại khu nghỉ dưỡng Mar-a-Lago ở Florida' is in Palm Beach) (venueCityNamed)",
			"Tổng thống Donald Trump tiếp Tổng thống Ukraine Volodymyr Zelensky tại khu nghỉ dưỡng Mar-a-Lago ở Florida hôm 28/12.", "2025-12-30",
			[]string{"bilateral held 2025-12-28 Palm Beach: donald-trump volodymyr-zelenskyy"}},
		{"a city named for its clock ('Tối 5/9 (giờ Hà Nội)', 'theo giờ Washington') places no meeting, even as the one city of the page (timeZoneCity)",
			"Tối 5/9 (giờ Hà Nội), Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru. Sáng 6/9 (theo giờ Washington), Tổng thống Mỹ Donald Trump gặp Thủ tướng Nhật Bản Ishiba Shigeru.", "2025-09-10",
			[]string{"bilateral held 2025-09-05 <nil>: pham-minh-chinh shigeru-ishiba", "bilateral held 2025-09-06 <nil>: donald-trump shigeru-ishiba"}},
		{"a high-level forum ('Diễn đàn cấp cao hợp tác quốc tế Vành đai và Con đường') is a summit, dated and placed by its span and city (cues.tsv: diễn đàn cấp cao)",
			"Từ ngày 17 đến ngày 20/10/2023, Chủ tịch nước Võ Văn Thưởng dẫn đầu Đoàn đại biểu Cấp cao Việt Nam đến Bắc Kinh, tham dự Diễn đàn cấp cao hợp tác quốc tế Vành đai và Con đường lần thứ ba.", "",
			[]string{"summit held 2023-10-17 Beijing: vo-van-thuong"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, meetingsAt(tt.text, tt.published), "%q", tt.text)
		})
	}
}
