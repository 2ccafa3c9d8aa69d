// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.essaim.node.infrastructure.startup.NodeStartup;

/** UP once the database, migrations and first-start steps have completed. */
@Startup
@ApplicationScoped
public class NodeStartedCheck implements HealthCheck {

  @Inject NodeStartup startup;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("node-started").status(startup.isStarted()).build();
  }
}
