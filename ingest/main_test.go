package ingest

import (
	"os"
	"testing"
	"time"

	"kg/ingest/calendar"
)

// TestMain pins "today" for the whole package: articles without a
// publication date resolve weekday dates to the latest fitting year up to
// next year, so golden files and accuracy bars must not move with the clock.
func TestMain(m *testing.M) {
	pinned := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	calendar.Now = func() time.Time { return pinned }
	os.Exit(m.Run())
}
