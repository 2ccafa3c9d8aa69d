-- Remote actors this territory knows through follows (issue 5, "peers"): their follow of this
-- territory (they are our follower) and our follow of them (we follow them), each with its state,
-- the Follow activity's id and dates. URIs are text; times are timestamptz.
CREATE TABLE federation_peer (
    id                        UUID PRIMARY KEY,
    actor_id                  TEXT NOT NULL CONSTRAINT federation_peer_actor_uk UNIQUE,
    origin                    TEXT NOT NULL,
    authority                 TEXT NOT NULL,
    inbox                     TEXT NOT NULL,
    shared_inbox              TEXT,
    preferred_username        TEXT,
    name                      TEXT,
    follower_state            VARCHAR(16) NOT NULL DEFAULT 'NONE'
        CONSTRAINT federation_peer_follower_state_ck
        CHECK (follower_state IN ('NONE', 'PENDING', 'ACCEPTED', 'REJECTED')),
    follower_activity         TEXT,
    follower_requested_at     TIMESTAMP WITH TIME ZONE,
    follower_changed_at       TIMESTAMP WITH TIME ZONE,
    following_state           VARCHAR(16) NOT NULL DEFAULT 'NONE'
        CONSTRAINT federation_peer_following_state_ck
        CHECK (following_state IN ('NONE', 'PENDING', 'ACCEPTED', 'REJECTED')),
    following_activity        TEXT,
    following_requested_at    TIMESTAMP WITH TIME ZONE,
    following_changed_at      TIMESTAMP WITH TIME ZONE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX federation_peer_origin_ix ON federation_peer (origin);
CREATE INDEX federation_peer_follower_state_ix ON federation_peer (follower_state);
CREATE INDEX federation_peer_following_state_ix ON federation_peer (following_state);
CREATE INDEX federation_peer_following_activity_ix ON federation_peer (following_activity);
CREATE INDEX federation_peer_follower_activity_ix ON federation_peer (follower_activity);
