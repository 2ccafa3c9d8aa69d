-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The core-team role is called "editor" (équipe cœur), as the API and the interface name it.
UPDATE account_role SET role = 'EDITOR' WHERE role = 'TEAM';
