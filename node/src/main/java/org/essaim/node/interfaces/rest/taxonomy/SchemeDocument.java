// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.taxonomy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaxonomyScheme", description = "A scheme and its concepts.")
public record SchemeDocument(
    @Schema(examples = "themes") String key, int size, List<ConceptDocument> concepts) {}
