package ingest

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReportedAfterCommaKeepsClauses checks that cutting a sentence's
// clauses after a verb of saying leaves the clauses the sentence keeps
// (clauses) as they were, whatever room their array has: the readers of
// documents and memberships ask for them after the meeting readers.
func TestReportedAfterCommaKeepsClauses(t *testing.T) {
	text := "Yuri Ushakov cho biết, Tổng thống Putin và Tổng thống Trump đã có một cuộc điện đàm."
	for _, room := range []int{0, 1, 4} {
		s := &sentence{toks: tokenize(text, "", 0, len(text), nil)}
		var buf scanBuffers
		defaultLexicon().scan(s, &buf)
		own := clauses(s)
		s.cls = append(make([]clause, 0, len(own)+room), own...) // the list with room to spare
		before := slices.Clone(s.cls)
		cut := reportedAfterComma(s, s.cls)
		assert.Greater(t, len(cut), len(before), "room %d: the call is cut from who reports it", room)
		assert.Equal(t, before, s.cls, "room %d: the sentence's own clauses are unchanged", room)
		assert.Equal(t, before, clauses(s), "room %d", room)
	}
}

// TestMeetingsKeepTheirParticipants checks that a meeting read from a
// clause owns its participants: appending to them writes nothing into the
// clause's list, which later readings of the clause append to in turn.
func TestMeetingsKeepTheirParticipants(t *testing.T) {
	r := &clauseReading{}
	parts := append(make([]string, 0, 8), "a", "b") // room to spare, as append leaves it
	m := r.with("bilateral", "meeting", parts)
	m.participants = append(m.participants, "c") // summitAttendance counts one met there
	_ = append(parts, "d")                       // the clause's reading goes on
	assert.Equal(t, []string{"a", "b", "c"}, m.participants)
}
