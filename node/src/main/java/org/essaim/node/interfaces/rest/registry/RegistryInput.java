// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.util.ArrayList;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.registry.EntryDescription;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** Checks a registry document field by field and reports every rejected field at once. */
final class RegistryInput {

  private RegistryInput() {}

  static EntryDescription description(RegistryTerritoryDocument document, List<FieldError> errors) {
    if (document == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    check(errors, "name", () -> new EntryDescription(document.name(), "x", null, "FR", null));
    check(errors, "region", () -> new EntryDescription("x", document.region(), null, "FR", null));
    check(
        errors,
        "department",
        () -> new EntryDescription("x", "x", document.department(), "FR", null));
    check(errors, "country", () -> new EntryDescription("x", "x", null, document.country(), null));
    if (document.promoId() != null && document.promoId() < 1) {
      errors.add(new FieldError("promoId", "must be a promo's id"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new EntryDescription(
        document.name(),
        document.region(),
        document.department(),
        document.country(),
        document.promoId());
  }

  /** The status named, or null with an error when it is missing or unknown. */
  static LabelStatus status(String field, String value, boolean required, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required: one of " + List.of(LabelStatus.values())));
      }
      return null;
    }
    try {
      return LabelStatus.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "must be one of " + List.of(LabelStatus.values())));
      return null;
    }
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(new ArrayList<>(errors));
    }
  }

  private static void check(List<FieldError> errors, String field, Runnable construct) {
    try {
      construct.run();
    } catch (DomainRuleViolation e) {
      if (e.field().equals(field)) {
        errors.add(new FieldError(field, e.getMessage()));
      }
    }
  }
}
