-- Inbound federation (issue 5, "inbound" package): the remote actor cache, the durable inbox queue
-- and the replay cache of HTTP signatures.

-- Remote actor documents, fetched through the federation HTTP client and kept essaim.federation.
-- actor-cache.ttl; fetched again once when a signature fails with the cached key (key rotation).
CREATE TABLE remote_actor (
    actor_id     TEXT PRIMARY KEY,
    document     TEXT NOT NULL,
    inbox        TEXT NOT NULL,
    shared_inbox TEXT,
    fetched_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Verified activities waiting for (or done with) their handler. One row per activity id: the
-- unique id is the idempotency guard (a second delivery is a duplicate). Claimed by the workers
-- with FOR UPDATE SKIP LOCKED and a lease, so that several replicas and a killed process are safe.
CREATE TABLE inbox_activity (
    id              BIGSERIAL PRIMARY KEY,
    activity_id     TEXT NOT NULL
        CONSTRAINT inbox_activity_activity_id_uk UNIQUE,
    activity_type   TEXT NOT NULL,
    actor_id        TEXT NOT NULL,
    document        TEXT NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16) NOT NULL
        CONSTRAINT inbox_activity_state_ck CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    journal_id      BIGINT,
    last_error      TEXT
);

CREATE INDEX inbox_activity_pending_ix ON inbox_activity (next_attempt_at)
    WHERE state = 'PENDING';
CREATE INDEX inbox_activity_received_ix ON inbox_activity (received_at);

-- Hashes of the signatures accepted recently: the same signed request presented twice inside the
-- clock window is a replay. Rows expire after the window; the purge deletes them.
CREATE TABLE inbox_replay (
    signature_hash CHAR(64) PRIMARY KEY,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX inbox_replay_expires_ix ON inbox_replay (expires_at);
