// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to fetch. */
@Schema(name = "RemoteFetchRequest")
public record FetchRequestDocument(
    @Schema(examples = "https://miramas.essaim.fr/actors/territory") String url) {}
