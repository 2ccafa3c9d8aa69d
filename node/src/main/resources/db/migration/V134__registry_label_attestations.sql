-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The label attestations the national actor issues (aggregator mode), one per registered
-- territory: LABELLED, then SUSPENDED or WITHDRAWN when revoked. Removed with the territory's entry
-- (the publishing then sends a Delete).
CREATE TABLE registry_label_attestation (
    id               BIGSERIAL PRIMARY KEY,
    territory_id     BIGINT NOT NULL
        CONSTRAINT registry_label_attestation_territory_uk UNIQUE,
    territory_actor  TEXT NOT NULL,
    label_status     VARCHAR(20) NOT NULL
        CONSTRAINT registry_label_attestation_status_ck
        CHECK (label_status IN ('LABELLED', 'SUSPENDED', 'WITHDRAWN')),
    label_date       DATE NOT NULL,
    promo_id         BIGINT,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
