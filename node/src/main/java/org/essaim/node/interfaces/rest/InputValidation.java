// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;

/** Checks a request document with Bean Validation and reports every rejected field at once. */
public final class InputValidation {
  private InputValidation() {}

  /**
   * @throws InvalidInputException listing every violation, by field path
   */
  public static <T> T requireValid(Validator validator, T document) {
    List<FieldError> errors = violations(validator, document);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return document;
  }

  /**
   * Every Bean Validation violation of the document, by field path.
   *
   * @throws InvalidInputException when there is no document at all
   */
  public static <T> List<FieldError> violations(Validator validator, T document) {
    if (document == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    return validator.validate(document).stream()
        .map(InputValidation::toFieldError)
        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
  }

  private static FieldError toFieldError(ConstraintViolation<?> violation) {
    // Container element nodes print as "perimeter[0].<list element>": keep the readable part.
    String path = violation.getPropertyPath().toString().replace(".<list element>", "");
    return new FieldError(path, violation.getMessage());
  }
}
