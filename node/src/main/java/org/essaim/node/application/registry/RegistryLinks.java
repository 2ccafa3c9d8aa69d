// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;

/** What a registry entry refers to: its promo and its current parrain. */
@ApplicationScoped
public class RegistryLinks {

  /**
   * @throws InvalidInputException naming {@code promoId} when the promo does not exist
   */
  void requirePromo(Long promoId) {
    if (promoId != null) {
      throw new InvalidInputException(
          List.of(new FieldError("promoId", "there is no promo " + promoId)));
    }
  }

  /** The parrain of the territory's active sponsorship. */
  Optional<URI> activeSponsor(URI territory) {
    return Optional.empty();
  }

  /** An entry is being removed: what refers to it goes with it. */
  void entryRemoved(long entryId) {}
}
