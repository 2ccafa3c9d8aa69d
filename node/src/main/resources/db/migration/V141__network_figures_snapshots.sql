-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The history of the key figures territories publish (issue 6, network figures): one row each
-- time a followed territory's essaim:KeyFigures copy is created or updated (and each time this
-- node publishes its own). Counts are the published ones: NULL is a withheld (small) count, never
-- a zero. Breakdowns are "key=count;key=;..." in the territory's order (empty count: withheld).
CREATE TABLE network_figures_snapshot (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    territory_actor    TEXT NOT NULL,
    object_id          TEXT NOT NULL,
    period             VARCHAR(9) NOT NULL,
    participants       BIGINT,
    engaged_people     BIGINT,
    projects_supported BIGINT,
    jobs_created       BIGINT,
    dreams             BIGINT,
    challenges         BIGINT,
    projects_by_stage  TEXT NOT NULL,
    projects_by_theme  TEXT NOT NULL,
    figures_updated    TIMESTAMP WITH TIME ZONE,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX network_figures_snapshot_territory_ix
    ON network_figures_snapshot (territory_actor, received_at DESC, id DESC);
CREATE INDEX network_figures_snapshot_received_ix ON network_figures_snapshot (received_at);
