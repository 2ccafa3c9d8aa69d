-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Territory side of the label attestations (docs/federation.md, "Label attestations"): whether the
-- ALLOW_LIST mode also trusts every territory the national node labels, and the attestations
-- received from the national actor with the verdict of their verification.
ALTER TABLE federation_policy ADD COLUMN trust_labelled BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE federation_received_label (
    id                 BIGSERIAL PRIMARY KEY,
    attestation_uri    TEXT NOT NULL
        CONSTRAINT federation_received_label_attestation_uk UNIQUE,
    issuer_uri         TEXT NOT NULL,
    territory_uri      TEXT,
    label_status       VARCHAR(20),
    label_date         DATE,
    valid              BOOLEAN NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    checked_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX federation_received_label_territory_idx ON federation_received_label (territory_uri);
