-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Similar objects (docs/search.md, "Similar projects"): a pruned term vector per indexed document,
-- the document frequencies its weights are computed with, and indexes for the candidates that
-- share support modes or answer the same défi.

-- The document's key terms: its top lexemes by tf-idf over its own words (title, summary, body
-- without the taxonomy labels), weights normalised to a unit vector, so the sum of the products of
-- two documents' shared terms is the cosine of their pruned vectors. Written by the indexer with
-- the document (deleted and inserted again at every change); one row per document and lexeme, so
-- two transactions indexing different documents never wait on each other. kind is copied from
-- the document: candidates of one kind are read from the lexeme index alone.
CREATE TABLE search_term (
    document_id bigint      NOT NULL REFERENCES search_document (id) ON DELETE CASCADE,
    lexeme      text        NOT NULL,
    kind        varchar(32) NOT NULL,
    weight      real        NOT NULL,
    -- The word as the document writes it most often (« épiceries » for epicer), for explanations.
    surface     text        NOT NULL,
    PRIMARY KEY (document_id, lexeme)
);
CREATE INDEX search_term_lexeme_idx ON search_term (lexeme, kind, weight DESC) INCLUDE (document_id);

-- Document frequencies of lexemes over the whole index, and the number of documents they were
-- counted over: recomputed in one statement by SearchIndexer (full reindex, periodic refresh when
-- the index grew or shrank), only read while indexing, so there are no counters to contend on.
CREATE TABLE search_lexeme (
    lexeme    text   PRIMARY KEY,
    documents bigint NOT NULL
);
CREATE TABLE search_statistics (
    id           smallint    PRIMARY KEY CHECK (id = 1),
    documents    bigint      NOT NULL,
    refreshed_at timestamptz NOT NULL
);

-- Key terms of a weighted tsvector: the k lexemes of highest tf-idf (tf: positions weighted A 4,
-- B 2, C and D 1, then 1 + ln; idf: 1 + ln((N + 1) / (df + 1)), 1 while no frequencies were
-- counted), normalised to unit length. One definition for the indexer, the similar query of an
-- object that is not indexed, and the benchmark.
CREATE FUNCTION essaim_key_terms(doc tsvector, k integer)
RETURNS TABLE (lexeme text, weight float8)
LANGUAGE sql STABLE
AS $$
    WITH n AS (
        SELECT coalesce((SELECT s.documents FROM search_statistics s WHERE s.id = 1), 0) AS total
    ), tf AS (
        SELECT u.lexeme,
               sum(CASE w WHEN 'A' THEN 4 WHEN 'B' THEN 2 ELSE 1 END) AS tf
          FROM unnest(doc) u, unnest(u.weights) w
         GROUP BY u.lexeme
    ), scored AS (
        SELECT tf.lexeme,
               (1 + ln(tf.tf)) * (1 + ln((n.total + 1.0) / (coalesce(x.documents, 0) + 1))) AS s
          FROM tf CROSS JOIN n LEFT JOIN search_lexeme x ON x.lexeme = tf.lexeme
         -- Lexemes of one character or digits only say little about a project.
         WHERE length(tf.lexeme) > 1 AND tf.lexeme !~ '^[0-9]+$'
         ORDER BY s DESC, tf.lexeme
         LIMIT k
    )
    SELECT scored.lexeme, scored.s / sqrt(sum(scored.s * scored.s) OVER ()) FROM scored
$$;

CREATE INDEX search_document_support_modes_idx
    ON search_document USING gin (string_to_array(support_modes, ' '));
CREATE INDEX search_document_answers_challenge_idx ON search_document (answers_challenge)
    WHERE answers_challenge IS NOT NULL;
