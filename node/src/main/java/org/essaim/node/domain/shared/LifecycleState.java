// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.shared;

import java.util.Set;

/**
 * The state of an aggregate with a lifecycle (Campaign, Dream; later Challenge, Project…): an enum
 * whose constants say which states may follow them. The aggregate moves only through {@link
 * #requireTransitionTo}, so an illegal move is refused in one place with one explanation.
 *
 * @param <S> the enum itself
 */
public interface LifecycleState<S extends Enum<S> & LifecycleState<S>> {

  /** The states this one may move to, in declaration order (an EnumSet); empty when final. */
  Set<S> next();

  /** What moves in this state, for explanations ("campaign", "dream"). */
  String subject();

  default boolean canMoveTo(S target) {
    return next().contains(target);
  }

  default boolean isFinal() {
    return next().isEmpty();
  }

  /**
   * @return the target, once checked
   * @throws IllegalTransitionException when the target does not follow this state
   */
  default S requireTransitionTo(S target) {
    if (target == null || !canMoveTo(target)) {
      throw new IllegalTransitionException(
          (Enum<?>) this,
          target,
          IllegalTransitionException.explain(subject(), (Enum<?>) this, target, next()));
    }
    return target;
  }
}
