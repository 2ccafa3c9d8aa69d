// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.node.infrastructure.config.NodeSettings;

/**
 * The federation keys of the configuration ({@code essaim.federation.*}), documented in
 * docs/operations.md.
 */
@ApplicationScoped
public class FederationSettings {

  @Inject NodeSettings node;

  @Inject
  @ConfigProperty(name = "essaim.federation.keys.dir")
  Optional<String> keysDir;

  @Inject
  @ConfigProperty(name = "essaim.federation.username")
  Optional<String> username;

  /**
   * Where the actor keys live: {@code essaim.federation.keys.dir}, else {@code <data dir>/keys}.
   */
  public Path keysDir() {
    return keysDir.filter(d -> !d.isBlank()).map(Path::of).orElse(node.dataDir().resolve("keys"));
  }

  /**
   * The territory actor's username: {@code essaim.federation.username}, else a slug of {@code
   * essaim.territory.name} (the configured name, not the editable profile, so that the handle stays
   * put when the profile is edited).
   *
   * @throws IllegalStateException when the configured one is not a valid username
   */
  public String username() {
    Optional<String> configured = username.map(String::strip).filter(u -> !u.isEmpty());
    if (configured.isPresent()) {
      if (!Usernames.isValid(configured.get())) {
        throw new IllegalStateException(
            "essaim.federation.username must be lower-case letters, digits, '_', '.' or '-'"
                + " (not at either end), at most "
                + Usernames.MAX_LENGTH
                + " characters");
      }
      return configured.get();
    }
    return Usernames.slug(node.territoryName());
  }
}
