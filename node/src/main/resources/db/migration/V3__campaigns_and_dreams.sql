-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Campaigns (one run of the four-step method) and the dreams collected in them.

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index
-- expression; this wrapper pins the dictionary and is declared IMMUTABLE, the usual way.
-- The extension's schema (V1 created it wherever the database put it) is written into the body,
-- so the function works whatever the search_path of the session or of maintenance jobs.
DO $$
DECLARE
    extension_schema text;
BEGIN
    SELECT quote_ident(n.nspname) INTO STRICT extension_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent';
    EXECUTE format(
        'CREATE FUNCTION essaim_unaccent(text) RETURNS text'
        ' LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT'
        ' AS %L',
        format('SELECT %s.unaccent(%L::regdictionary, $1)',
               extension_schema, extension_schema || '.unaccent'));
END
$$;

CREATE TABLE campaign (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             varchar(200) NOT NULL,
    local_brand_name varchar(200) NOT NULL,
    sub_territory    varchar(200),
    start_date       date         NOT NULL,
    end_date         date,
    state            varchar(32)  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT campaign_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

-- Local only, never federated (docs/domain.md). contact_* and contact_consent_at are personal data.
CREATE TABLE dream (
    id                 bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id        bigint        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    text               varchar(2000) NOT NULL,
    commune_code       varchar(5),
    commune_label      varchar(200),
    contributor_type   varchar(32)   NOT NULL,
    age_band           varchar(32),
    contact_email      varchar(254),
    contact_phone      varchar(32),
    contact_consent_at timestamptz,
    state              varchar(32)   NOT NULL,
    merged_into_id     bigint        REFERENCES dream (id) ON DELETE SET NULL,
    version            bigint        NOT NULL DEFAULT 0,
    submitted_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    -- Contact details only with a recorded consent, and never for a child under 15.
    CONSTRAINT dream_contact_consent CHECK (
        (contact_email IS NULL AND contact_phone IS NULL) OR contact_consent_at IS NOT NULL),
    CONSTRAINT dream_no_child_contact CHECK (
        age_band IS DISTINCT FROM 'UNDER_15' OR (contact_email IS NULL AND contact_phone IS NULL))
);

CREATE INDEX dream_campaign_state_submitted ON dream (campaign_id, state, submitted_at DESC);
CREATE INDEX dream_state_submitted ON dream (state, submitted_at DESC);
CREATE INDEX dream_text_search ON dream
    USING gin (to_tsvector('french', essaim_unaccent(text)));

CREATE TABLE dream_theme (
    dream_id  bigint       NOT NULL REFERENCES dream (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    theme_key varchar(100) NOT NULL,
    PRIMARY KEY (dream_id, position)
);

CREATE INDEX dream_theme_key ON dream_theme (theme_key, dream_id);
