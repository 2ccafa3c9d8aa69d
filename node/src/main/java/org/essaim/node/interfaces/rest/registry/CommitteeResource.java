// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.registry.CommitteeReviewView;
import org.essaim.node.application.registry.CommitteeService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.registry.CommitteeDecision;
import org.essaim.node.domain.model.registry.CommitteeKind;
import org.essaim.node.domain.model.registry.Criterion;
import org.essaim.node.domain.model.registry.CriterionAssessment;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;

/** Committee decisions about a registered territory (aggregator only, administrators only). */
@Path("admin/registry/territories/{id}/reviews")
@RequestScoped
@AggregatorEndpoint
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Registry (aggregator)")
public class CommitteeResource {

  static final String EXAMPLE =
      "{\"kind\":\"LABELLING\",\"committeeDate\":\"2024-04-15\",\"criteria\":["
          + "{\"criterion\":\"CORE_TEAM_TRAINED\",\"met\":true},"
          + "{\"criterion\":\"VISION_AND_CALENDAR\",\"met\":true},"
          + "{\"criterion\":\"RESOURCES_MOBILISED\",\"met\":true},"
          + "{\"criterion\":\"ECONOMIC_MODEL_AND_SUPPORT\",\"met\":true,"
          + "\"comment\":\"Modèle économique à consolider en 2025\"}],"
          + "\"decision\":\"LABELLED\",\"deliberationNotes\":\"Le tout premier comité.\"}";

  @Inject CommitteeService committees;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A territory's committee decisions, newest first (administrators)")
  @APIResponse(responseCode = "200", description = "Every decision, private notes included")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory")
  public List<ReviewDocument> list(@PathParam("id") long id) {
    return committees.reviews(id).stream().map(ReviewDocument::of).toList();
  }

  @GET
  @Path("{reviewId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One committee decision (administrators)")
  @APIResponse(responseCode = "200", description = "The decision, private notes included")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory or decision")
  public ReviewDocument get(@PathParam("id") long id, @PathParam("reviewId") long reviewId) {
    return ReviewDocument.of(committees.review(id, reviewId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a committee decision (administrators)",
      description =
          "The eligibility committee reviews CANDIDATE territories (ELIGIBLE → IN_PROMO, DEFERRED"
              + " → DEFERRED, NOT_YET stays); the labelling committee reviews READY_FOR_LABEL ones"
              + " (LABELLED at the committee's date, which issues the label attestation;"
              + " NEEDS_MORE_TIME). The checklist has every criterion of the committee once; a"
              + " positive decision needs them all met. Notes stay private.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Labelling committee", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Recorded; the territory moved")
  @APIResponse(responseCode = "400", description = "Invalid fields or checklist")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such territory")
  @APIResponse(
      responseCode = "409",
      description = "The territory is not in the status this committee reviews")
  public Response record(@PathParam("id") long id, ReviewDocument document, @Context UriInfo uri) {
    if (document == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    CommitteeKind kind = enumField(errors, "kind", CommitteeKind.class, document.kind());
    CommitteeDecision decision =
        enumField(errors, "decision", CommitteeDecision.class, document.decision());
    if (document.committeeDate() == null) {
      errors.add(new FieldError("committeeDate", "is required"));
    }
    List<CriterionAssessment> criteria = new ArrayList<>();
    List<ReviewDocument.CriterionDocument> lines =
        document.criteria() == null ? List.of() : document.criteria();
    if (lines.size() > 20) {
      errors.add(new FieldError("criteria", "at most 20 lines"));
    }
    for (int i = 0; i < lines.size() && i < 20; i++) {
      String field = "criteria[" + i + "]";
      ReviewDocument.CriterionDocument line = lines.get(i);
      if (line == null) {
        errors.add(new FieldError(field, "is required"));
        continue;
      }
      Criterion criterion =
          enumField(errors, field + ".criterion", Criterion.class, line.criterion());
      if (line.met() == null) {
        errors.add(new FieldError(field + ".met", "is required: true or false"));
      }
      if (criterion != null && line.met() != null) {
        try {
          criteria.add(new CriterionAssessment(field, criterion, line.met(), line.comment()));
        } catch (DomainRuleViolation e) {
          errors.add(new FieldError(e.field(), e.getMessage()));
        }
      }
    }
    RegistryInput.throwIfAny(errors);
    CommitteeReviewView view =
        committees.record(
            id,
            kind,
            document.committeeDate(),
            criteria,
            decision,
            document.deliberationNotes(),
            document.promoId(),
            security.getUserPrincipal() == null ? "admin" : security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(ReviewDocument.of(view))
        .build();
  }

  private static <E extends Enum<E>> E enumField(
      List<FieldError> errors, String field, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required: one of " + List.of(type.getEnumConstants())));
      return null;
    }
    try {
      return QueryParams.enumValue(field, type, value).orElseThrow();
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }
}
