package bench

import (
	"fmt"
	"os"
)

// CorpusDir makes a new folder for a run's corpus and scratch files, in
// keep when it is set, else in the system's temporary folder; remove
// deletes it unless it was made in keep, where it stays to be read.
func CorpusDir(keep string) (dir string, remove func(), err error) {
	if keep != "" {
		if err := os.MkdirAll(keep, 0o755); err != nil {
			return "", nil, fmt.Errorf("make the folder %s for the corpus: %w", keep, err)
		}
	}
	dir, err = os.MkdirTemp(keep, "kg-bench-")
	if err != nil {
		return "", nil, fmt.Errorf("make the corpus folder: %w", err)
	}
	if keep != "" {
		return dir, func() {}, nil
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}
