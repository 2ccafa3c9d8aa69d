// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.essaim.node.infrastructure.startup.DemoStartup;

/**
 * UP once the start-up demo load ({@code essaim.demo.territory}) is over, so that a demo network
 * waiting for /health/started finds its nodes filled. Always UP when no dataset is configured.
 */
@Startup
@ApplicationScoped
public class DemoDataStartedCheck implements HealthCheck {

  @Inject DemoStartup demo;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("demo-data-loaded").status(demo.isDone()).build();
  }
}
