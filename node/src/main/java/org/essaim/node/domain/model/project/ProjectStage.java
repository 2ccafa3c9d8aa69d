// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * The stage of a project, in the order of the {@code project-stages} taxonomy scheme (whose keys
 * are the wire values). A project moves only forward, possibly skipping stages (a project can be
 * launched without a separate « création » step); only an administrator may move it back, to
 * correct a mistake ({@link Project#moveToStage}).
 */
public enum ProjectStage implements LifecycleState<ProjectStage> {
  IDEA("idea"),
  FIRST_STEPS("first-steps"),
  EMERGENCE("emergence"),
  CREATION("creation"),
  LAUNCHED("launched"),
  CONSOLIDATION("consolidation"),
  DEVELOPMENT("development"),
  ACCELERATION("acceleration"),
  SWARMING("swarming");

  private final String key;

  ProjectStage(String key) {
    this.key = key;
  }

  /** The {@code project-stages} taxonomy key. */
  public String key() {
    return key;
  }

  public static Optional<ProjectStage> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** Every later stage. */
  @Override
  public Set<ProjectStage> next() {
    Set<ProjectStage> later = EnumSet.noneOf(ProjectStage.class);
    for (ProjectStage stage : values()) {
      if (stage.ordinal() > ordinal()) {
        later.add(stage);
      }
    }
    return later;
  }

  @Override
  public String subject() {
    return "project";
  }
}
