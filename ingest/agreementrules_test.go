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
			assert.Contains(t, fired(&traceAgreementRule, rule.name, rule.example), rule.name, "%q", rule.example)
		})
	}
}

// fired extracts example (published on 2025-06-01) with trace set to
// note the names of the rules that apply, and returns them.
func fired(trace *func(string), source, example string) []string {
	var names []string
	*trace = func(name string) { names = append(names, name) }
	defer func() { *trace = nil }()
	Extract(Document{Source: source, Raw: []byte(example), Published: "2025-06-01"})
	return names
}
