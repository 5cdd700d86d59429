package ingest

import (
	"os"
	"testing"
)

func TestZZTrace(t *testing.T) {
	b, _ := os.ReadFile("/tmp/probe-agr3/t3.txt")
	t.Log(fired(&traceAgreementRule, "x", string(b)))
}
