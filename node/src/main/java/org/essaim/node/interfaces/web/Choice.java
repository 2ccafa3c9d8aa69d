// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.essaim.node.domain.shared.Visibility;

/**
 * One choice of a form — an option of a select, a checkbox or a radio button: its value, its words,
 * whether it is chosen. Every form of the interface offers its choices this way.
 */
public record Choice(String value, String label, boolean checked) {

  /** The visibilities a team form offers, widest first, {@code checked} (a name) ticked. */
  public static List<Choice> visibilities(Locale locale, String checked) {
    return Stream.of(
            Visibility.PUBLIC, Visibility.NODE_PUBLIC, Visibility.NETWORK, Visibility.PRIVATE)
        .map(
            v ->
                new Choice(
                    v.name(),
                    WebMessages.text(locale, "visibility." + v.name()),
                    v.name().equals(checked)))
        .toList();
  }
}
