package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAgreementRuleExamples checks that each agreement rule applies to
// the sentence it exists for.
func TestAgreementRuleExamples(t *testing.T) {
	var rules []agreementRule
	rules = append(rules, agreementVetoes...)
	rules = append(rules, agreementStatusRules...)
	rules = append(rules, agreementPartySteps...)
	for _, rule := range rules {
		t.Run(rule.name, func(t *testing.T) {
			var fired []string
			traceAgreementRule = func(name string) { fired = append(fired, name) }
			defer func() { traceAgreementRule = nil }()
			Extract(Document{Source: rule.name, Raw: []byte(rule.example), Published: "2025-06-01"})
			assert.Contains(t, fired, rule.name, "%q", rule.example)
		})
	}
}
