-- Method sheets (« fiches pratiques ») and their immutable versions.

CREATE TABLE method_sheet (
    id                 bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title              varchar(200)  NOT NULL,
    summary            varchar(1000),
    -- The head: the text of version current_version, with the HTML rendered when it was written.
    body_markdown      text          NOT NULL,
    body_html          text          NOT NULL,
    current_version    integer       NOT NULL CHECK (current_version >= 1),
    published_version  integer,
    published_at       timestamptz,
    referent_territory varchar(200)  NOT NULL,
    audience           varchar(32)   NOT NULL,
    licence            varchar(64)   NOT NULL,
    state              varchar(32)   NOT NULL,
    visibility         varchar(32)   NOT NULL,
    updated_by         varchar(100)  NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT method_sheet_body_length CHECK (char_length(body_markdown) <= 200000),
    CONSTRAINT method_sheet_published CHECK (
        published_version IS NULL OR published_version BETWEEN 1 AND current_version)
);

CREATE INDEX method_sheet_updated ON method_sheet (updated_at DESC, id DESC);
CREATE INDEX method_sheet_created ON method_sheet (created_at DESC, id DESC);
CREATE INDEX method_sheet_title ON method_sheet (lower(title), id);
CREATE INDEX method_sheet_text_search ON method_sheet USING gin (to_tsvector('french',
    essaim_unaccent(title || ' ' || coalesce(summary, '') || ' ' || body_markdown)));

CREATE TABLE method_sheet_version (
    id            bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sheet_id      bigint        NOT NULL REFERENCES method_sheet (id) ON DELETE CASCADE,
    number        integer       NOT NULL CHECK (number >= 1),
    title         varchar(200)  NOT NULL,
    summary       varchar(1000),
    body_markdown text          NOT NULL,
    body_html     text          NOT NULL,
    change_note   varchar(500),
    author        varchar(100)  NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT method_sheet_version_number UNIQUE (sheet_id, number)
);

-- The sheet points to its current version; checked at commit, once both rows are written.
ALTER TABLE method_sheet ADD CONSTRAINT method_sheet_current_version
    FOREIGN KEY (id, current_version) REFERENCES method_sheet_version (sheet_id, number)
    DEFERRABLE INITIALLY DEFERRED;

-- Versions are history: written once, never changed (deleting the sheet removes them).
CREATE FUNCTION method_sheet_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'method sheet versions are immutable';
END
$$;

CREATE TRIGGER method_sheet_version_no_update BEFORE UPDATE ON method_sheet_version
    FOR EACH ROW EXECUTE FUNCTION method_sheet_version_immutable();

CREATE TABLE method_sheet_step (
    sheet_id bigint      NOT NULL REFERENCES method_sheet (id) ON DELETE CASCADE,
    position integer     NOT NULL,
    step     varchar(32) NOT NULL,
    PRIMARY KEY (sheet_id, position)
);

CREATE INDEX method_sheet_step_key ON method_sheet_step (step, sheet_id);

CREATE TABLE method_sheet_contributor (
    sheet_id  bigint       NOT NULL REFERENCES method_sheet (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    territory varchar(200) NOT NULL,
    PRIMARY KEY (sheet_id, position)
);

CREATE TABLE method_sheet_theme (
    sheet_id  bigint       NOT NULL REFERENCES method_sheet (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    theme_key varchar(100) NOT NULL,
    PRIMARY KEY (sheet_id, position)
);

CREATE INDEX method_sheet_theme_key ON method_sheet_theme (theme_key, sheet_id);
