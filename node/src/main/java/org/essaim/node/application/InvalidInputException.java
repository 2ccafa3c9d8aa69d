// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.List;

/** The input breaks one or more rules; nothing was changed. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s)");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
