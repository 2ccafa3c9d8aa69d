-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The directory of organisations (structures), the territory's partners and their circle of
-- trusted partners, and projects. No personal data here: collective members, accompaniment notes
-- and partner contact persons are not stored by this slice (a partner keeps at most a role mailbox).

CREATE TABLE organization (
    id                 bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               varchar(200)  NOT NULL,
    acronym            varchar(50),
    legal_form         varchar(100),
    founded_year       integer,
    presentation       varchar(4000),
    website            varchar(500),
    address_street     varchar(200),
    address_postal_code varchar(10),
    address_city       varchar(200),
    address_country    varchar(2),
    siren              varchar(9),
    visibility         varchar(32)   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT organization_siren_format CHECK (siren IS NULL OR siren ~ '^[0-9]{9}$')
);

CREATE UNIQUE INDEX organization_siren ON organization (siren) WHERE siren IS NOT NULL;
CREATE INDEX organization_text_search ON organization USING gin (to_tsvector('french',
    essaim_unaccent(name || ' ' || coalesce(acronym, '') || ' ' || coalesce(presentation, ''))));

CREATE TABLE organization_role (
    organization_id bigint       NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position        integer      NOT NULL,
    role_key        varchar(100) NOT NULL,
    PRIMARY KEY (organization_id, position)
);

CREATE INDEX organization_role_key ON organization_role (role_key, organization_id);

-- One partner per organisation: its link to the territory.
CREATE TABLE partner (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint       NOT NULL UNIQUE REFERENCES organization (id),
    in_circle       boolean      NOT NULL DEFAULT false,
    circle_since    date,
    role_mailbox    varchar(254),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT partner_circle_since CHECK (in_circle OR circle_since IS NULL)
);

CREATE TABLE partner_contribution (
    partner_id  bigint         NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    position    integer        NOT NULL,
    kind        varchar(32)    NOT NULL,
    description varchar(1000)  NOT NULL,
    amount_eur  numeric(14, 2) CHECK (amount_eur IS NULL OR amount_eur >= 0),
    year        integer,
    PRIMARY KEY (partner_id, position)
);

CREATE TABLE project (
    id                      bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                   varchar(200)  NOT NULL,
    summary                 varchar(1000),
    description             varchar(10000),
    stage                   varchar(32)   NOT NULL,
    status                  varchar(32)   NOT NULL,
    origin                  varchar(32)   NOT NULL,
    -- The challenges slice is built in parallel: a plain number until it exists, no FK yet.
    origin_challenge_id     bigint,
    origin_source_uri       varchar(500),
    carrier_organization_id bigint        REFERENCES organization (id),
    legal_form              varchar(100),
    commune_code            varchar(5),
    commune_label           varchar(200),
    pepite                  boolean       NOT NULL DEFAULT false,
    visibility              varchar(32)   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT project_origin_challenge CHECK (
        (origin = 'FROM_CHALLENGE') = (origin_challenge_id IS NOT NULL)),
    CONSTRAINT project_origin_source CHECK (
        (origin = 'TRANSPOSED_FROM') = (origin_source_uri IS NOT NULL))
);

CREATE INDEX project_created ON project (created_at DESC, id DESC);
CREATE INDEX project_title ON project (lower(title), id);
CREATE INDEX project_text_search ON project USING gin (to_tsvector('french',
    essaim_unaccent(title || ' ' || coalesce(summary, '') || ' ' || coalesce(description, ''))));

CREATE TABLE project_theme (
    project_id bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    theme_key  varchar(100) NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE INDEX project_theme_key ON project_theme (theme_key, project_id);

CREATE TABLE project_support_mode (
    project_id       bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    support_mode_key varchar(100) NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_partner (
    project_id      bigint  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    organization_id bigint  NOT NULL REFERENCES organization (id),
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_funding (
    project_id     bigint         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position       integer        NOT NULL,
    instrument_key varchar(100)   NOT NULL,
    fse_code       varchar(9),
    amount_eur     numeric(14, 2) NOT NULL CHECK (amount_eur >= 0),
    period_start   date,
    period_end     date,
    -- One cofunder name per line, as declared on the sheet.
    cofunders      varchar(2000),
    PRIMARY KEY (project_id, position),
    CONSTRAINT project_funding_fse_code CHECK (
        fse_code IS NULL OR (instrument_key = 'fse' AND fse_code ~ '^[0-9]{9}$')),
    CONSTRAINT project_funding_period CHECK (
        period_start IS NULL OR period_end IS NULL OR period_end >= period_start)
);

CREATE TABLE project_impact (
    project_id    bigint         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position      integer        NOT NULL,
    indicator_key varchar(100)   NOT NULL,
    value         numeric(14, 2) NOT NULL,
    measured_on   date           NOT NULL,
    PRIMARY KEY (project_id, position)
);
