-- The transactional outbox of federation deliveries (issue 5, outbound). An activity is written
-- once, in the transaction of the change that causes it, with one delivery row per distinct inbox;
-- workers claim due rows with FOR UPDATE SKIP LOCKED and a lease (locked_until), send outside the
-- transaction and record the result. A row whose lease expired (crashed node) is due again.
CREATE TABLE outbox_activity (
    id          BIGSERIAL PRIMARY KEY,
    activity_id TEXT NOT NULL,
    body        BYTEA NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_activity_activity_id_uq UNIQUE (activity_id)
);

CREATE TABLE outbox_delivery (
    id              BIGSERIAL PRIMARY KEY,
    activity        BIGINT NOT NULL
        CONSTRAINT outbox_delivery_activity_fk REFERENCES outbox_activity (id) ON DELETE CASCADE,
    inbox           TEXT NOT NULL,
    -- host[:port] of the inbox: the unit of the per-host circuit breaker and of concurrency.
    host            TEXT NOT NULL,
    state           VARCHAR(16) NOT NULL
        CONSTRAINT outbox_delivery_state_ck CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      TEXT,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_delivery_activity_inbox_uq UNIQUE (activity, inbox)
);

CREATE INDEX outbox_delivery_due_ix ON outbox_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX outbox_delivery_host_state_ix ON outbox_delivery (host, state);
