// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who shared an object: the peer territory it is attributed to. */
@Schema(name = "NetworkOrigin", description = "The territory a network object comes from.")
public record OriginDocument(
    @Schema(
            description = "The territory actor the object is attributed to",
            examples = "https://essaim.vierzon.example/actors/territory")
        String actor,
    @Schema(description = "The peer node's host", examples = "essaim.vierzon.example") String host,
    @Schema(description = "The territory's name, when known", examples = "Vierzon") String name,
    @Schema(
            description = "The object's page on the peer's site, when it has one",
            examples = "https://vierzon.example/projets/recyclerie")
        String url) {}
