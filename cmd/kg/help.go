package main

import (
	"embed"
	"strings"
)

// helpFiles are the long help of the commands, help/NAME.txt: text, not Go,
// so that it reads and changes as the documentation it is.
//
//go:embed help/*.txt
var helpFiles embed.FS

// help is the long help of the command NAME ("kg" for the root).
func help(name string) string {
	b, err := helpFiles.ReadFile("help/" + name + ".txt")
	if err != nil {
		panic("kg: no help/" + name + ".txt: " + err.Error()) // caught by TestEveryCommandHasItsHelp
	}
	return strings.TrimRight(string(b), "\n")
}
