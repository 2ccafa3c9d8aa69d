// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The circuit breakers of this node process, one per peer host. Kept in memory: each replica has
 * its own, and a restart closes them (the first failures after it reopen them).
 */
@ApplicationScoped
public class HostBreakers {

  /** Consecutive host failures that open a breaker. */
  static final int THRESHOLD = 5;

  @Inject
  @ConfigProperty(name = "essaim.federation.delivery.probe-interval", defaultValue = "PT1M")
  Duration probeInterval;

  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  public CircuitBreaker of(String host) {
    return breakers.computeIfAbsent(host, h -> new CircuitBreaker(THRESHOLD, probeInterval));
  }

  public Optional<CircuitBreaker> existing(String host) {
    return Optional.ofNullable(breakers.get(host));
  }
}
