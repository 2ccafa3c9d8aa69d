-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The national registry of territories (aggregator mode, docs/domain.md "Registry"): one entry per
-- territory node actor, with its place on the label path. Empty on territory nodes.
CREATE TABLE registry_territory (
    id            BIGSERIAL PRIMARY KEY,
    actor_uri     TEXT NOT NULL
        CONSTRAINT registry_territory_actor_uk UNIQUE,
    name          VARCHAR(200) NOT NULL,
    region        VARCHAR(100) NOT NULL,
    department    VARCHAR(100),
    country       VARCHAR(2) NOT NULL
        CONSTRAINT registry_territory_country_ck CHECK (country IN ('FR', 'LU')),
    label_status  VARCHAR(20) NOT NULL
        CONSTRAINT registry_territory_status_ck CHECK (label_status IN (
            'PROSPECT', 'CANDIDATE', 'DEFERRED', 'IN_PROMO', 'NEEDS_MORE_TIME', 'READY_FOR_LABEL',
            'LABELLED', 'SUSPENDED', 'WITHDRAWN')),
    label_date    DATE,
    promo_id      BIGINT,
    version       BIGINT NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registry_territory_labelled_date_ck
        CHECK (label_status NOT IN ('LABELLED', 'SUSPENDED') OR label_date IS NOT NULL)
);

CREATE INDEX registry_territory_status_idx ON registry_territory (label_status);
