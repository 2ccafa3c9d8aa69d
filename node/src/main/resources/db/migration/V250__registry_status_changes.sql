-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Every move of a territory along the label path (aggregator mode): who moved it, when, and why.
-- The reason is for the national team: never federated, never served publicly.
CREATE TABLE registry_status_change (
    id            BIGSERIAL PRIMARY KEY,
    territory_id  BIGINT NOT NULL REFERENCES registry_territory (id) ON DELETE CASCADE,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20) NOT NULL,
    label_date    DATE,
    reason        VARCHAR(2000),
    changed_by    VARCHAR(64),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX registry_status_change_territory_idx
    ON registry_status_change (territory_id, changed_at);
