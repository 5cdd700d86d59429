package ingest

import (
	"fmt"
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
		{"Tiêu đề\n20/09/2025\nNội dung", "2025-09-20"},
		// a full date in a sentence dates the event, not the page
		{"Ngày 4/2/2026, tại Bắc Kinh, hai nhà lãnh đạo hội đàm.", ""},
		{"Không có ngày nào ở đây.", ""},
		{"Tin\n31/02/2025 10:00\n", ""},
	}
	for _, tt := range tests {
		d, start, end := publishedFromByline(tt.text)
		assert.Equal(t, tt.want, d.ISO(), tt.text)
		if tt.want != "" {
			assert.Contains(t, tt.text[start:end], fmt.Sprint(d.Year), "the span covers the date")
		}
	}
}
