package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMeetingRuleExamples reads the example of every meeting rule and
// checks that the rule reads a meeting in it: a rule and the sentence it
// exists for stay together.
func TestMeetingRuleExamples(t *testing.T) {
	for _, rule := range append(append([]meetingRule(nil), eventRules...), extraRules...) {
		t.Run(rule.name, func(t *testing.T) {
			var read []meeting
			traceMeetings = func(stage string, ms []meeting) {
				if stage == "read" {
					read = append(read, ms...)
				}
			}
			defer func() { traceMeetings = nil }()
			Extract(Document{Source: rule.name, Raw: []byte(rule.example), Published: "2025-06-01"})
			var fired []string
			for _, m := range read {
				fired = append(fired, m.rule)
			}
			assert.Contains(t, fired, rule.name, "%q", rule.example)
		})
	}
}
