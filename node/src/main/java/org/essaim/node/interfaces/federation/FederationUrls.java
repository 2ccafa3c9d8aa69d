// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;

/**
 * The node's federation addresses, all under {@code essaim.base.url}. They are identities other
 * servers store: never change them.
 *
 * @param base the node's public address, without a trailing slash
 */
public record FederationUrls(String base) {

  public static final String TERRITORY_PATH = "/actors/territory";
  public static final String INSTANCE_PATH = "/actors/instance";
  public static final String SHARED_INBOX_PATH = "/inbox";
  public static final String NODEINFO_PATH = "/nodeinfo/2.1";

  public FederationUrls {
    Objects.requireNonNull(base, "base");
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
  }

  public static FederationUrls of(URI baseUrl) {
    return new FederationUrls(baseUrl.toString());
  }

  private URI at(String path) {
    return URI.create(base + path);
  }

  /** The node's base address with a trailing slash: FEP-d556's name for the instance actor. */
  public URI root() {
    return at("/");
  }

  public URI territoryActor() {
    return at(TERRITORY_PATH);
  }

  public URI territoryInbox() {
    return at(TERRITORY_PATH + "/inbox");
  }

  public URI territoryOutbox() {
    return at(TERRITORY_PATH + "/outbox");
  }

  public URI territoryFollowers() {
    return at(TERRITORY_PATH + "/followers");
  }

  public URI territoryFollowing() {
    return at(TERRITORY_PATH + "/following");
  }

  /** The RSA key of the territory actor, the keyId of its HTTP signatures. */
  public URI territoryMainKey() {
    return at(TERRITORY_PATH + "#main-key");
  }

  /** The Ed25519 Multikey of the territory actor, the verificationMethod of its proofs. */
  public URI territoryEd25519Key() {
    return at(TERRITORY_PATH + "#ed25519-key");
  }

  public URI sharedInbox() {
    return at(SHARED_INBOX_PATH);
  }

  public URI instanceActor() {
    return at(INSTANCE_PATH);
  }

  public URI instanceInbox() {
    return at(INSTANCE_PATH + "/inbox");
  }

  public URI instanceOutbox() {
    return at(INSTANCE_PATH + "/outbox");
  }

  public URI instanceMainKey() {
    return at(INSTANCE_PATH + "#main-key");
  }

  /** A new activity of this node: {@code /activities/<uuid>}, never reused. */
  public URI activity(java.util.UUID id) {
    return at("/activities/" + id);
  }

  /** Where published objects live: {@code /objects/<kind>/<local id>}. */
  public static final String OBJECTS_PATH = "/objects";

  /** Where this node's activities live: {@code /activities/<uuid>}. */
  public static final String ACTIVITIES_PATH = "/activities";

  public URI project(long id) {
    return at(OBJECTS_PATH + "/projects/" + id);
  }

  public URI methodSheet(long id) {
    return at(OBJECTS_PATH + "/method-sheets/" + id);
  }

  public URI solution(long id) {
    return at(OBJECTS_PATH + "/solutions/" + id);
  }

  public URI challenge(long id) {
    return at(OBJECTS_PATH + "/challenges/" + id);
  }

  public URI event(long id) {
    return at(OBJECTS_PATH + "/events/" + id);
  }

  /** The address of a shared object of this kind (organisations have none: they are embedded). */
  public URI object(ShareableKind kind, long id) {
    return object(PublishedKind.of(kind), id);
  }

  /** The address of a published object: {@code /objects/<segment>/<local id>}. */
  public URI object(PublishedKind kind, long id) {
    return at(OBJECTS_PATH + "/" + kind.segment() + "/" + id);
  }

  /** The path segment of a kind under {@code /objects} and {@code /collections}. */
  public static String objectSegment(ShareableKind kind) {
    return PublishedKind.of(kind).segment();
  }

  /** The kind published under this path segment, if any. */
  public static Optional<ShareableKind> kindOfSegment(String segment) {
    for (ShareableKind kind : ShareableKind.values()) {
      if (kind != ShareableKind.ORGANIZATION && objectSegment(kind).equals(segment)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The territory's collection of the shared objects of a kind. */
  public URI territoryCollection(ShareableKind kind) {
    return at(TERRITORY_PATH + "/collections/" + objectSegment(kind));
  }

  /** A page of a collection of the territory: {@code <collection>?page=<n>}, n from 1. */
  public static URI page(URI collection, int page) {
    return URI.create(collection + "?page=" + page);
  }

  /**
   * Where browsers asking for a published object are sent: the public REST resource of a shared
   * object, the key figures resource, or the node's root for the other kinds.
   */
  public URI webPage(PublishedKind kind, long id) {
    if (kind.shareable().isPresent()) {
      return restResource(kind.shareable().get(), id);
    }
    return kind == PublishedKind.KEY_FIGURES ? at("/api/key-figures") : root();
  }

  /** The public REST resource of a shared object, where browsers are sent. */
  public URI restResource(ShareableKind kind, long id) {
    String segment =
        kind == ShareableKind.TRANSFERABLE_SOLUTION
            ? "transferable-solutions"
            : objectSegment(kind);
    return at("/api/" + segment + "/" + id);
  }

  public URI nodeInfo() {
    return at(NODEINFO_PATH);
  }

  public URI webFingerTemplateBase() {
    return at("/.well-known/webfinger");
  }

  /**
   * The host of {@code acct:} handles: the base address's host, with its port when it is not the
   * scheme's default, in lower case.
   */
  public String authority() {
    URI uri = URI.create(base);
    String host = uri.getHost() == null ? "localhost" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
            || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
    return defaultPort ? host : host + ":" + port;
  }
}
