-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Read-only copies of the objects followed peers share (docs/federation.md, "Copies of peers'
-- objects"). Written only by the inbound handlers and the outbox backfill, never by the API.
-- A row whose deleted_at is set is a tombstone: the document and display fields are dropped, and a
-- later Create for the same object_id is ignored (Delete before Create: the tombstone wins).

CREATE TABLE remote_object (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    object_id     text         NOT NULL,
    kind          varchar(32)  NOT NULL,
    origin_actor  text         NOT NULL,
    origin_host   text         NOT NULL,
    origin_name   text,
    audience      varchar(16)  NOT NULL,
    document      text,
    name          text,
    summary       text,
    themes        text,
    url           text,
    published     timestamptz,
    updated       timestamptz,
    announced_by  text,
    received_at   timestamptz  NOT NULL,
    refreshed_at  timestamptz  NOT NULL,
    deleted_at    timestamptz,
    CONSTRAINT remote_object_object_id_unique UNIQUE (object_id),
    CONSTRAINT remote_object_kind_check CHECK (
        kind IN ('PROJECT', 'METHOD_SHEET', 'SOLUTION', 'CHALLENGE', 'EVENT', 'OTHER')),
    CONSTRAINT remote_object_audience_check CHECK (audience IN ('PUBLIC', 'NETWORK')),
    CONSTRAINT remote_object_tombstone_has_no_document CHECK (
        deleted_at IS NULL OR document IS NULL)
);

CREATE INDEX remote_object_listing_idx
    ON remote_object (audience, kind, (COALESCE(published, received_at)) DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX remote_object_origin_host_idx ON remote_object (origin_host);
