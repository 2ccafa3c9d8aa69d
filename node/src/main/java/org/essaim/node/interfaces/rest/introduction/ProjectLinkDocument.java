// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.introduction;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.exchanges.ProjectLinkView;

/** A project of another territory this project was introduced to (an accepted introduction). */
@Schema(name = "ProjectLink")
public record ProjectLinkDocument(
    @Schema(description = "The introduction it came from", examples = "4") long introductionId,
    @Schema(
            description = "The other project's ActivityPub id",
            examples = "https://essaim.lons.example/objects/projects/12")
        String project,
    @Schema(description = "Its title, when known", examples = "Épicerie solidaire de Lons")
        String title,
    @Schema(
            description = "The other territory's actor",
            examples = "https://essaim.lons.example/actors/territory")
        String territory,
    @Schema(description = "Its name, else its host", examples = "Pays Lédonien")
        String territoryName,
    @Schema(description = "The other project's web page, when known") String url,
    @Schema(examples = "[\"SAME_THEME\"]") List<String> basis,
    @Schema(examples = "[\"food.access\"]") List<String> sharedThemes,
    @Schema(
            description = "SENT when this territory proposed the introduction, else RECEIVED",
            examples = "SENT")
        String direction,
    @Schema(description = "When it was accepted") Instant since) {

  static ProjectLinkDocument of(ProjectLinkView v) {
    return new ProjectLinkDocument(
        v.introductionId(),
        v.project().toString(),
        v.title().orElse(null),
        v.territory().toString(),
        v.territoryName(),
        v.url().map(Object::toString).orElse(null),
        v.basis(),
        v.sharedThemes(),
        v.direction().name(),
        v.since());
  }
}
