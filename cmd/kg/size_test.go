package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseSize(t *testing.T) {
	for text, want := range map[string]int64{
		"500000": 500000, "512K": 512 << 10, "512kb": 512 << 10, "1MB": 1 << 20, "10MiB": 10 << 20, "1G": 1 << 30, " 2 MB ": 2 << 20, "7B": 7,
	} {
		got, err := parseSize(text)
		assert.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	for _, text := range []string{"", "lots", "-1", "0", "1.5MB", "MB", "9999999999G"} {
		_, err := parseSize(text)
		assert.Error(t, err, text)
	}
	assert.Equal(t, "10MB", formatSize(10<<20))
	assert.Equal(t, "1000", formatSize(1000))
}

func TestRedactorHidesSecrets(t *testing.T) {
	var b bytes.Buffer
	r := &redactor{w: &b}
	r.hide("abc") // too short to hide
	r.hide("s3cret-pw")
	_, err := r.Write([]byte("auth with s3cret-pw failed; abc\n"))
	assert.NoError(t, err)
	assert.Equal(t, "auth with *** failed; abc\n", b.String())
}
