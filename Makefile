# kg: a knowledge graph of diplomatic news on Neo4j.
#
#   make demo    start Neo4j if none answers, ingest the fixtures, answer a few questions
#   make test    make check, start Neo4j if none answers, then run every test against it,
#                the reliability suite included, then fuzz the reader and extractor
#   make check   go mod tidy -diff, go vet and staticcheck (no server needed)
#   make test-reliability   only the reliability and security suite (it starts its
#                own Neo4j on Bolt port 7688, which it kills and restarts)
#   make fuzz    fuzz the reader and the extractor, $(FUZZTIME) inputs each
#   make bench   measure extraction, ingest and queries on $(ARTICLES) generated
#                articles against the raw limits (EMPTIES the database)
#
# The local server (scripts/neo4j.sh) listens on bolt://localhost:7687 and
# http://localhost:7474, user neo4j, password $NEO4J_PASSWORD (default kgpassword).

GO ?= go
# A count, not a duration: Go 1.26's fuzz coordinator can fail a clean run
# with "context deadline exceeded" when a -fuzztime duration expires while a
# worker is mid-input (golang/go#75804). 40000 inputs took 22 s (FuzzExtract)
# and 53 s (FuzzRead) here on 2026-12-06.
FUZZTIME ?= 40000x
ARTICLES ?= 10000

# staticcheck at a fixed version, fetched by the Go module proxy on first use.
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build neo4j-up neo4j-down demo check test accuracy test-reliability fuzz bench fmt

build:
	$(GO) build -o bin/kg ./cmd/kg

neo4j-up:
	bash scripts/neo4j.sh up

neo4j-down:
	bash scripts/neo4j.sh down

# The local server's ports, for the demo's last words (scripts/neo4j.sh
# reads the same variables from the environment, with the same defaults).
NEO4J_BOLT_PORT ?= 7687
NEO4J_HTTP_PORT ?= 7474

# kg ingest exits 2 when some articles were bad but others landed: the demo goes on.
demo: neo4j-up build
	bin/kg ingest fixtures/articles || [ $$? -eq 2 ]
	@echo
	@echo '$$ kg query overview'
	@bin/kg query overview
	@echo
	@echo "$$ kg query name-search --param q='tap can binh'"
	@bin/kg query name-search --param q='tap can binh'
	@echo
	@echo "$$ kg query meetings-between --param a=Putin --param b='Tập Cận Bình'"
	@bin/kg query meetings-between --param a=Putin --param b='Tập Cận Bình'
	@echo
	@echo "$$ kg query org-members --param org=SCO"
	@bin/kg query org-members --param org=SCO
	@echo
	@echo 'Neo4j keeps running (stop it with: make neo4j-down). To explore the graph:'
	@echo '  Neo4j Browser: open http://localhost:$(NEO4J_HTTP_PORT)/browser/, connect to'
	@echo '    bolt://localhost:$(NEO4J_BOLT_PORT) as user neo4j, password $$NEO4J_PASSWORD (kgpassword'
	@echo '    unless you set it), then run for the guide:'
	@echo '    :play http://localhost:$(NEO4J_HTTP_PORT)/browser/guides/kg.html'
	@echo '  Notebook: notebooks/explore.ipynb (the cypher/ files over Bolt, pandas, plots)'
	@echo '  More questions: bin/kg query --list'
	@echo '  Python: pip install neo4j pandas, then'
	@echo '    from neo4j import GraphDatabase'
	@echo '    driver = GraphDatabase.driver("bolt://localhost:$(NEO4J_BOLT_PORT)",'
	@echo '                                  auth=("neo4j", "kgpassword"))'
	@echo '    records, _, _ = driver.execute_query(open("cypher/overview.cypher").read())'

check:
	$(GO) mod tidy -diff
	$(GO) vet ./...
	$(STATICCHECK) ./...

test: check neo4j-up
	$(GO) test ./... -count=1 -p 1
	$(MAKE) accuracy
	bash scripts/notebook-test.sh
	$(MAKE) fuzz

# The extractor's accuracy against hand-written gold (docs/ANNOTATION.md),
# F1 per fact type: the seed articles, and the real articles of
# fixtures/real (dev is tuned on, test only scored). The floors only go
# up: raise them when the extractor gets better, never lower them. They
# are set again only when new articles join a part (2026-12-06: 60 at
# 5363df8, 24 at 1fca32e; dev 168, test 96 articles; 28 at fb5b241 and
# the next commit: dev 183, test 109 articles; 30 at the commit that
# added 812-841: dev 203, test 119 articles; 30 at the commit that added
# 842-871: dev 218, test 134 articles; 30 at the commit that added
# 872-901: dev 237, test 145 articles; 19 at the commit that added
# 902-921: dev 252, test 149 articles; 20 at the commit that added
# 922-941: dev 263, test 158 articles; 70 at the commit that added
# 942-1011: dev 314, test 177 articles; 42 at the commit that added
# 1012-1053: dev 346, test 187 articles; 41 at the commit that added
# 1054-1094: dev 370, test 204 articles; 95 by 3ccb74c (1095-1190: dev
# 426, test 243); 18 at the commit that added 1209-1226: dev 436, test
# 251 articles; 18 at the commit that added 1191-1208: dev 441, test 264
# articles; 18 at the commit that added 1245-1262: dev 455, test 268
# articles; 18 at the commit that added 1227-1244: dev 465, test 276
# articles; 18 at the commit that added 1281-1298: dev 476, test 283
# articles; 18 at the commit that added 1263-1280: dev 485, test 292
# articles; 55 at the commit that added 1340-1396: dev 526, test 306
# articles; 49 at the commit that added 1400-1452: dev 557, test 324
# articles; 36 at the commit that added 1460-1477 and 1500-1517: dev 575,
# test 342 articles; 18 at the commit that added 1480-1497: dev 586, test
# 349 articles; 37 at the commit that added 1520-1576: dev 612, test 360
# articles; 38 at the commit that added 1580-1636: dev 634, test 376
# articles; 27 at the commit that added 1640-1693: dev 650, test 387
# articles; 31 at the commit that added 1700-1751: dev 668, test 400
# articles; 24 at the commit that added 1760-1796: dev 682, test 410
# articles; 43 at the commit that added 1800-1871: dev 710, test 425
# articles; 47 at the commit that added 1900-1999: dev 733, test 449
# articles; 36 at the commit that added 2000-2056: dev 752, test 466
# articles; 37 at the commit that added 2100-2157: dev 772, test 483
# articles; 44 at the commit that added 2300-2354: dev 797, test 502
# articles, the test part's partnerships falling from 0.812 to 0.805 with
# them; 45 at the commit that added 2360-2414: dev 828, test 516
# articles, dev overall falling from 0.864 to 0.860, agreements from 0.650
# to 0.636 and leaders from 0.983 to 0.980 with them), from the figures
# measured then. (The dev floor of strict meetings went from 0.64 to 0.63
# at the same time: f47a19c found the participants of one more meeting
# of 2365 whose date the gold gives, which left strict at 0.6398.) 41 more
# at the commit that added 2420-2471: dev 854, test 531 articles, dev
# partnerships falling from 0.913 to 0.903 with them; 36 at the commit
# that added 2480-2531 (visits told as they happen): dev 875, test 546
# articles, test strict meetings falling from 0.502 to 0.492 with them;
# 39 at the commit that added 2540-2592 (Vietnam's receptions and calls,
# world calls and visits, agreements and partnership levels): dev 900,
# test 560 articles, dev strict meetings falling from 0.632 to 0.629 with
# them (its floor from 0.63 to 0.62); 40 at the commit that added
# 2600-2652 (summits and their sidelines, provincial and ministerial
# diplomacy, memberships): dev 923, test 577 articles, dev memberships
# falling from 0.905 to 0.887 and test strict meetings from 0.492 to 0.489
# with them; 39 at the commit that added 2660-2713 (official visits,
# world peace talks, parliamentary, party and defence diplomacy): dev 946,
# test 593 articles, dev strict meetings falling from 0.627 to 0.624 with
# them. Raised at that commit, by what the day's rules gained: dev
# memberships 0.89, agreements 0.64; test overall 0.78, strict meetings
# 0.49, agreements 0.55, partnerships 0.82. 39 more at the commit that
# added 2720-2772 (ASEAN and regional ministers' meetings, East and South
# Asian diplomacy, economic diplomacy): dev 968, test 610 articles, dev
# memberships falling from 0.894 to 0.884 and test agreements from 0.559
# to 0.548 with them. 38 more at the commit that added 2780-2832 (calls and
# messages, foreign ministers' talks, world powers' visits): dev 992, test
# 624 articles, dev strict meetings falling from 0.623 to 0.620 with them
# (its floor set to 0.61, to leave the margin the others have). 39 more
# at the commit that added 2840-2892 (summits and their sidelines,
# documents of visits, receptions and visits): dev 1018, test 637
# articles, dev strict meetings falling from 0.627 to 0.619 with them. 36
# more at the commit that added 2900-2953 (calls, memberships and
# elections, partnership levels): dev 1042, test 649 articles, dev
# memberships falling from 0.891 to 0.880 with them (0.887 with the list
# rule b9b6505 wrote from one of them). 37 more at the commit that added
# 2960-3012 (foreign countries', ministers' and party and parliamentary
# diplomacy): dev 1063, test 665 articles, dev strict meetings 0.628 to
# 0.627 with them, test strict meetings 0.503 to 0.507. 38 more at the
# commit that added 3020-3073 (Northeast Asia, Vietnamese leaders' trips,
# Southeast Asia and the Mekong): dev 1088, test 678 articles, dev
# memberships 0.888 to 0.884 with them. Raised at that set, by what the
# day's rules gained on it (c56c394 -> 7ecdf23): dev strict meetings 0.62
# (0.610 -> 0.626), test strict meetings 0.50 (0.502 -> 0.506), test
# agreements 0.55 (0.567 -> 0.570, above 0.55 before the day's groups).
# Five more groups of about 40 (3080-3373) joined the next part of that
# day: dev 1212, test 751 articles; dev agreements fell to 0.639 with the
# group of 3260-3313 (peace and trade deals, summits), 0.643 with a rule
# written from it. Raised at that set, by what the part's rules gained on
# it (c84c561 -> 27ecc8b): dev memberships 0.89 (0.877 -> 0.902), dev
# partnerships 0.91 (0.911 -> 0.915), test strict meetings 0.51 (0.509 ->
# 0.514), test partnerships 0.84 (0.847, unchanged, above 0.84 before).
# 45 more (3380-3465) joined the day's last part: dev 1238, test 770
# articles, every floor still met. Raised at that set, by what the part's
# rules gained on it (8dfbe82 -> 3dbea64): dev overall 0.87 (0.860 ->
# 0.878), strict meetings 0.65 (0.620 -> 0.656), memberships 0.93 (0.901
# -> 0.933), agreements 0.71 (0.645 -> 0.720), partnerships 0.92 (0.916 ->
# 0.930); test overall 0.79 (0.787 -> 0.791), strict meetings 0.52 (0.515
# -> 0.525), agreements 0.57 (0.563 -> 0.573).
# 43 more (3480-3534) joined on 2026-12-07 after that: dev 1267, test 784
# articles. Raised at that set, by what the rules of four more branches
# gained on it (d0377a9 -> the merge of acc-mem3): dev overall 0.88 (0.877
# -> 0.883), strict meetings 0.66 (0.654 -> 0.664), agreements 0.73 (0.711
# -> 0.732); test strict meetings 0.53 (0.533 -> 0.538). Test memberships
# stay 0.71: 0.7197 prints as 0.720 but is under 0.72. Raised again by four
# more branches (-> the merge of acc-mem4): dev agreements 0.74 (-> 0.742),
# test memberships 0.72 (-> 0.722), test agreements 0.58 (-> 0.585).
# Raised later that day, on the same set, by what eleven more branches
# gained on it (60e0580 -> 2026-12-07 evening; most of them written from
# real pages outside the set): dev overall 0.89 (0.886 -> 0.893), strict
# meetings 0.67 (0.670 -> 0.678), leaders 0.99 (0.991 -> 0.993),
# memberships 0.94 (0.939 -> 0.947), agreements 0.75 (0.741 -> 0.755),
# partnerships 0.97 (0.928 -> 0.979); test overall 0.80 (0.797 -> 0.807),
# strict meetings 0.54 (0.539 -> 0.547), leaders 0.97 (0.971 -> 0.977),
# memberships 0.73 (0.722 -> 0.732), agreements 0.61 (0.585 -> 0.610: thin),
# partnerships 0.87 (0.849 -> 0.876); seeds overall 0.96 (0.956 -> 0.962),
# strict meetings 0.86 (0.840 -> 0.863).
# 30 more (3540-3575) joined after six more branches were merged
# (eb65cdf -> 46ed70f): dev 1284, test 797 articles; dev memberships 0.952
# -> 0.950, partnerships 0.985 -> 0.974, test partnerships 0.887 -> 0.894
# with them. Raised at that set, by what those branches gained on it: dev
# strict meetings 0.69 (0.678 -> 0.698), test partnerships 0.89 (0.876 ->
# 0.894). Dev memberships stay 0.94 (0.9496); test strict meetings stay
# 0.54: it went from 0.547 to 0.543 while dev gained 0.02.
# On 2026-12-08 (8e39fb2) the 394 test articles whose URL hash lies between
# 0.2 and 0.4 moved to dev (scripts/split-real.py), so that unseen text can
# be read and tuned on while 403 stay unseen: dev 1678, test 403 articles.
# Set again from that split at 8e39fb2, each floor the figure cut to two
# places: dev overall 0.8769, strict 0.6578, leaders 0.9888, memberships
# 0.9046, agreements 0.7298, partnerships 0.954; test overall 0.8104, strict
# 0.5621, leaders 0.9797, memberships 0.7179, agreements 0.5814,
# partnerships 0.8938.
# Later that day fourteen branches of rules were merged (the 394 moved
# articles read first, then pages outside the set) and 72 new articles
# joined (3580-3663; 54 dev, 18 test): dev 1732, test 421. Set again from
# that set at the day's last commit of rules, each figure cut to two
# places: dev overall 0.886, strict 0.668, leaders 0.992, memberships
# 0.927, agreements 0.749, partnerships 0.965; test overall 0.814, strict
# 0.573, leaders 0.981, memberships 0.716, agreements 0.599, partnerships
# 0.911.
accuracy: build
	bin/kg eval --gold fixtures/expected --min overall=0.96 --min strict=0.86 fixtures/articles
	bin/kg eval --min overall=0.88 --min strict=0.66 --min leaders=0.99 --min memberships=0.92 --min agreements=0.74 --min partnerships=0.96 fixtures/real/dev
	bin/kg eval --min overall=0.81 --min strict=0.57 --min leaders=0.98 --min memberships=0.71 --min agreements=0.59 --min partnerships=0.91 fixtures/real/test

# The reliability suite (reliability/) builds kg and runs it against a Neo4j of
# its own (.neo4j/reliability, Bolt 7688, HTTP 7475), which it kills mid-ingest.
test-reliability:
	$(GO) test ./reliability -count=1 -v

# A crash found here is saved under ingest/testdata/fuzz/ and from then on
# runs with every `go test ./ingest`: commit it with the fix.
fuzz:
	$(GO) test ./ingest -run='^$$' -fuzz='^FuzzExtract$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=200x
	$(GO) test ./ingest -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=200x

# kg bench empties the database it runs against (NEO4J_URI, by default the
# local server) and leaves the generated corpus ingested in it; do not run it
# while `make test` runs. The full run: make bench ARTICLES=100000
bench: neo4j-up build
	bin/kg bench --articles $(ARTICLES)

fmt:
	gofmt -w bench clitest cmd corpus cypher eval graph ingest model pipeline reliability
