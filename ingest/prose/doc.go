// Package prose turns an article's raw bytes into the text the extractor
// reads, and knows nothing of what the text is about: Normalize cleans the
// bytes (white space, invisible characters, NFC, hard-wrapped lines, words
// glued by a crawl) keeping a map back to the raw offsets; Paragraphs
// splits the text and says which paragraphs are page furniture or
// captions; Sentences splits a paragraph. Lower, LowerKeepOffsets and Fold
// are the lower-casing and diacritic folding the lexicon matches on, with
// Vietnamese tone marks in one style.
package prose
