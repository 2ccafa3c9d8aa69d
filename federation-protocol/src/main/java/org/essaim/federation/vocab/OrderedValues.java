// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.util.List;

/** Values whose order matters (JSON-LD {@code @list}): {@code orderedItems}, a perimeter. */
public record OrderedValues(List<AsValue> values) implements AsValue {
  public OrderedValues {
    values = List.copyOf(values);
  }
}
