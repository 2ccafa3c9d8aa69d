-- Every remote fetch (signed GET) the node makes, for operators: what was fetched, from which
-- host, the answer or the error, and how long it took. Purged after
-- essaim.federation.journal.retention.
CREATE TABLE federation_fetch (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT NOT NULL,
    host        TEXT NOT NULL,
    status      INTEGER,
    error       TEXT,
    duration_ms INTEGER NOT NULL,
    fetched_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX federation_fetch_fetched_at_ix ON federation_fetch (fetched_at);
CREATE INDEX federation_fetch_host_ix ON federation_fetch (host, fetched_at);
