// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.essaim.node.application.registry.PromoService;
import org.essaim.node.application.registry.PromoView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.registry.ModuleFormat;
import org.essaim.node.domain.model.registry.PromoModule;
import org.essaim.node.domain.model.registry.PromoTerms;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

/** Promos (aggregator only, administrators only); published to followers as NETWORK objects. */
@Path("admin/registry/promos")
@RequestScoped
@AggregatorEndpoint
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Registry (aggregator)")
public class PromoResource {

  static final String EXAMPLE =
      "{\"number\":2,\"name\":\"Promo 2\",\"period\":\"2024-2025\",\"durationMonths\":6,"
          + "\"eligibilityCommitteeDate\":\"2024-10-10\",\"members\":[18,19,20,21],"
          + "\"coAnimators\":[2,4,6,9,11],\"modules\":["
          + "{\"title\":\"Séminaire d'intégration\",\"format\":\"IN_PERSON_2D\",\"coAnimatorId\":4},"
          + "{\"title\":\"Animer son équipe cœur\",\"format\":\"VISIO_3H\",\"coAnimatorId\":2,"
          + "\"openToLabelled\":true}]}";

  @Inject PromoService promos;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every promo, by number (administrators)")
  @APIResponse(responseCode = "200", description = "The promos")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public List<PromoDocument> list() {
    return promos.list().stream().map(PromoDocument::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a promo (administrators)",
      description =
          "Its members are registry territories (their entries then name the promo); published to"
              + " the followers as a NETWORK Promo.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Promo 2", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown territory")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "409", description = "A promo has this number already")
  public Response create(PromoDocument document, @Context UriInfo uri) {
    PromoView view = promos.create(terms(document), members(document));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(PromoDocument.of(view))
        .tag(Versions.etag(view.version()))
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One promo (administrators)")
  @APIResponse(responseCode = "200", description = "The promo; its ETag is its version")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such promo")
  public Response get(@PathParam("id") long id) {
    return ok(promos.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a promo, its members and modules (administrators)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Promo 2", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored promo, with its new ETag")
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown territory")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such promo")
  @APIResponse(responseCode = "409", description = "Another promo has this number")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PromoDocument document) {
    return ok(promos.describe(id, terms(document), members(document), Versions.expected(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a promo; its members no longer name it (administrators)")
  @APIResponse(responseCode = "204", description = "Deleted; a Delete reaches the followers")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such promo")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    promos.delete(id, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  private static List<Long> members(PromoDocument document) {
    return document.members() == null ? List.of() : document.members();
  }

  private static PromoTerms terms(PromoDocument document) {
    if (document == null) {
      throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    if (document.number() == null) {
      errors.add(new FieldError("number", "is required: 1, 2, 3…"));
    }
    if (document.members() != null && document.members().size() > 100) {
      errors.add(new FieldError("members", "at most 100 territories"));
    }
    if (document.members() != null && document.members().contains(null)) {
      errors.add(new FieldError("members", "must not contain null"));
    }
    if (document.coAnimators() != null && document.coAnimators().contains(null)) {
      errors.add(new FieldError("coAnimators", "must not contain null"));
    }
    List<PromoModule> modules = new ArrayList<>();
    List<PromoDocument.ModuleDocument> lines =
        document.modules() == null ? List.of() : document.modules();
    for (int i = 0; i < lines.size() && i < 50; i++) {
      String field = "modules[" + i + "]";
      PromoDocument.ModuleDocument m = lines.get(i);
      if (m == null) {
        errors.add(new FieldError(field, "is required"));
        continue;
      }
      ModuleFormat format = null;
      try {
        format =
            QueryParams.enumValue(field + ".format", ModuleFormat.class, m.format()).orElse(null);
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
        continue;
      }
      try {
        modules.add(
            new PromoModule(
                field,
                m.title(),
                format,
                m.coAnimatorId(),
                Boolean.TRUE.equals(m.openToLabelled())));
      } catch (DomainRuleViolation e) {
        errors.add(new FieldError(e.field(), e.getMessage()));
      }
    }
    if (lines.size() > 50) {
      errors.add(new FieldError("modules", "at most 50 modules"));
    }
    PromoTerms terms = null;
    if (errors.isEmpty()) {
      try {
        terms =
            new PromoTerms(
                document.number(),
                document.name(),
                document.period(),
                document.durationMonths(),
                document.eligibilityCommitteeDate(),
                document.coAnimators(),
                modules);
      } catch (DomainRuleViolation e) {
        errors.add(new FieldError(e.field(), e.getMessage()));
      }
    }
    RegistryInput.throwIfAny(errors);
    return terms;
  }

  private static Response ok(PromoView view) {
    return Response.ok(PromoDocument.of(view)).tag(Versions.etag(view.version())).build();
  }
}
