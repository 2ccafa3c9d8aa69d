// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import java.util.Map;

/**
 * What a load did.
 *
 * @param dataset the dataset's name, such as {@code grenoble}
 * @param loaded how many objects (or transitions) each step wrote, in loading order
 * @param skipped the sections present in the dataset that no step loads yet, with the reason
 */
public record DemoReport(String dataset, Map<String, Integer> loaded, Map<String, String> skipped) {
  public DemoReport {
    loaded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(loaded));
    skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
  }
}
