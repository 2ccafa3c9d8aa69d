// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every exception that leaves a REST resource becomes a problem+json response. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  @Context SecurityContext security;

  @Override
  public Response toResponse(Throwable failure) {
    boolean authenticated = security != null && security.getUserPrincipal() != null;
    ProblemResponse problem = Problems.from(failure, authenticated);
    Response.ResponseBuilder response =
        Response.status(problem.problem().status())
            .type(ProblemDetail.MEDIA_TYPE)
            .entity(Problems.toJson(problem.problem()));
    problem.headers().forEach(response::header);
    return response.build();
  }
}
