package prose

import "math/bits"

// WordTable is a read-only map from words to values, for the lookups made
// at every token of an article (the lexicon's first words, the words a
// date can start with). It hashes the few bytes of a word with FNV-1a and
// probes an array, comparing hashes before words; Go's maps, built for the
// general case, cost twice as much per lookup here.
type WordTable[V any] struct {
	slots []wordSlot[V] // a power of two, at most half full
	// A small table (the words a date starts with) turns most words
	// away on the bit of their first and last bytes and length, unset
	// for all its words, before hashing; a large one (the lexicon's)
	// sets too many bits for that, and goes without.
	filter    [4]uint64
	useFilter bool
}

// filterBit is the bit of w in WordTable.filter.
func filterBit(w string) (word int, bit uint64) {
	b := (uint(w[0])*31 + uint(w[len(w)-1])*7 + uint(len(w))) & 255
	return int(b >> 6), 1 << (b & 63)
}

type wordSlot[V any] struct {
	hash uint32
	word string // "" in an empty slot
	val  V
}

// NewWordTable copies m, which has no empty word.
func NewWordTable[V any](m map[string]V) *WordTable[V] {
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t := &WordTable[V]{slots: make([]wordSlot[V], n)}
	for w, v := range m {
		h := wordHash(w)
		i := int(h) & (n - 1)
		for t.slots[i].word != "" {
			i = (i + 1) & (n - 1)
		}
		t.slots[i] = wordSlot[V]{hash: h, word: w, val: v}
		k, bit := filterBit(w)
		t.filter[k] |= bit
	}
	set := 0
	for _, f := range t.filter {
		set += bits.OnesCount64(f)
	}
	t.useFilter = set <= 64
	return t
}

// Get returns the value of w, and whether there is one.
func (t *WordTable[V]) Get(w string) (V, bool) {
	if t.useFilter {
		if w == "" {
			var zero V
			return zero, false
		}
		if k, bit := filterBit(w); t.filter[k]&bit == 0 {
			var zero V
			return zero, false
		}
	}
	h := wordHash(w)
	for i := int(h) & (len(t.slots) - 1); ; i = (i + 1) & (len(t.slots) - 1) {
		s := &t.slots[i]
		if s.hash == h && s.word == w {
			return s.val, true
		}
		if s.word == "" {
			var zero V
			return zero, false
		}
	}
}

// wordHash is FNV-1a.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
