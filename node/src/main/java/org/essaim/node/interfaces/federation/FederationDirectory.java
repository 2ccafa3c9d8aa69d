// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.nodeinfo.NodeInfo;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.webfinger.AcctUri;
import org.essaim.federation.webfinger.Jrd;
import org.essaim.federation.webfinger.JrdLink;
import org.essaim.node.application.KeyFiguresService;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.application.federation.PeerDirectory;
import org.essaim.node.application.federation.follow.FollowService;
import org.essaim.node.domain.model.figures.KeyFigures;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.ActorKeys;
import org.essaim.node.infrastructure.federation.FederationKeys;
import org.essaim.node.infrastructure.federation.FederationSettings;

/**
 * The node's federation documents, as served: the two actors, their collections, WebFinger answers
 * and NodeInfo. Everything is computed from the current profile and figures on each call (the
 * answers carry Cache-Control instead).
 */
@ApplicationScoped
public class FederationDirectory {

  /** The software name in NodeInfo. */
  public static final String SOFTWARE = "essaim";

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  @Inject NodeSettings node;
  @Inject FederationSettings settings;
  @Inject FederationKeys keys;
  @Inject TerritoryProfileService territory;
  @Inject KeyFiguresService figures;
  @Inject PeerDirectory peers;
  @Inject FollowService follows;

  public FederationUrls urls() {
    return FederationUrls.of(node.baseUrl());
  }

  public String username() {
    return settings.username();
  }

  /** The territory's web page, where browsers asking for an actor are sent. */
  public URI webPage() {
    URI website = profile().website();
    return website != null ? website : urls().root();
  }

  public byte[] territoryActor() {
    ActorKeys k = keys.keys();
    return codec.writeBytes(
        ActorDocuments.territory(
                urls(),
                username(),
                profile(),
                k.territoryRsa().getPublic(),
                k.territoryEd25519().getPublic(),
                peers.followApproval() == FollowApproval.MANUAL)
            .asObject());
  }

  public byte[] instanceActor() {
    return codec.writeBytes(
        ActorDocuments.instance(urls(), keys.keys().instanceRsa().getPublic()).asObject());
  }

  /**
   * The territory's followers: the count of accepted followers; their actor ids only for a signed
   * requester allowed to read the network ({@link PeerDirectory#mayReadNetwork}), as Mastodon hides
   * follower lists.
   */
  public byte[] followers(boolean showItems) {
    List<URI> ids = follows.acceptedFollowers();
    return collection(urls().territoryFollowers(), ids, showItems);
  }

  /** The actors the territory follows (accepted), on the same terms as {@link #followers}. */
  public byte[] following(boolean showItems) {
    List<URI> ids = follows.acceptedFollowing();
    return collection(urls().territoryFollowing(), ids, showItems);
  }

  private byte[] collection(URI id, List<URI> ids, boolean items) {
    return codec.writeBytes(
        ActorDocuments.actorCollection(id, ids.size(), items ? ids : null).asObject());
  }

  public byte[] emptyCollection(URI id) {
    Collection collection = ActorDocuments.emptyCollection(id);
    return codec.writeBytes(collection.asObject());
  }

  /**
   * The WebFinger answer for a resource this node knows: the territory's {@code acct:} handle or
   * actor address, or the node's own address (FEP-d556: its instance actor).
   *
   * @param resource the {@code resource} parameter, already checked to be a URI
   * @return empty when the resource is not this node's
   */
  public Optional<Jrd> webFinger(String resource) {
    FederationUrls urls = urls();
    String acct = "acct:" + username() + "@" + urls.authority();
    String territoryActor = urls.territoryActor().toString();
    boolean territory;
    if (resource.regionMatches(true, 0, "acct:", 0, 5)) {
      AcctUri asked = AcctUri.parse(resource);
      territory =
          asked.user().toLowerCase(Locale.ROOT).equals(username())
              && asked.host().equals(urls.authority());
    } else {
      territory = resource.equals(territoryActor);
    }
    if (territory) {
      return Optional.of(
          new Jrd(
              acct,
              List.of(territoryActor),
              Map.of(),
              List.of(
                  JrdLink.of(JrdLink.SELF, JrdLink.ACTIVITY_JSON, territoryActor),
                  JrdLink.of(JrdLink.PROFILE_PAGE, "text/html", webPage().toString()))));
    }
    String root = urls.root().toString();
    if (resource.equals(root) || resource.equals(urls.base())) {
      return Optional.of(
          new Jrd(
              root,
              List.of(urls.instanceActor().toString()),
              Map.of(),
              List.of(
                  new JrdLink(
                      "https://www.w3.org/ns/activitystreams#Application",
                      JrdLink.ACTIVITY_JSON,
                      urls.instanceActor().toString(),
                      null,
                      Map.of(),
                      Map.of()),
                  JrdLink.of(
                      JrdLink.SELF, JrdLink.ACTIVITY_JSON, urls.instanceActor().toString()))));
    }
    if (resource.equals(urls.instanceActor().toString())) {
      return Optional.of(
          new Jrd(
              resource,
              List.of(),
              Map.of(),
              List.of(JrdLink.of(JrdLink.SELF, JrdLink.ACTIVITY_JSON, resource))));
    }
    return Optional.empty();
  }

  /** A JRD keeping only the links of the given relations (RFC 7033 section 4.3); all if none. */
  public static Jrd filtered(Jrd jrd, List<String> relations) {
    if (relations.isEmpty()) {
      return jrd;
    }
    List<JrdLink> links = new ArrayList<>();
    for (JrdLink link : jrd.links()) {
      if (relations.contains(link.rel())) {
        links.add(link);
      }
    }
    return new Jrd(jrd.subject(), jrd.aliases(), jrd.properties(), links);
  }

  /**
   * The NodeInfo 2.1 document. Users: one, the territory actor (a node has no public user accounts;
   * its members are not federated). Metadata: the territory's name and label status and three key
   * figures, with small counts left out as everywhere else.
   */
  public NodeInfo nodeInfo(String version) {
    TerritoryProfile profile = profile();
    KeyFigures f = figures.current();
    JsonObjectBuilder keyFigures =
        Json.createObjectBuilder()
            .add("asOf", f.asOf().toString())
            .add("dreamsReceivedSuppressed", f.dreamsReceived().isSuppressed());
    f.dreamsReceived().value().ifPresent(n -> keyFigures.add("dreamsReceived", n));
    keyFigures.add("projectsSupported", f.projectsSupported());
    if (f.jobsCreated() != null) {
      keyFigures.add("jobsCreated", f.jobsCreated());
    }
    JsonObjectBuilder territoryJson =
        Json.createObjectBuilder()
            .add("name", profile.name())
            .add("country", profile.country())
            .add("labelStatus", profile.labelStatus().name())
            .add("actor", urls().territoryActor().toString());
    profile.localBrand().ifPresent(brand -> territoryJson.add("localBrandName", brand));
    JsonObject metadata =
        Json.createObjectBuilder()
            .add("nodeName", profile.name())
            .add("territory", territoryJson)
            .add("keyFigures", keyFigures)
            .build();
    return new NodeInfo(
        NodeInfo.VERSION_2_1,
        new NodeInfo.Software(SOFTWARE, version, null, null),
        List.of("activitypub"),
        new NodeInfo.Services(List.of(), List.of()),
        false,
        new NodeInfo.Usage(1L, 1L, 1L, null, null),
        metadata);
  }

  private TerritoryProfile profile() {
    return territory.current().profile();
  }
}
