package cmdutil

import (
	"fmt"
	"strconv"
	"strings"
)

// ByteSize is a flag value for a size in bytes: a number with an optional
// unit, "500000", "512K", "1MB", "10MiB", "1G"; K, M and G are powers of
// 1024 with or without "B" or "iB".
type ByteSize int64

func (s *ByteSize) String() string { return FormatSize(int64(*s)) }

// Type names the flag's value in help text.
func (s *ByteSize) Type() string { return "size" }

// Set takes a size as ParseSize reads it.
func (s *ByteSize) Set(text string) error {
	n, err := ParseSize(text)
	if err != nil {
		return err
	}
	*s = ByteSize(n)
	return nil
}

// ParseSize reads a positive size in bytes, with an optional unit.
func ParseSize(text string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(text))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size: want a positive number of bytes, optionally with K, M or G (powers of 1024), e.g. 1MB", text)
	}
	return n * mult, nil
}

// FormatSize writes n bytes with the largest unit that divides it.
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		mult int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n >= u.mult && n%u.mult == 0 {
			return fmt.Sprintf("%d%s", n/u.mult, u.name)
		}
	}
	return strconv.FormatInt(n, 10)
}
