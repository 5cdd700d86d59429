#!/usr/bin/env bash
# Count the instructions one run of BenchmarkExtract executes (all the
# fixture articles extracted once), at the working tree and at other
# revisions, and print each against the first.
#
#   scripts/bench-instructions.sh 250ac25          # the working tree against 250ac25
#   scripts/bench-instructions.sh HEAD~3 HEAD      # two revisions (the working tree is not run)
#
# Why: on a shared machine the MB/s of `go test -bench` vary by a third from
# run to run, more than most changes to the extractor move them. The count
# of instructions does not vary (a few in ten thousand), so it tells a small
# gain or loss apart; it ignores cache misses and memory, so the
# benchmark's time stays the figure of record. Valgrind's callgrind counts
# them, with the garbage collector off (GOGC=off) so that when it runs does
# not enter the count; the cost of allocating does. The count of a run of
# 11 extractions minus that of 1 removes the setup (the gazetteer, the
# lexicon). Each revision takes a few minutes under callgrind.
#
# Needs valgrind (apt-get install valgrind). Every revision is built from a
# temporary git worktree, removed afterwards; all are run on the fixtures of
# the working tree, so that they read the same text.
set -euo pipefail

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" || $# -eq 0 ]]; then
	sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
	exit 0
fi
command -v valgrind >/dev/null || { echo "bench-instructions: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }

root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'for w in "$tmp"/wt-*; do [ -d "$w" ] && git -C "$root" worktree remove --force "$w" >/dev/null 2>&1; done; rm -rf "$tmp"' EXIT

revs=("$@")
if [[ $# -eq 1 ]]; then
	revs=("$1" "working tree")
fi

# count BIN N: the instructions of N extractions of the fixtures, plus setup.
count() {
	local n out
	for try in 1 2 3; do
		# GODEBUG=asyncpreemptoff=1: the scheduler's preemption signals can
		# trip callgrind's signal bookkeeping on a busy machine (an assertion
		# in threads.c, seen 2026-12-07 with valgrind 3.19), and they are no
		# part of the extractor's work.
		out=$(cd "$root/ingest" && GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
			"$1" -test.run XXX -test.bench 'BenchmarkExtract$' -test.cpu 1 -test.benchtime "$2x" 2>&1) || true
		n=$(awk '/Collected/ {print $4}' <<<"$out")
		if [[ -n "$n" ]]; then
			echo "$n"
			return
		fi
	done
	echo "bench-instructions: callgrind gave no count for $1 ($2 runs):" >&2
	tail -5 <<<"$out" >&2
	exit 1
}

first=""
for rev in "${revs[@]}"; do
	bin="$tmp/ingest-$(echo "$rev" | tr -c 'a-zA-Z0-9' '_').test"
	if [[ "$rev" == "working tree" ]]; then
		(cd "$root" && go test -c -o "$bin" ./ingest)
	else
		wt="$tmp/wt-$(echo "$rev" | tr -c 'a-zA-Z0-9' '_')"
		git -C "$root" worktree add --detach "$wt" "$rev" >/dev/null 2>&1 || { echo "bench-instructions: no revision $rev" >&2; exit 1; }
		(cd "$wt" && go test -c -o "$bin" ./ingest)
	fi
	one=$(count "$bin" 1)
	eleven=$(count "$bin" 11)
	per=$(( (eleven - one) / 10 ))
	if [[ -z "$first" ]]; then
		first=$per
		printf '%-14s %12d instructions per run\n' "$rev" "$per"
	else
		printf '%-14s %12d instructions per run  %s of %s\n' "$rev" "$per" "$(awk -v a="$per" -v b="$first" 'BEGIN{printf "%.3f", a/b}')" "${revs[0]}"
	fi
done
