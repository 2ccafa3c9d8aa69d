-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Promos (cohorts) and sponsorships (parrainages) of the national registry (aggregator mode). A
-- promo's members are the entries that name it (registry_territory.promo_id).
CREATE TABLE registry_promo (
    id                          BIGSERIAL PRIMARY KEY,
    number                      INTEGER NOT NULL
        CONSTRAINT registry_promo_number_uk UNIQUE
        CONSTRAINT registry_promo_number_ck CHECK (number >= 1),
    name                        VARCHAR(100),
    period                      VARCHAR(9) NOT NULL,
    duration_months             INTEGER,
    eligibility_committee_date  DATE,
    version                     BIGINT NOT NULL DEFAULT 0,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE registry_promo_co_animator (
    promo_id      BIGINT NOT NULL REFERENCES registry_promo (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    territory_id  BIGINT NOT NULL REFERENCES registry_territory (id) ON DELETE CASCADE,
    PRIMARY KEY (promo_id, position)
);

CREATE TABLE registry_promo_module (
    promo_id          BIGINT NOT NULL REFERENCES registry_promo (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    title             VARCHAR(300) NOT NULL,
    format            VARCHAR(16) NOT NULL
        CONSTRAINT registry_promo_module_format_ck CHECK (format IN (
            'IN_PERSON_2D', 'IN_PERSON_1D', 'VISIO_3H', 'VISIO_2H')),
    co_animator_id    BIGINT REFERENCES registry_territory (id) ON DELETE SET NULL,
    open_to_labelled  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (promo_id, position)
);

ALTER TABLE registry_territory
    ADD CONSTRAINT registry_territory_promo_fk
    FOREIGN KEY (promo_id) REFERENCES registry_promo (id) ON DELETE SET NULL;

CREATE TABLE registry_sponsorship (
    id          BIGSERIAL PRIMARY KEY,
    sponsor_id  BIGINT NOT NULL REFERENCES registry_territory (id) ON DELETE CASCADE,
    sponsee_id  BIGINT NOT NULL REFERENCES registry_territory (id) ON DELETE CASCADE,
    promo_id    BIGINT REFERENCES registry_promo (id) ON DELETE SET NULL,
    period      VARCHAR(9),
    status      VARCHAR(10) NOT NULL
        CONSTRAINT registry_sponsorship_status_ck CHECK (status IN ('PROPOSED', 'ACTIVE', 'ENDED')),
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registry_sponsorship_distinct_ck CHECK (sponsor_id <> sponsee_id)
);

-- A filleul has at most one active parrain.
CREATE UNIQUE INDEX registry_sponsorship_one_active_uk
    ON registry_sponsorship (sponsee_id) WHERE status = 'ACTIVE';
