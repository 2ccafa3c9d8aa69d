// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.project.ProjectStatus;

/** A read-only snapshot of a project. */
public record ProjectView(
    long id,
    ProjectDescription description,
    ProjectStage stage,
    ProjectStatus status,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ProjectView of(Project p) {
    return new ProjectView(
        p.id(), p.description(), p.stage(), p.status(), p.version(), p.createdAt(), p.updatedAt());
  }
}
