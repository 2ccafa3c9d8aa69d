// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.DreamService;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.SubmissionLimits;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.rest.InputValidation;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;

/** Step 1 in public: anyone shares a dream without an account; everyone reads published ones. */
@Path("campaigns/{campaignId}/dreams")
@RequestScoped
@Tag(
    name = "Dreams",
    description =
        "Dreams, ideas and needs (« rêves ») shared by anyone while a campaign collects them."
            + " Local to this node: they never federate.")
public class PublicDreamResource {

  static final int MAX_QUERY_LENGTH = 200;

  @Inject DreamService dreams;
  @Inject Validator validator;
  @Inject Taxonomy taxonomy;
  @Inject SubmissionLimits limits;
  @Context HttpServletRequest request;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Share a dream, an idea or a need (no account needed)",
      description =
          "Accepted only while the campaign is COLLECTING_DREAMS. The dream waits for moderation"
              + " before anyone else sees it. Contact details are optional, need contactConsent:"
              + " true, and are refused for UNDER_15. At most 10 submissions per 10 minutes per"
              + " address by default.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "Anonymous",
                    value =
                        "{\"text\":\"Un rêve partagé : une épicerie solidaire au cœur du"
                            + " village.\",\"themes\":[\"food.access\"],"
                            + "\"commune\":{\"code\":\"39300\",\"label\":\"Lons-le-Saunier\"},"
                            + "\"contributorType\":\"INHABITANT\",\"ageBand\":\"26_64\"}"),
                @ExampleObject(
                    name = "With contact, consented",
                    value =
                        "{\"text\":\"Un atelier vélo partagé près de la gare.\","
                            + "\"themes\":[\"mobility.cycling\"],"
                            + "\"contributorType\":\"ASSOCIATION\","
                            + "\"contactEmail\":\"contact@example.org\","
                            + "\"contactConsent\":true}")
              }))
  @APIResponse(
      responseCode = "202",
      description = "Received, waiting for moderation (the receipt names no id)")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON or invalid fields (unknown theme, contact without consent…)")
  @APIResponse(responseCode = "404", description = "No such campaign")
  @APIResponse(responseCode = "409", description = "The campaign is not collecting dreams")
  @APIResponse(responseCode = "429", description = "Too many submissions; see Retry-After")
  public Response submit(
      @PathParam("campaignId") long campaignId, DreamSubmissionDocument document) {
    dreams.countAttempt(ClientAddress.of(request, limits));
    if (document != null && document.honeypotFilled()) {
      // Only a bot fills the hidden field. It gets the very answer a person gets, so it has
      // no reason to retry or adapt, and nothing is stored.
      return accepted();
    }
    DreamSubmission submission =
        DreamSubmissionAssembler.toSubmission(
            document, InputValidation.violations(validator, document), taxonomy);
    dreams.submit(campaignId, submission);
    return accepted();
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Published dreams of a campaign, newest first",
      description =
          "Only PUBLISHED and CLUSTERED dreams, without any personal field (no contact, no age"
              + " band).")
  @APIResponse(responseCode = "200", description = "One page of published dreams")
  @APIResponse(responseCode = "400", description = "Invalid page, size or theme")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public PageDocument<PublicDreamDocument> list(
      @PathParam("campaignId") long campaignId,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Items per page, 1 to 100", example = "20") @QueryParam("size")
          String size,
      @Parameter(description = "Theme key; narrower themes included", example = "food")
          @QueryParam("theme")
          String theme,
      @Parameter(description = "French full-text search, accents ignored", example = "épicerie")
          @QueryParam("q")
          String q) {
    PageRequest pageRequest = PageRequest.parse(page, size);
    return PageDocument.of(
        dreams.listPublic(
            campaignId,
            QueryParams.text("theme", theme, MAX_QUERY_LENGTH),
            QueryParams.text("q", q, MAX_QUERY_LENGTH),
            pageRequest),
        PublicDreamDocument::of);
  }

  private static Response accepted() {
    return Response.accepted(SubmissionReceiptDocument.RECEIVED).build();
  }
}
