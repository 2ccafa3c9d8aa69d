-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Network search (docs/search.md): one row per searchable object, this node's own (LOCAL) and the
-- copies of followed peers' objects (REMOTE), written only by the search indexer from the objects'
-- ActivityStreams form, so local and remote objects are indexed the same way.

-- French full-text search that ignores accents: unaccent first, then the French stemmer. The
-- unaccent dictionary is named with its extension's schema, as essaim_unaccent() is (V3).
DO $$
DECLARE
    extension_schema text;
BEGIN
    SELECT quote_ident(n.nspname) INTO STRICT extension_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent';
    EXECUTE 'CREATE TEXT SEARCH CONFIGURATION essaim_french (COPY = pg_catalog.french)';
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION essaim_french'
        ' ALTER MAPPING FOR hword, hword_part, word WITH %s.unaccent, french_stem',
        extension_schema);
END
$$;

CREATE TABLE search_document (
    id                bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    object_uri        text         NOT NULL,
    kind              varchar(32)  NOT NULL,
    origin            varchar(8)   NOT NULL,
    local_id          bigint,
    territory_actor   text         NOT NULL,
    territory_name    text         NOT NULL,
    region            text,
    title             text         NOT NULL,
    summary           text,
    body              text,
    url               text,
    -- Taxonomy keys separated by spaces; themes include their ancestors (a filter on a top-level
    -- theme finds its sub-themes), facets count the top-level ones.
    themes            text         NOT NULL DEFAULT '',
    support_modes     text         NOT NULL DEFAULT '',
    stage             varchar(64),
    legal_form        varchar(64),
    transferable      boolean      NOT NULL DEFAULT false,
    source_project    text,
    answers_challenge text,
    -- Shown to anonymous callers: the node's own public and node-public objects, peers' PUBLIC
    -- objects whose origin did not opt out of indexing.
    public_searchable boolean      NOT NULL,
    published         timestamptz,
    updated           timestamptz  NOT NULL,
    indexed_at        timestamptz  NOT NULL,
    tsv               tsvector     GENERATED ALWAYS AS (
        setweight(to_tsvector('essaim_french', title), 'A')
        || setweight(to_tsvector('essaim_french', coalesce(summary, '')), 'B')
        || setweight(to_tsvector('essaim_french', coalesce(body, '')), 'C')) STORED,
    CONSTRAINT search_document_object_uri_unique UNIQUE (object_uri),
    CONSTRAINT search_document_kind_check CHECK (
        kind IN ('PROJECT', 'METHOD_SHEET', 'SOLUTION', 'CHALLENGE', 'EVENT')),
    CONSTRAINT search_document_origin_check CHECK (origin IN ('LOCAL', 'REMOTE')),
    CONSTRAINT search_document_local_has_id CHECK ((origin = 'LOCAL') = (local_id IS NOT NULL))
);

CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv);
CREATE INDEX search_document_themes_idx
    ON search_document USING gin (string_to_array(themes, ' '));
CREATE INDEX search_document_kind_updated_idx ON search_document (kind, updated DESC);
CREATE INDEX search_document_source_project_idx ON search_document (source_project)
    WHERE source_project IS NOT NULL;

-- Every lexeme the index has held: typo tolerance looks up the nearest known lexeme by trigram
-- similarity for a query word the index does not know. Insert-only (a lexeme whose documents are
-- gone stays: a correction to it finds nothing more than the word typed), so indexing never waits
-- on another transaction's counters.
CREATE TABLE search_word (
    word text PRIMARY KEY
);
CREATE INDEX search_word_trigram_idx ON search_word USING gin (word gin_trgm_ops);
