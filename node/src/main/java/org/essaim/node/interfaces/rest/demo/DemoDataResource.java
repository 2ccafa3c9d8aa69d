// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.ConflictException;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.demo.DemoDataLoader;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.RestApplication;

@Path("admin/demo-data")
@RequestScoped
@DemoEndpoint
@Tag(
    name = "Demo data",
    description =
        "Fills an empty node as one of the seeds' territories, for demonstrations. Exists only"
            + " when essaim.demo.enabled is true.")
public class DemoDataResource {

  static final String GRENOBLE = "{\"territory\": \"grenoble\"}";
  static final String REPORT =
      "{\"dataset\": \"grenoble\", \"loaded\": {\"territory\": 1, \"organizations\": 7,"
          + " \"partners\": 3, \"campaigns\": 1, \"dreams\": 8, \"challenges\": 3, \"projects\": 5,"
          + " \"solutionIdeas\": 2, \"campaignTransitions\": 2, \"events\": 5, \"methodSheets\": 1,"
          + " \"transferableSolutions\": 1, \"replications\": 1, \"collectives\": 1,"
          + " \"accompaniments\": 1}, \"skipped\": {}}";

  // One load at a time: two concurrent loads would both find the node empty.
  private static final ReentrantLock LOADING = new ReentrantLock();

  @Inject DemoDataLoader loader;
  @Inject Validator validator;

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = RestApplication.BASIC_AUTH)
  @Operation(
      summary = "Load a demo dataset into this empty node (administrators)",
      description =
          "Everything goes through the same validation as the API, in one transaction: a failure"
              + " writes nothing. Sections prepared for slices without a demo step yet would be"
              + " skipped and listed under skipped (none today).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Grenoble", value = GRENOBLE)))
  @APIResponse(
      responseCode = "201",
      description = "Loaded; what was written, per step",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Grenoble", value = REPORT)))
  @APIResponse(responseCode = "400", description = "No territory, or no dataset by that name")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(
      responseCode = "404",
      description = "Demo data is disabled on this node (essaim.demo.enabled=false)")
  @APIResponse(
      responseCode = "409",
      description =
          "The node already holds campaigns, projects or organisations, or a load is under way")
  public Response load(DemoLoadDocument document) {
    InputValidation.requireValid(validator, document);
    if (!LOADING.tryLock()) {
      throw new ConflictException("a demo load is already under way on this node");
    }
    try {
      // The transaction commits when load returns, before the lock is released.
      return Response.status(Response.Status.CREATED)
          .entity(DemoReportDocument.of(loader.load(document.territory().strip())))
          .build();
    } finally {
      LOADING.unlock();
    }
  }
}
