// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.function.LongPredicate;
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

  /** The project as the public sees it: only organisations it may see are named. */
  static ProjectView forPublic(Project p, LongPredicate publicOrganization) {
    return new ProjectView(
        p.id(),
        p.description().withOrganizationsOnly(publicOrganization),
        p.stage(),
        p.status(),
        p.version(),
        p.createdAt(),
        p.updatedAt());
  }
}
