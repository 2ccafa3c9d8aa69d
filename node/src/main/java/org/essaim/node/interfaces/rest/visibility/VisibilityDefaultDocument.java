// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.visibility;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.VisibilityDefaultView;

/** The default visibility of one kind of object, as the API shows it. */
@Schema(name = "VisibilityDefault")
public record VisibilityDefaultDocument(
    @Schema(description = "Kind of object", example = "method-sheet") String kind,
    @Schema(description = "Visibility a new object of this kind gets", example = "NETWORK")
        String visibility,
    @Schema(description = "What the domain notes propose", example = "NETWORK")
        String builtInDefault,
    @Schema(description = "Administrator who chose it; absent for the built-in default")
        String chosenBy,
    Instant chosenAt,
    @Schema(description = "0 while the built-in default applies; also the ETag") long version) {

  static VisibilityDefaultDocument of(VisibilityDefaultView view) {
    return new VisibilityDefaultDocument(
        pathName(view.kind()),
        view.visibility().name(),
        view.builtInDefault().name(),
        view.chosenBy().orElse(null),
        view.chosenAt().orElse(null),
        view.version());
  }

  static String pathName(org.essaim.node.domain.model.visibility.ShareableKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
