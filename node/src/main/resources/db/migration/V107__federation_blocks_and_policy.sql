-- The territory's policy towards remote actors: blocks (an actor, or a whole host), allow-list
-- entries (used in ALLOW_LIST network mode) and the one-row policy (follow approval, network mode).
CREATE TABLE federation_block (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(8) NOT NULL
        CONSTRAINT federation_block_kind_ck CHECK (kind IN ('ACTOR', 'HOST')),
    value       TEXT NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    CONSTRAINT federation_block_target_uk UNIQUE (kind, value)
);

CREATE TABLE federation_allow_entry (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(8) NOT NULL
        CONSTRAINT federation_allow_entry_kind_ck CHECK (kind IN ('ACTOR', 'HOST')),
    value       TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT federation_allow_entry_target_uk UNIQUE (kind, value)
);

CREATE TABLE federation_policy (
    id               SMALLINT PRIMARY KEY
        CONSTRAINT federation_policy_single_ck CHECK (id = 1),
    follow_approval  VARCHAR(16) NOT NULL DEFAULT 'MANUAL'
        CONSTRAINT federation_policy_approval_ck CHECK (follow_approval IN ('MANUAL', 'AUTOMATIC')),
    network_mode     VARCHAR(16) NOT NULL DEFAULT 'OPEN'
        CONSTRAINT federation_policy_mode_ck CHECK (network_mode IN ('OPEN', 'ALLOW_LIST')),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0
);

INSERT INTO federation_policy (id, follow_approval, network_mode, updated_at, updated_by)
VALUES (1, 'MANUAL', 'OPEN', now(), 'system');
