package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// copyShare is the share of the shorter text's five-word runs that two
// texts may have in common before they count as one text: two outlets'
// reports of one event share a sentence or two (at most 0.58 of a text
// between a dev and a test article on 2026-12-07), a repost or a wire
// story printed twice shares nearly all (0.76 to 0.96 for the pages
// dropped that day before they joined the set).
const copyShare = 0.7

// TestRealNoCopyAcrossParts holds that no test article is a copy of a dev
// article: the same text on another site, or a wire story printed by two
// outlets, in both parts would be scored on what the rules were tuned on.
func TestRealNoCopyAcrossParts(t *testing.T) {
	runs := map[string]map[string]map[string]bool{}
	for _, part := range []string{"dev", "test"} {
		texts, err := filepath.Glob(filepath.Join("..", "fixtures", "real", part, "*.txt"))
		require.NoError(t, err)
		require.NotEmpty(t, texts)
		runs[part] = map[string]map[string]bool{}
		for _, path := range texts {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			runs[part][filepath.Base(path)] = fiveWordRuns(string(b))
		}
	}
	// Index the dev runs, so each test article is compared with the dev
	// articles it shares a run with, not with all of them.
	byRun := map[string][]string{}
	for name, rs := range runs["dev"] {
		for r := range rs {
			byRun[r] = append(byRun[r], name)
		}
	}
	for name, rs := range runs["test"] {
		shared := map[string]int{}
		for r := range rs {
			for _, d := range byRun[r] {
				shared[d]++
			}
		}
		for d, n := range shared {
			share := float64(n) / float64(min(len(rs), len(runs["dev"][d])))
			assert.LessOrEqual(t, share, copyShare, "test/%s and dev/%s share %.2f of their five-word runs: one text in both parts", name, d, share)
		}
	}
}

// fiveWordRuns returns the runs of five words of text, lower-cased.
func fiveWordRuns(text string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[string]bool{}
	for i := 0; i+5 <= len(words); i++ {
		out[strings.Join(words[i:i+5], " ")] = true
	}
	return out
}

// TestFiveWordRuns holds the measure to what it is for: a text reposted
// with its byline changed shares nearly all its runs with the first; two
// reports of one event in their own words share few.
func TestFiveWordRuns(t *testing.T) {
	first := "Chiều 10/3, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Indonesia Prabowo Subianto tại Jakarta. Hai bên nhất trí nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện."
	repost := "(Theo VOV) " + first
	other := "Tổng thống Prabowo Subianto đón Tổng Bí thư Tô Lâm tại Dinh Tổng thống; hai nhà lãnh đạo đã có cuộc hội đàm về hợp tác kinh tế và quốc phòng."
	share := func(a, b string) float64 {
		ra, rb := fiveWordRuns(a), fiveWordRuns(b)
		n := 0
		for r := range ra {
			if rb[r] {
				n++
			}
		}
		return float64(n) / float64(min(len(ra), len(rb)))
	}
	assert.Greater(t, share(first, repost), copyShare)
	assert.Less(t, share(first, other), copyShare)
}
