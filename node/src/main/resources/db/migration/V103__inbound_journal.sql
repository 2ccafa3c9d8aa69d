-- The inbound journal (issue 5, "inbound" package): every request an inbox received, accepted or
-- rejected, with what became of it. Kept essaim.federation.journal.retention, then purged. Holds
-- no document: ids, types, key ids and reasons only.
CREATE TABLE inbound_journal (
    id            BIGSERIAL PRIMARY KEY,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    inbox         TEXT NOT NULL,
    actor_id      TEXT,
    actor_host    TEXT,
    key_id        TEXT,
    activity_id   TEXT,
    activity_type TEXT,
    status        INTEGER NOT NULL,
    outcome       VARCHAR(16) NOT NULL
        CONSTRAINT inbound_journal_outcome_ck
        CHECK (outcome IN ('QUEUED', 'PROCESSED', 'IGNORED', 'REJECTED', 'FAILED')),
    reason        TEXT NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX inbound_journal_received_ix ON inbound_journal (received_at DESC, id DESC);
CREATE INDEX inbound_journal_actor_ix ON inbound_journal (actor_id);
CREATE INDEX inbound_journal_host_ix ON inbound_journal (actor_host);
