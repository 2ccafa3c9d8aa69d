// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/** Whether a project is alive. STOPPED and TRANSFERRED are final. */
public enum ProjectStatus implements LifecycleState<ProjectStatus> {
  ACTIVE,
  /** On hold; may resume. */
  PAUSED,
  /** Ended for good. */
  STOPPED,
  /** Handed over to another carrier or territory. */
  TRANSFERRED;

  @Override
  public Set<ProjectStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(PAUSED, STOPPED, TRANSFERRED);
      case PAUSED -> EnumSet.of(ACTIVE, STOPPED, TRANSFERRED);
      case STOPPED, TRANSFERRED -> EnumSet.noneOf(ProjectStatus.class);
    };
  }

  @Override
  public String subject() {
    return "project";
  }
}
