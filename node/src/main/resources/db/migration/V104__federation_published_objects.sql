-- What this territory last published of each shared object (issue 5, publishing): the document
-- served at the object's address, and what the next change is compared with (Create, Update,
-- Delete or nothing). A row stays after a Delete (deleted = true): the address then answers 410
-- with a Tombstone, and a later share is a new Create.
CREATE TABLE federation_published_object (
    object_uri        TEXT PRIMARY KEY,
    kind              VARCHAR(40) NOT NULL
        CONSTRAINT federation_published_object_kind_ck
        CHECK (kind IN ('PROJECT', 'METHOD_SHEET', 'TRANSFERABLE_SOLUTION', 'CHALLENGE', 'EVENT')),
    local_id          BIGINT NOT NULL,
    audience          VARCHAR(32) NOT NULL
        CONSTRAINT federation_published_object_audience_ck CHECK (audience IN ('NETWORK', 'PUBLIC')),
    document_hash     VARCHAR(64) NOT NULL,
    document          TEXT NOT NULL,
    last_activity_uri TEXT NOT NULL,
    deleted           BOOLEAN NOT NULL DEFAULT FALSE,
    first_published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT federation_published_object_kind_local_uq UNIQUE (kind, local_id)
);

CREATE INDEX federation_published_object_listing_ix
    ON federation_published_object (kind, deleted, last_published_at DESC);
