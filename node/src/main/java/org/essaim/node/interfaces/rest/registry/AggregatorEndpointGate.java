// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.NotFoundException;

/**
 * On a territory node the aggregator's endpoints do not exist: 404 problem+json for everyone,
 * before authentication and authorisation are even looked at (as the demo endpoint while disabled).
 */
@Provider
@AggregatorEndpoint
@Priority(Priorities.AUTHENTICATION - 100)
public class AggregatorEndpointGate implements ContainerRequestFilter {

  @Inject NodeMode mode;

  @Override
  public void filter(ContainerRequestContext request) {
    if (mode != NodeMode.AGGREGATOR) {
      throw new NotFoundException("there is no resource at /" + request.getUriInfo().getPath());
    }
  }
}
