// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.demo;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.infrastructure.config.DemoSettings;

/**
 * While {@code essaim.demo.enabled} is false the demo endpoint does not exist: 404 problem+json for
 * everyone, before authentication and authorisation are even looked at.
 */
@Provider
@DemoEndpoint
@Priority(Priorities.AUTHENTICATION - 100)
public class DemoEndpointGate implements ContainerRequestFilter {

  @Inject DemoSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.enabled()) {
      throw new NotFoundException("there is no resource at /" + request.getUriInfo().getPath());
    }
  }
}
