package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMemberVetoExamples checks that each veto of a member word applies
// to the sentence it exists for.
func TestMemberVetoExamples(t *testing.T) {
	var rules []memberRule
	rules = append(rules, memberWordVetoes...)
	rules = append(rules, memberStatusVetoes...)
	rules = append(rules, membershipVetoes...)
	for _, rule := range rules {
		t.Run(rule.name, func(t *testing.T) {
			assert.Contains(t, fired(&traceMemberVeto, rule.name, rule.example), rule.name, "%q", rule.example)
		})
	}
}
