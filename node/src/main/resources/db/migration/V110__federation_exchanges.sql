-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Exchanges between territories (docs/federation.md, "Exchanges between territories"):
-- SENT rows are what this territory sent to a peer about one of its objects (a reply, an amendment
-- or a replication proposal, an Announce), RECEIVED rows what a peer sent about one of ours (the
-- moderation queue). An Offer's answer (Accept/Reject) is matched by activity_id.
-- No person is named: the actors are territory actors; decided_by is a local username, never sent.

CREATE TABLE federation_exchange (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    direction    varchar(8)   NOT NULL,
    kind         varchar(24)  NOT NULL,
    activity_id  text         NOT NULL,
    peer_actor   text         NOT NULL,
    peer_name    text,
    object_id    text         NOT NULL,
    local_id     bigint       NOT NULL,
    summary      text,
    content      text,
    state        varchar(10)  NOT NULL,
    result       text,
    created_at   timestamptz  NOT NULL,
    decided_at   timestamptz,
    decided_by   varchar(100),
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT federation_exchange_activity_unique UNIQUE (direction, activity_id),
    CONSTRAINT federation_exchange_direction_check CHECK (direction IN ('SENT', 'RECEIVED')),
    CONSTRAINT federation_exchange_kind_check CHECK (
        kind IN ('REPLY', 'AMENDMENT', 'REPLICATION_PROPOSAL', 'ANNOUNCE')),
    CONSTRAINT federation_exchange_state_check CHECK (
        state IN ('SENT', 'PENDING', 'ACCEPTED', 'REJECTED', 'VISIBLE', 'HIDDEN'))
);

CREATE INDEX federation_exchange_listing_idx
    ON federation_exchange (direction, kind, state, created_at DESC);
CREATE INDEX federation_exchange_object_idx ON federation_exchange (object_id);
