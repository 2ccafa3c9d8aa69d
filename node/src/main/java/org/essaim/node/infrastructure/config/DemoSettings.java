// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The demo data switches; both off by default (see docs/operations.md). */
@ApplicationScoped
public class DemoSettings {

  @Inject
  @ConfigProperty(name = "essaim.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "essaim.demo.territory")
  Optional<String> territory;

  /** Whether {@code POST /api/admin/demo-data} exists on this node. */
  public boolean enabled() {
    return enabled;
  }

  /** The dataset to load at start-up into a node that is still empty, if any. */
  public Optional<String> territory() {
    return territory.map(String::strip).filter(t -> !t.isEmpty());
  }
}
