package ingest

import "testing"

// TestToneStylesMatchOnePhrase: a phrase of the lexicon in one style is
// found in text written in the other.
func TestToneStylesMatchOnePhrase(t *testing.T) {
	for _, text := range []string{"Cộng hoà", "Cộng hòa"} {
		toks := tokenize(text, "", 0, len(text), nil)
		ms := defaultLexicon().lookUp(toks, nil)
		found := false
		for _, m := range ms {
			if _, ok := m.cue("institution"); ok && m.end == 2 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: the institution cue not found", text)
		}
	}
}
