// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventPlace", description = "A public venue; at least one of the three fields.")
public record PlaceDocument(
    @Schema(examples = "Salle des fêtes de la Marjorie") String venueName,
    @Schema(examples = "Lons-le-Saunier") String commune,
    @Schema(examples = "1 rue de la Marjorie, 39000") String address) {}
