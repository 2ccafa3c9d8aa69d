// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.essaim.federation.vocab.AsObject;

/**
 * A document fetched from its own id: whose id is the address it was fetched from.
 *
 * @param object the document read with the library codec
 * @param json the JSON as received (for proofs, computed over the exact members)
 * @param text the JSON text as received (what a copy stores)
 */
public record FetchedDocument(AsObject object, JsonObject json, String text) {

  public FetchedDocument {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(text, "text");
  }
}
