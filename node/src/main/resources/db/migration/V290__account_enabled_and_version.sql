-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Administrators change an account's roles and disable it (issue 7): a disabled account cannot
-- sign in; the version makes concurrent edits of one account fail instead of overwriting.
ALTER TABLE account ADD COLUMN enabled boolean NOT NULL DEFAULT true;
ALTER TABLE account ADD COLUMN version bigint NOT NULL DEFAULT 0;
