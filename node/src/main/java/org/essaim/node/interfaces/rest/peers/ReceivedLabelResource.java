// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.federation.labels.ReceivedLabels;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.RestApplication;

/** The label attestations this node received from the national actor, with their verdicts. */
@Path("admin/federation/labels")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Federation administration", description = "Peers, follows, blocks and policy")
public class ReceivedLabelResource {

  @Inject ReceivedLabels labels;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Label attestations received, and which peers they label (administrators)",
      description =
          "Each copy of a label attestation, verified against essaim.federation.national-actor:"
              + " issuer, FEP-8b32 proof, status. Only a valid LABELLED one labels its territory;"
              + " with trustLabelled in the policy, such territories are admitted in ALLOW_LIST"
              + " mode.")
  @APIResponse(responseCode = "200", description = "Every attestation received, by territory")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public List<ReceivedLabelDocument> list() {
    return labels.all().stream().map(ReceivedLabelDocument::of).toList();
  }
}
