-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The search engine (an in-process Lucene index, ADR 0012) follows search_document: each row
-- carries the id of the transaction that last wrote it, and each removal leaves a row in
-- search_removal. A follower that read every change of transactions below the oldest one running
-- when it last looked (pg_snapshot_xmin) asks only for what came after.

ALTER TABLE search_document ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE FUNCTION essaim_search_document_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

-- Every writer is followed, the indexer's upsert, the transferable flag and bulk loads alike.
CREATE TRIGGER search_document_change BEFORE INSERT OR UPDATE ON search_document
    FOR EACH ROW EXECUTE FUNCTION essaim_search_document_changed();

CREATE INDEX search_document_change_idx ON search_document (change_xid, id);

CREATE TABLE search_removal (
    object_uri text        NOT NULL,
    change_xid xid8        NOT NULL DEFAULT pg_current_xact_id(),
    removed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_removal_change_idx ON search_removal (change_xid);

CREATE FUNCTION essaim_search_document_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_removal (object_uri) SELECT object_uri FROM gone;
    RETURN NULL;
END
$$;

-- One statement per DELETE, however many rows (a reindex empties the table first).
CREATE TRIGGER search_document_removal AFTER DELETE ON search_document
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION essaim_search_document_removed();

-- Removals are kept a week. An engine that last looked before the newest forgotten one cannot
-- know what it missed and builds its index again.
CREATE TABLE search_removal_forgotten (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    newest    xid8    NOT NULL
);
