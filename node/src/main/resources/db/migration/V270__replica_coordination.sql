-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Several replicas of a node share one database (docs/architecture.md, "Several replicas").
--
-- outbox_delivery.claims counts the claims of a delivery: each claim takes the next number and
-- the completion is recorded only while the number is still the one it claimed (a fencing token).
-- A send that outlived its lease, and was claimed again by another replica meanwhile, then finds
-- another number and its late result is dropped instead of overwriting the newer one. The inbox
-- uses inbox_activity.attempts, already counted up at each claim, the same way.
ALTER TABLE outbox_delivery ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;

-- The periodic jobs that must run once per node rather than once per replica (key figures,
-- search term statistics): a replica runs one only while holding its row's lock, and only when
-- the last run (by any replica) is a period old, so a replica started just after another ran the
-- job does not run it again.
CREATE TABLE scheduled_run (
    job         TEXT PRIMARY KEY,
    last_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_by TEXT NOT NULL
);

INSERT INTO scheduled_run (job, last_run_at, last_run_by) VALUES
    ('key-figures', '-infinity', ''),
    ('search-term-statistics', '-infinity', '');
