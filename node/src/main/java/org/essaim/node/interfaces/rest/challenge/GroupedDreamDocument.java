// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.GroupedDreamView;

/** A dream grouped under a défi: no personal field exists in this document. */
@Schema(name = "GroupedDream", description = "A dream grouped under a défi (id, text, state).")
public record GroupedDreamDocument(
    @Schema(examples = "12") long id,
    @Schema(examples = "Un atelier vélo solidaire près de la gare.") String text,
    @Schema(examples = "CLUSTERED") String state) {

  static GroupedDreamDocument of(GroupedDreamView view) {
    return new GroupedDreamDocument(view.id(), view.text(), view.state().name());
  }
}
