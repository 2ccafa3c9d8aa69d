-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Events the territory runs: dream-collection sessions, soirées d'idéation, forums, workshops…
-- Only counts are kept (participants, contributors, engagement intents): never lists of people.
-- Start and end are the local wall-clock times in an IANA time zone, as the team announced them;
-- starts_at_utc / ends_at_utc are derived from them, for ordering and the calendar feed's window.

CREATE TABLE event (
    id                          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type                        varchar(32)   NOT NULL,
    title                       varchar(200)  NOT NULL,
    description                 varchar(10000),
    starts_at                   timestamp     NOT NULL,
    ends_at                     timestamp     NOT NULL,
    time_zone                   varchar(64)   NOT NULL,
    starts_at_utc               timestamptz   NOT NULL,
    ends_at_utc                 timestamptz   NOT NULL,
    venue_name                  varchar(200),
    commune                     varchar(200),
    address                     varchar(500),
    online_url                  varchar(500),
    campaign_id                 bigint        REFERENCES campaign (id) ON DELETE SET NULL,
    collection_format           varchar(32),
    state                       varchar(32)   NOT NULL,
    participant_count           integer,
    contributor_count           integer,
    want_to_get_involved_count  integer,
    want_to_carry_count         integer,
    solutions_presented_count   integer,
    total_attendance            integer,
    tables_count                integer,
    dream_count                 integer,
    visibility                  varchar(32)   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0,
    created_at                  timestamptz   NOT NULL DEFAULT now(),
    updated_at                  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT event_ends_after_start CHECK (ends_at_utc > starts_at_utc),
    CONSTRAINT event_counts_not_negative CHECK (
        coalesce(participant_count, 0) >= 0 AND coalesce(contributor_count, 0) >= 0
        AND coalesce(want_to_get_involved_count, 0) >= 0 AND coalesce(want_to_carry_count, 0) >= 0
        AND coalesce(solutions_presented_count, 0) >= 0 AND coalesce(total_attendance, 0) >= 0
        AND coalesce(tables_count, 0) >= 0 AND coalesce(dream_count, 0) >= 0),
    CONSTRAINT event_format_for_dream_collection CHECK (
        collection_format IS NULL OR type = 'DREAM_COLLECTION')
);

CREATE INDEX event_starts_at_utc ON event (starts_at_utc, id);
CREATE INDEX event_starts_at ON event (starts_at);
CREATE INDEX event_campaign ON event (campaign_id);
CREATE INDEX event_text_search ON event USING gin (to_tsvector('french',
    essaim_unaccent(title || ' ' || coalesce(description, '') || ' ' || coalesce(venue_name, '')
        || ' ' || coalesce(commune, ''))));

CREATE TABLE event_theme (
    event_id  bigint       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    theme_key varchar(100) NOT NULL,
    PRIMARY KEY (event_id, position)
);

-- Links to other aggregates, unordered (the service keeps them sorted by id), so a link removed
-- with its défi or idea leaves no gap behind.
CREATE TABLE event_challenge (
    event_id     bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    challenge_id bigint NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, challenge_id)
);

CREATE INDEX event_challenge_challenge ON event_challenge (challenge_id);

CREATE TABLE event_solution_idea (
    event_id         bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    solution_idea_id bigint NOT NULL REFERENCES solution_idea (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, solution_idea_id)
);

CREATE INDEX event_solution_idea_idea ON event_solution_idea (solution_idea_id);
