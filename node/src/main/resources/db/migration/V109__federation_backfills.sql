-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Progress of the walks of followed peers' outboxes, so that a walk resumes where it stopped after
-- a restart (next_page is the next page to fetch; null before the outbox itself was read).

CREATE TABLE federation_backfill (
    actor_id        text         PRIMARY KEY,
    state           varchar(16)  NOT NULL,
    next_page       text,
    imported_count  integer      NOT NULL DEFAULT 0,
    seen_count      integer      NOT NULL DEFAULT 0,
    last_error      text,
    started_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT federation_backfill_state_check CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
