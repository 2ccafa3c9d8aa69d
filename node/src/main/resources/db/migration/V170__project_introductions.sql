-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Introductions between projects of two territories (docs/federation.md, "Introductions between
-- projects"): an Offer{SimilarProjectLink} sent by this territory (SENT) or received from a peer
-- (RECEIVED), matched with its answer by offer_id. project_id is always this territory's project;
-- remote_project_uri the peer's. ACCEPTED rows are the links both nodes show.
-- No person is named on the wire: proposed_by, decided_by and withdrawn_by are local usernames.
-- No foreign key to project: a deleted project's links simply stop being listed.

CREATE TABLE project_introduction (
    id                    bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    direction             varchar(8)   NOT NULL,
    offer_id              text         NOT NULL,
    peer_actor            text         NOT NULL,
    peer_name             text,
    project_id            bigint       NOT NULL,
    project_uri           text         NOT NULL,
    remote_project_uri    text         NOT NULL,
    remote_project_title  text,
    basis                 text,
    shared_themes         text,
    message               varchar(1000),
    state                 varchar(10)  NOT NULL,
    created_at            timestamptz  NOT NULL,
    proposed_by           varchar(100),
    decided_at            timestamptz,
    decided_by            varchar(100),
    withdrawn_at          timestamptz,
    withdrawn_by          varchar(100),
    version               bigint       NOT NULL DEFAULT 0,
    CONSTRAINT project_introduction_offer_unique UNIQUE (direction, offer_id),
    CONSTRAINT project_introduction_direction_check CHECK (direction IN ('SENT', 'RECEIVED')),
    CONSTRAINT project_introduction_state_check CHECK (
        state IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'))
);

-- At most one live (PROPOSED or ACCEPTED) introduction per pair of projects, whoever proposed it:
-- two administrators clicking at once get one proposal and a conflict.
CREATE UNIQUE INDEX project_introduction_live_pair
    ON project_introduction (project_id, remote_project_uri)
    WHERE state IN ('PROPOSED', 'ACCEPTED');

CREATE INDEX project_introduction_listing_idx
    ON project_introduction (direction, state, created_at DESC);
