// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/** An aggregate was asked to move to a state that does not follow its current one. */
public class IllegalTransitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String from;
  private final String to;

  /**
   * @param from the current state
   * @param to the state asked for (null when none was given)
   * @param explanation what is allowed instead, for a person to read
   */
  public IllegalTransitionException(Enum<?> from, Enum<?> to, String explanation) {
    super(explanation);
    this.from = from.name();
    this.to = to == null ? null : to.name();
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  static String explain(
      String subject, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
    String refused =
        to == null
            ? "no target state given"
            : "a " + subject + " cannot move from " + from.name() + " to " + to.name();
    if (allowed.isEmpty()) {
      return refused + "; " + from.name() + " is final, no transition is allowed";
    }
    return refused
        + "; from "
        + from.name()
        + " the allowed transitions are to "
        + allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
