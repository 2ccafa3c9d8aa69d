-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Défis, solution ideas and projects were built side by side; now that all exist, their links are
-- real foreign keys. The services check them first, to answer 400 with the field at fault.
ALTER TABLE project
    ADD CONSTRAINT project_origin_challenge_fk FOREIGN KEY (origin_challenge_id) REFERENCES challenge (id);
ALTER TABLE solution_idea
    ADD CONSTRAINT solution_idea_project_fk FOREIGN KEY (project_id) REFERENCES project (id);
