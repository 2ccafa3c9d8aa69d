-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Eligibility and labelling committee decisions (aggregator mode). The deliberation notes and the
-- criteria comments are private to the national team: never federated, never served publicly.
CREATE TABLE registry_review (
    id                  BIGSERIAL PRIMARY KEY,
    territory_id        BIGINT NOT NULL REFERENCES registry_territory (id) ON DELETE CASCADE,
    kind                VARCHAR(16) NOT NULL
        CONSTRAINT registry_review_kind_ck CHECK (kind IN ('ELIGIBILITY', 'LABELLING')),
    committee_date      DATE NOT NULL,
    decision            VARCHAR(20) NOT NULL
        CONSTRAINT registry_review_decision_ck CHECK (decision IN (
            'ELIGIBLE', 'NOT_YET', 'DEFERRED', 'LABELLED', 'NEEDS_MORE_TIME')),
    deliberation_notes  TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64) NOT NULL
);

CREATE INDEX registry_review_territory_idx ON registry_review (territory_id);

CREATE TABLE registry_review_criterion (
    review_id  BIGINT NOT NULL REFERENCES registry_review (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    criterion  VARCHAR(40) NOT NULL,
    met        BOOLEAN NOT NULL,
    comment    VARCHAR(2000),
    PRIMARY KEY (review_id, position)
);
