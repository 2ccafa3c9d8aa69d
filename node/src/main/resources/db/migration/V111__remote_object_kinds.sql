-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Copies of the network's authority and figures objects (docs/federation.md, "Copies of peers'
-- objects"): key figures published by each territory, and the label attestations, promos and
-- sponsorships the national node issues.

ALTER TABLE remote_object DROP CONSTRAINT remote_object_kind_check;
ALTER TABLE remote_object ADD CONSTRAINT remote_object_kind_check CHECK (
    kind IN ('PROJECT', 'METHOD_SHEET', 'SOLUTION', 'CHALLENGE', 'EVENT', 'KEY_FIGURES',
             'LABEL_ATTESTATION', 'PROMO', 'SPONSORSHIP', 'OTHER'));
