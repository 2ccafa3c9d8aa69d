// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.shared;

/**
 * A value broke a rule of the domain. Carries the name of the offending field so the interfaces can
 * point the user at it.
 */
public class DomainRuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public DomainRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
