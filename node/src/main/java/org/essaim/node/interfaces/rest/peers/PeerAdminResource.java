// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.follow.FollowService;
import org.essaim.node.application.federation.follow.NetworkPolicyService;
import org.essaim.node.application.federation.follow.PolicyView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.NetworkMode;
import org.essaim.node.domain.model.peer.PeerMatch;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.infrastructure.federation.peers.PeerLookup;
import org.essaim.node.interfaces.rest.PageDocument;
import org.essaim.node.interfaces.rest.QueryParams;
import org.essaim.node.interfaces.rest.RestApplication;
import org.essaim.node.interfaces.rest.Versions;

/** Peers, follows, follow requests, blocks and the network policy (administrators only). */
@Path("admin/federation")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
@Tag(name = "Federation administration", description = "Peers, follows, blocks and policy")
public class PeerAdminResource {

  static final String POLICY_EXAMPLE =
      "{\"followApproval\":\"MANUAL\",\"networkMode\":\"ALLOW_LIST\",\"allowList\":"
          + "[{\"host\":\"essaim.crepite.fr\"},"
          + "{\"actor\":\"https://essaim.example.org/actors/territory\"}],"
          + "\"trustLabelled\":true}";

  @Inject FollowService follows;
  @Inject NetworkPolicyService policies;
  @Inject PeerLookup lookup;
  @Context SecurityContext security;

  @GET
  @Path("peers")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List the peers (administrators)")
  @APIResponse(responseCode = "200", description = "One page of peers, by actor address")
  @APIResponse(responseCode = "400", description = "A filter or the page is invalid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<PeerDocument> peers(
      @Parameter(description = "Their follow's state: NONE, PENDING, ACCEPTED, REJECTED")
          @QueryParam("follower")
          String follower,
      @Parameter(description = "Our follow's state: NONE, PENDING, ACCEPTED, REJECTED")
          @QueryParam("following")
          String following,
      @Parameter(description = "Host (and port) of the actors", example = "essaim.crepite.fr")
          @QueryParam("host")
          String host,
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    return PageDocument.of(
        follows.peers(
            QueryParams.enumValue("follower", FollowState.class, follower).orElse(null),
            QueryParams.enumValue("following", FollowState.class, following).orElse(null),
            QueryParams.text("host", host, 260)
                .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                .orElse(null),
            PageRequest.parse(page, size)),
        PeerDocument::of);
  }

  @GET
  @Path("peers/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One peer (administrators)")
  @APIResponse(responseCode = "200", description = "The peer")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such peer")
  public PeerDocument peer(@Parameter(description = "The peer's id") @PathParam("id") String id) {
    return PeerDocument.of(follows.peer(uuid(id, "peer")));
  }

  @POST
  @Path("following")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Follow another territory (administrators)",
      description =
          "Looks the target up (WebFinger for a handle), fetches its actor, stores the peer and"
              + " sends a Follow. The follow is PENDING until the peer accepts it.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "By handle",
                      value = "{\"target\":\"acct:lons-le-saunier@essaim.crepite.fr\"}")))
  @APIResponse(responseCode = "202", description = "Follow sent; the peer, following PENDING")
  @APIResponse(
      responseCode = "400",
      description = "Malformed target, this node's own actor, or no actor found")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(
      responseCode = "409",
      description = "Already followed (PENDING or ACCEPTED), or blocked or not on the allow-list")
  public Response follow(FollowTargetDocument document) {
    Actor actor = lookup.resolve(document == null ? null : document.target());
    return Response.accepted(PeerDocument.of(follows.follow(actor))).build();
  }

  @DELETE
  @Path("following/{peerId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stop following a peer: an Undo is sent (administrators)")
  @APIResponse(responseCode = "200", description = "The peer, following NONE")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such peer")
  @APIResponse(responseCode = "409", description = "This territory does not follow the peer")
  public PeerDocument unfollow(
      @Parameter(description = "The peer's id") @PathParam("peerId") String peerId) {
    return PeerDocument.of(follows.unfollow(uuid(peerId, "peer")));
  }

  @GET
  @Path("follow-requests")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Follow requests awaiting approval (administrators)")
  @APIResponse(responseCode = "200", description = "One page of peers whose follow is PENDING")
  @APIResponse(responseCode = "400", description = "The page is invalid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public PageDocument<PeerDocument> followRequests(
      @Parameter(description = "Page number, from 1", example = "1") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size")
          String size) {
    return PageDocument.of(
        follows.peers(FollowState.PENDING, null, null, PageRequest.parse(page, size)),
        PeerDocument::of);
  }

  @POST
  @Path("follow-requests/{peerId}/accept")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept a follow request: an Accept is sent (administrators)")
  @APIResponse(responseCode = "200", description = "The peer, follower ACCEPTED")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such peer")
  @APIResponse(responseCode = "409", description = "The peer's follow is not PENDING")
  public PeerDocument accept(
      @Parameter(description = "The peer's id") @PathParam("peerId") String peerId) {
    return PeerDocument.of(follows.acceptFollower(uuid(peerId, "peer")));
  }

  @POST
  @Path("follow-requests/{peerId}/reject")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a follow request: a Reject is sent (administrators)")
  @APIResponse(responseCode = "200", description = "The peer, follower REJECTED")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such peer")
  @APIResponse(responseCode = "409", description = "The peer's follow is not PENDING")
  public PeerDocument reject(
      @Parameter(description = "The peer's id") @PathParam("peerId") String peerId) {
    return PeerDocument.of(follows.rejectFollower(uuid(peerId, "peer")));
  }

  @DELETE
  @Path("followers/{peerId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove a follower: a Reject of its Follow is sent (administrators)")
  @APIResponse(responseCode = "200", description = "The peer, follower REJECTED")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such peer")
  @APIResponse(responseCode = "409", description = "The peer is not an accepted follower")
  public PeerDocument removeFollower(
      @Parameter(description = "The peer's id") @PathParam("peerId") String peerId) {
    return PeerDocument.of(follows.removeFollower(uuid(peerId, "peer")));
  }

  @GET
  @Path("blocks")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The blocked actors and hosts (administrators)")
  @APIResponse(responseCode = "200", description = "Every block, oldest first")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public List<BlockDocument> blocks() {
    return policies.blocks().stream().map(BlockDocument::of).toList();
  }

  @POST
  @Path("blocks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Block an actor or a whole host (administrators)",
      description =
          "Nothing is accepted from, nor sent to, what the block designates; the follows"
              + " concerned end both ways (a Reject of theirs, an Undo of ours).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "A host",
                      value = "{\"host\":\"spam.example\",\"reason\":\"Unsolicited content\"}")))
  @APIResponse(responseCode = "201", description = "Blocked; Location names the block")
  @APIResponse(responseCode = "400", description = "Neither or both of actor and host, or invalid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "409", description = "Already blocked")
  public Response block(BlockDocument document, @Context UriInfo uri) {
    if (document == null) {
      throw new InvalidInputException(
          List.of(new FieldError("actor", "give an actor or a host to block")));
    }
    if (document.reason() != null && document.reason().length() > 500) {
      throw new InvalidInputException(List.of(new FieldError("reason", "at most 500 characters")));
    }
    PeerMatch target = match("", new PeerMatchDocument(document.actor(), document.host()));
    BlockDocument created = BlockDocument.of(policies.block(target, document.reason(), username()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("blocks/{id}")
  @Operation(summary = "Lift a block (administrators)")
  @APIResponse(responseCode = "204", description = "Lifted; ended follows stay ended")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "404", description = "No such block")
  public Response unblock(@Parameter(description = "The block's id") @PathParam("id") String id) {
    policies.unblock(uuid(id, "block"));
    return Response.noContent().build();
  }

  @GET
  @Path("policy")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The federation policy (administrators)")
  @APIResponse(responseCode = "200", description = "The policy; its ETag is its version")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  public Response policy() {
    PolicyView view = policies.policy();
    return Response.ok(PolicyDocument.of(view)).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the federation policy and allow-list (administrators)",
      description =
          "Follow approval MANUAL or AUTOMATIC (switching to AUTOMATIC accepts the pending"
              + " requests); network mode OPEN or ALLOW_LIST; the allow-list replaces the stored"
              + " one; trustLabelled (optional, kept when left out) also admits, in ALLOW_LIST"
              + " mode, every territory the national node attests as labelled. Blocks always"
              + " win.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "Closed network", value = POLICY_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The stored policy, with its new ETag")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Signed in without the admin role")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response changePolicy(
      @Parameter(description = "The version edited, as returned in the ETag")
          @HeaderParam("If-Match")
          String ifMatch,
      PolicyDocument document) {
    if (document == null) {
      throw new InvalidInputException(
          List.of(new FieldError("followApproval", "a policy document is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    FollowApproval approval =
        required(errors, "followApproval", FollowApproval.class, document.followApproval());
    NetworkMode mode = required(errors, "networkMode", NetworkMode.class, document.networkMode());
    List<PeerMatch> allowList = new ArrayList<>();
    List<PeerMatchDocument> entries =
        document.allowList() == null ? List.of() : document.allowList();
    if (entries.size() > 1000) {
      errors.add(new FieldError("allowList", "at most 1000 entries"));
    }
    for (int i = 0; i < entries.size() && i < 1000; i++) {
      try {
        allowList.add(match("allowList[" + i + "].", entries.get(i)));
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PolicyView view =
        policies.change(
            approval,
            mode,
            allowList,
            document.trustLabelled(),
            Versions.expected(ifMatch),
            username());
    return Response.ok(PolicyDocument.of(view)).tag(Versions.etag(view.version())).build();
  }

  private static <E extends Enum<E>> E required(
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

  private static PeerMatch match(String prefix, PeerMatchDocument document) {
    boolean actor = document != null && document.actor() != null && !document.actor().isBlank();
    boolean host = document != null && document.host() != null && !document.host().isBlank();
    if (actor == host) {
      throw new InvalidInputException(
          List.of(new FieldError(prefix + "actor", "give exactly one of actor and host")));
    }
    try {
      return actor
          ? PeerMatch.actor(prefix + "actor", document.actor())
          : PeerMatch.host(prefix + "host", document.host());
    } catch (DomainRuleViolation e) {
      throw new InvalidInputException(List.of(new FieldError(e.field(), e.getMessage())));
    }
  }

  private static UUID uuid(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No " + what + " " + id + ".");
    }
  }

  private String username() {
    return security.getUserPrincipal() == null ? "admin" : security.getUserPrincipal().getName();
  }
}
