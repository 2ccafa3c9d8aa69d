// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import jakarta.json.JsonValue;

/**
 * Loads one section of a dataset. A step converts every entry exactly as the REST API converts a
 * request (Bean Validation, then the slice's assembler, taxonomy checks included), then calls the
 * slice's application service through {@link DemoContext#register} or {@link DemoContext#perform},
 * which a dry run skips. Steps are listed, in order, in {@link DemoSteps#ALL}.
 */
public interface DemoStep {

  /** The dataset key this step reads, such as {@code "projects"}. */
  String section();

  /** The name of what it loads, in the report (several steps may read one section). */
  default String label() {
    return section();
  }

  /**
   * @return how many objects (or changes) the step wrote
   * @throws org.essaim.node.application.InvalidInputException naming the entry and field at fault
   */
  int load(JsonValue section, DemoContext context);
}
