package ingest

import "testing"

// TestAgreementKey holds the keys of documents with no name of their own:
// one per kind, sides and month; an organisation's statement is keyed by
// the organisation when it has no country sides.
func TestAgreementKey(t *testing.T) {
	tests := []struct {
		ag   agreement
		want string
	}{
		{agreement{kind: "joint_statement", parties: []string{"LA", "VN"}, date: Date{Year: 2025, Month: 3, Day: 2}}, "joint_statement-la-vn-2025-03"},
		{agreement{kind: "declaration", org: "BRICS", date: Date{Year: 2023, Month: 8}}, "declaration-brics-2023-08"},
		{agreement{kind: "joint_statement"}, "joint_statement-undated"},
	}
	for _, tt := range tests {
		if got := agreementKey(tt.ag); got != tt.want {
			t.Errorf("agreementKey(%+v) = %q, want %q", tt.ag, got, tt.want)
		}
	}
}
