-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Publishing of any published kind (issue 6): besides the five shareable domain objects, the node
-- publishes objects other parts of it provide (its key figures, label attestations, promos,
-- sponsorships) through the same table, activities and addresses.
ALTER TABLE federation_published_object DROP CONSTRAINT federation_published_object_kind_ck;
ALTER TABLE federation_published_object ADD CONSTRAINT federation_published_object_kind_ck
    CHECK (kind IN ('PROJECT', 'METHOD_SHEET', 'TRANSFERABLE_SOLUTION', 'CHALLENGE', 'EVENT',
                    'KEY_FIGURES', 'LABEL_ATTESTATION', 'PROMO', 'SPONSORSHIP'));
