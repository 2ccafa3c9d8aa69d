-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Transferable solutions (« solutions essaimables ») derived from the node's own projects, and the
-- replications (« essaimages ») other territories make of them. No personal data: the contact is an
-- organisation, a target territory is named by its name and, later, its federation actor URI.

CREATE TABLE transferable_solution (
    id                      bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- At most one solution per project; a project a solution derives from is not deletable.
    project_id              bigint         NOT NULL
        CONSTRAINT transferable_solution_project_fk REFERENCES project (id),
    title                   varchar(200)   NOT NULL,
    problem_addressed       varchar(5000),
    model                   varchar(5000),
    prerequisites           varchar(5000),
    transfer_mode           varchar(32)    NOT NULL,
    cost_min_eur            numeric(14, 2),
    cost_max_eur            numeric(14, 2),
    cost_note               varchar(1000),
    contact_organization_id bigint         NOT NULL
        CONSTRAINT transferable_solution_contact_fk REFERENCES organization (id),
    status                  varchar(32)    NOT NULL,
    visibility              varchar(32)    NOT NULL,
    version                 bigint         NOT NULL DEFAULT 0,
    created_at              timestamptz    NOT NULL DEFAULT now(),
    updated_at              timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT transferable_solution_project_unique UNIQUE (project_id),
    CONSTRAINT transferable_solution_cost_range CHECK (
        (cost_min_eur IS NULL OR cost_min_eur >= 0)
        AND (cost_max_eur IS NULL OR cost_max_eur >= 0)
        AND (cost_min_eur IS NULL OR cost_max_eur IS NULL OR cost_max_eur >= cost_min_eur))
);

CREATE INDEX transferable_solution_created ON transferable_solution (created_at DESC, id DESC);
CREATE INDEX transferable_solution_title ON transferable_solution (lower(title), id);
CREATE INDEX transferable_solution_contact ON transferable_solution (contact_organization_id);
CREATE INDEX transferable_solution_text_search ON transferable_solution USING gin (
    to_tsvector('french', essaim_unaccent(title || ' ' || coalesce(problem_addressed, '') || ' '
        || coalesce(model, ''))));

CREATE TABLE transferable_solution_theme (
    solution_id bigint       NOT NULL REFERENCES transferable_solution (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    theme_key   varchar(100) NOT NULL,
    PRIMARY KEY (solution_id, position)
);

CREATE INDEX transferable_solution_theme_key ON transferable_solution_theme (theme_key, solution_id);

-- « Facteurs clés de succès »
CREATE TABLE transferable_solution_key_success_factor (
    solution_id bigint        NOT NULL REFERENCES transferable_solution (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    text        varchar(1000) NOT NULL,
    PRIMARY KEY (solution_id, position)
);

-- « Points d'attention »
CREATE TABLE transferable_solution_watch_point (
    solution_id bigint        NOT NULL REFERENCES transferable_solution (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    text        varchar(1000) NOT NULL,
    PRIMARY KEY (solution_id, position)
);

CREATE TABLE replication (
    id                bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    solution_id       bigint        NOT NULL
        CONSTRAINT replication_solution_fk REFERENCES transferable_solution (id),
    territory_name    varchar(200)  NOT NULL,
    territory_actor_uri varchar(500),
    status            varchar(32)   NOT NULL,
    adaptations       varchar(5000),
    interested_on     date          NOT NULL,
    started_on        date,
    replicated_on     date,
    abandoned_on      date,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT replication_started_after_interest CHECK (
        started_on IS NULL OR started_on >= interested_on),
    CONSTRAINT replication_replicated_after_start CHECK (
        replicated_on IS NULL OR (started_on IS NOT NULL AND replicated_on >= started_on)),
    CONSTRAINT replication_abandoned_after_interest CHECK (
        abandoned_on IS NULL OR abandoned_on >= interested_on)
);

CREATE INDEX replication_solution ON replication (solution_id, id);
