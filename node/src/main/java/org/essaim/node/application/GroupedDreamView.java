// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamState;

/**
 * A dream as a défi shows it: id, text and state, nothing else. It has no field for personal data,
 * so a défi cannot leak any; the public gets only the PUBLISHED and CLUSTERED ones.
 */
public record GroupedDreamView(long id, String text, DreamState state) {

  static GroupedDreamView of(Dream dream) {
    return new GroupedDreamView(dream.id(), dream.text(), dream.state());
  }
}
