-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Défis (challenges) drawn from the dreams of a campaign, and the solution ideas (« pistes de
-- solution ») found for them at the soirées d'idéation.

-- visibility: only title, themes and state may ever federate (never the statement's links to dreams).
CREATE TABLE challenge (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id    bigint       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    title          varchar(200) NOT NULL,
    statement      text         NOT NULL,
    visibility     varchar(32)  NOT NULL DEFAULT 'NODE_PUBLIC',
    state          varchar(32)  NOT NULL,
    merged_into_id bigint       REFERENCES challenge (id) ON DELETE SET NULL,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT challenge_statement_length CHECK (char_length(statement) <= 5000),
    -- Only a MERGED défi names another; it may lose the link if that défi is ever deleted.
    CONSTRAINT challenge_merged CHECK (state = 'MERGED' OR merged_into_id IS NULL)
);

CREATE INDEX challenge_campaign_state ON challenge (campaign_id, state, id);
CREATE INDEX challenge_text_search ON challenge
    USING gin (to_tsvector('french', essaim_unaccent(title || ' ' || statement)));

CREATE TABLE challenge_theme (
    challenge_id bigint       NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    theme_key    varchar(100) NOT NULL,
    PRIMARY KEY (challenge_id, position)
);

CREATE INDEX challenge_theme_key ON challenge_theme (theme_key, challenge_id);

-- The dreams a défi groups (many-to-many: 1 000 ideas became 30 défis in the Genevois français).
-- Local links only: they never federate.
CREATE TABLE challenge_dream (
    challenge_id bigint NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    dream_id     bigint NOT NULL REFERENCES dream (id) ON DELETE CASCADE,
    PRIMARY KEY (challenge_id, dream_id)
);

CREATE INDEX challenge_dream_dream ON challenge_dream (dream_id);

-- project_id is a placeholder until the projects slice exists: no foreign key yet.
CREATE TABLE solution_idea (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id bigint       NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    title        varchar(200) NOT NULL,
    description  text         NOT NULL,
    state        varchar(32)  NOT NULL,
    project_id   bigint,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT solution_idea_description_length CHECK (char_length(description) <= 5000),
    CONSTRAINT solution_idea_project CHECK ((state = 'BECAME_PROJECT') = (project_id IS NOT NULL))
);

CREATE INDEX solution_idea_challenge ON solution_idea (challenge_id, id);
