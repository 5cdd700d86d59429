// The schema of the kg graph: one uniqueness constraint per node key and
// full-text indexes over names for lenient name search. Every statement is
// idempotent; `kg schema` (and `kg ingest`) run them all, separated by ';'.
// They also drop the relationship type lookup index Neo4j creates in a new
// database (graph/schema.go says why); its name differs from database to
// database, so that step is not a statement of this file.

CREATE CONSTRAINT leader_key IF NOT EXISTS FOR (n:Leader) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT summit_key IF NOT EXISTS FOR (n:Summit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agreement_key IF NOT EXISTS FOR (n:Agreement) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT city_key IF NOT EXISTS FOR (n:City) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Names, Vietnamese names and aliases (joined by spaces into aliases_text,
// since full-text indexes take string properties only). 'standard-folding'
// folds diacritics, so "tap can binh" finds "Tập Cận Bình".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Leader|Country|Organization|City|Summit|Agreement)
ON EACH [n.name, n.name_vi, n.aliases_text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// The same for leaders, countries, organisations and cities alone: a few
// thousand nodes, where the names of summits and agreements, hundreds of
// thousands, repeat theirs. A name the prepared queries look up among
// these labels asks this index, and scores a few hits rather than every
// summit of "Nguyễn Phú Trọng" (3 to 4 ms a name on 100,000 articles).
CREATE FULLTEXT INDEX core_names IF NOT EXISTS
FOR (n:Leader|Country|Organization|City)
ON EACH [n.name, n.name_vi, n.aliases_text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
