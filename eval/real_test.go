package eval

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestRealGoldIsSound holds fixtures/real to docs/ANNOTATION.md: every
// article has its gold, signed by a reviewer; every evidence is the
// article's own text; every country and organisation is one the
// gazetteer knows; no page is in the set twice (in dev and test, it would
// be scored on what it was tuned on).
func TestRealGoldIsSound(t *testing.T) {
	countries := firstColumn(t, "../ingest/data/countries.tsv")
	countries = append(countries, "EU") // the European Union, as a party or partner
	orgs := firstColumn(t, "../ingest/data/organizations.tsv")
	n := 0
	seen := map[string]string{} // URL -> the article that holds it
	for _, part := range []string{"dev", "test"} {
		dir := filepath.Join("..", "fixtures", "real", part)
		set, err := LoadGold(dir)
		require.NoError(t, err)
		texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		require.NoError(t, err)
		assert.Len(t, set, len(texts), "%s: one gold per article", part)
		for _, path := range texts {
			name := ArticleName(path)
			g := set[name]
			if !assert.NotNil(t, g, "%s has no gold", path) {
				continue
			}
			n++
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			text := squash(string(raw))
			assert.NotEmpty(t, g.URL, name)
			url := strings.TrimRight(g.URL, "/")
			if other, ok := seen[url]; ok {
				t.Errorf("%s and %s are one page (%s): an article counts once", other, name, g.URL)
			}
			seen[url] = name
			assert.NotEmpty(t, g.Outlet, name)
			assert.NotNil(t, g.Reviewer, "%s: gold counts once a second person has checked it", name)
			for _, ev := range g.evidence() {
				assert.Contains(t, text, squash(ev), "%s: evidence must be the article's own text", name)
			}
			for _, c := range g.countries() {
				assert.Contains(t, countries, c, "%s: country code", name)
			}
			for _, o := range g.orgs() {
				assert.Contains(t, orgs, o, "%s: organisation", name)
			}
		}
	}
	assert.GreaterOrEqual(t, n, 100, "the real-article set holds at least 100 articles")
}

var spaces = regexp.MustCompile(`\s+`)

func squash(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(norm.NFC.String(s), " "))
}

func firstColumn(t *testing.T, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.SplitN(line, "\t", 2)[0])
	}
	require.NoError(t, sc.Err())
	return out
}

func (g *Gold) evidence() []string {
	var out []string
	for _, m := range g.Meetings {
		out = append(out, m.Evidence)
	}
	for _, m := range g.Memberships {
		out = append(out, m.Evidence)
	}
	for _, a := range g.Agreements {
		out = append(out, a.Evidence)
	}
	for _, p := range g.Partnerships {
		out = append(out, p.Evidence)
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

func (g *Gold) countries() []string {
	var out []string
	for _, l := range g.Leaders {
		if l.Country != nil {
			out = append(out, *l.Country)
		}
	}
	for _, m := range g.Meetings {
		if m.Country != nil {
			out = append(out, *m.Country)
		}
	}
	for _, m := range g.Memberships {
		out = append(out, m.Country)
	}
	for _, a := range g.Agreements {
		out = append(out, a.Parties...)
	}
	for _, p := range g.Partnerships {
		out = append(out, p.Countries...)
	}
	return out
}

func (g *Gold) orgs() []string {
	var out []string
	for _, m := range g.Meetings {
		if m.Org != nil {
			out = append(out, *m.Org)
		}
	}
	for _, m := range g.Memberships {
		out = append(out, m.Org)
	}
	for _, a := range g.Agreements {
		if a.Org != nil {
			out = append(out, *a.Org)
		}
	}
	return out
}
