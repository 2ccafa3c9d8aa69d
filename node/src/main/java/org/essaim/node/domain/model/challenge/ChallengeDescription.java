// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import java.util.LinkedHashSet;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * What the team writes about a défi. Theme keys are checked against the taxonomy by the
 * application, which knows it.
 *
 * @param title short, often « Comment … ? » (at most {@value #MAX_TITLE_LENGTH} characters)
 * @param statement the défi explained (at most {@value #MAX_STATEMENT_LENGTH} characters)
 * @param themes theme keys, without duplicates, in the given order
 * @param visibility who may read it; null: the node's default for a new défi, unchanged otherwise
 */
public record ChallengeDescription(
    String title, String statement, List<String> themes, Visibility visibility) {

  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_STATEMENT_LENGTH = 5000;

  public ChallengeDescription {
    title = required("title", title, MAX_TITLE_LENGTH);
    statement = required("statement", statement, MAX_STATEMENT_LENGTH);
    themes = themes == null ? List.of() : List.copyOf(new LinkedHashSet<>(themes));
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(field, "must not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return stripped;
  }
}
