package graph

import (
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/cypher"
	"kg/model"
)

// The Browser guide shows prepared queries as they are in cypher/: a block
// <pre class="code runnable" data-query="NAME"> holds cypher/NAME.cypher.
func TestQueriesInBrowserGuide(t *testing.T) {
	b, err := os.ReadFile("../browser/guide.html")
	require.NoError(t, err)
	guide := string(b)
	require.True(t, strings.Contains(guide, `<article class="guide">`), "a Browser guide")
	assert.GreaterOrEqual(t, strings.Count(guide, "<slide"), 6, "an introduction and the first five queries")
	assert.GreaterOrEqual(t, strings.Count(guide, `<pre class="code runnable"`), 10)

	blocks := regexp.MustCompile(`(?s)<pre class="code runnable" data-query="([a-z-]+)">(.*?)</pre>`).FindAllStringSubmatch(guide, -1)
	require.NotEmpty(t, blocks)
	for _, m := range blocks {
		file, err := cypher.FS.ReadFile(m[1] + ".cypher")
		require.NoError(t, err, "the guide shows query %s", m[1])
		assert.Equal(t, strings.TrimSpace(string(file)), html.UnescapeString(m[2]),
			"browser/guide.html shows an old copy of cypher/%s.cypher: copy the file in again (HTML-escaped)", m[1])
	}
	// Each prepared query shown is preceded by its :param line.
	plain := html.UnescapeString(guide)
	for _, m := range blocks {
		q, err := Lookup(m[1])
		require.NoError(t, err)
		assert.True(t, strings.Contains(plain, `<pre class="code runnable">`+q.Example+`</pre>`),
			"browser/guide.html: the :param line of %s, %q, in a runnable block", m[1], q.Example)
	}
}

// Browser keeps the numbers of a ":param {...}" map as floats (limit shows
// as 100.0): each whole number of such a block is set again by a
// ":param name => n" block after it, which the server evaluates.
func TestBrowserGuideSetsWholeNumbers(t *testing.T) {
	b, err := os.ReadFile("../browser/guide.html")
	require.NoError(t, err)
	plain := html.UnescapeString(string(b))
	maps := regexp.MustCompile(`<pre class="code runnable">:param (\{[^<]*\})</pre>((?:\s*<pre class="code runnable">:param \w+ => [^<]*</pre>)*)`).FindAllStringSubmatch(plain, -1)
	require.NotEmpty(t, maps)
	whole := 0
	for _, m := range maps {
		for _, kv := range regexp.MustCompile(`(\w+): (\d+)\b`).FindAllStringSubmatch(m[1], -1) {
			whole++
			assert.Contains(t, m[2], ":param "+kv[1]+" => "+kv[2]+"</pre>", "after %s", m[1])
		}
	}
	assert.Positive(t, whole, "the guide sets limits")
}

// The Browser style gives every label a colour and a caption.
func TestQueriesBrowserStyle(t *testing.T) {
	b, err := os.ReadFile("../browser/style.grass")
	require.NoError(t, err)
	grass := string(b)
	for _, l := range append(model.Labels[:len(model.Labels):len(model.Labels)], model.LabelArticle) {
		block := regexp.MustCompile(`(?s)node\.` + l + `\s*\{(.*?)\n\}`).FindStringSubmatch(grass)
		require.NotNil(t, block, "style for %s", l)
		assert.Contains(t, block[1], "color: #", l)
		caption := `caption: "{name}";`
		if l == model.LabelArticle {
			caption = `caption: "{title}";`
		}
		assert.Contains(t, block[1], caption, l)
	}
}
