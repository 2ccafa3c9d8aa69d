// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the whole node, so tests and services agree on "now". */
@ApplicationScoped
public class ClockProducer {

  // Dependent scope: a JDK class cannot be proxied, and Clock is immutable anyway.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
