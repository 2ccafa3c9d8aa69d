// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import java.net.URI;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.federation.vocab.essaim.Territory;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * Builds the node's ActivityStreams documents from its profile and public keys; the library writes
 * them. Only public values enter: the profile is public by definition, and only public keys are
 * ever passed here.
 */
public final class ActorDocuments {

  private static final Logger LOG = Logger.getLogger(ActorDocuments.class.getName());

  private ActorDocuments() {}

  /**
   * The territory actor: an {@code Organization} (and an Essaim {@code Territory}, with the public
   * profile's country, time zone, label status, local brand and role mailbox), with its RSA key as
   * {@code publicKey} and its Ed25519 key as a Multikey in {@code assertionMethod}.
   */
  public static Actor territory(
      FederationUrls urls,
      String username,
      TerritoryProfile profile,
      PublicKey rsaKey,
      PublicKey ed25519Key) {
    return territory(urls, username, profile, rsaKey, ed25519Key, true);
  }

  /**
   * The territory actor, saying whether its follows are approved by hand ({@code
   * manuallyApprovesFollowers}, the follow-approval policy).
   */
  public static Actor territory(
      FederationUrls urls,
      String username,
      TerritoryProfile profile,
      PublicKey rsaKey,
      PublicKey ed25519Key,
      boolean manuallyApprovesFollowers) {
    URI id = urls.territoryActor();
    Actor actor =
        Actor.builder(ActorType.ORGANIZATION, id, urls.territoryInbox())
            .outbox(urls.territoryOutbox())
            .followers(urls.territoryFollowers())
            .following(urls.territoryFollowing())
            .sharedInbox(urls.sharedInbox())
            .preferredUsername(username)
            .add(As.NAME, Literal.string(profile.name()))
            .add(As.SUMMARY, Literal.string(summary(profile)))
            .url(profile.website() != null ? profile.website() : urls.root())
            .manuallyApprovesFollowers(manuallyApprovesFollowers)
            // Consent to search indexing (FEP-5feb): what a territory makes PUBLIC is meant to
            // be found across the network.
            .add(org.essaim.federation.vocab.Essaim.INDEXABLE, Literal.bool(true))
            .publicKey(
                new org.essaim.federation.vocab.PublicKey(
                    urls.territoryMainKey(), id, PemKeys.encodePublicKey(rsaKey)))
            .assertionMethod(
                new MultikeyMethod(
                    urls.territoryEd25519Key(), id, Multikey.encodePublicKey(ed25519Key)))
            .build();
    return withStreams(withTerritoryProfile(actor, profile), urls);
  }

  /** The kinds of shared objects whose collections the territory actor links as {@code streams}. */
  public static final List<ShareableKind> PUBLISHED_KINDS =
      List.of(
          ShareableKind.PROJECT,
          ShareableKind.METHOD_SHEET,
          ShareableKind.TRANSFERABLE_SOLUTION,
          ShareableKind.CHALLENGE,
          ShareableKind.EVENT);

  // AS2 "streams": supplementary collections; one per kind of shared object.
  private static Actor withStreams(Actor actor, FederationUrls urls) {
    AsObject.Builder builder = actor.asObject().toBuilder();
    for (ShareableKind kind : PUBLISHED_KINDS) {
      builder.add(As.NS + "streams", new IriReference(urls.territoryCollection(kind)));
    }
    return new Actor(builder.build());
  }

  /**
   * The instance actor ({@code Application}): signs the node's fetches, so that a peer requiring
   * signed fetches can still get this node's keys (the authorized-fetch deadlock). Its username is
   * the host name, as Mastodon's instance actor.
   */
  public static Actor instance(FederationUrls urls, PublicKey rsaKey) {
    URI id = urls.instanceActor();
    String host = urls.authority().replaceFirst(":\\d+$", "");
    return Actor.builder(ActorType.APPLICATION, id, urls.instanceInbox())
        .outbox(urls.instanceOutbox())
        .sharedInbox(urls.sharedInbox())
        .preferredUsername(host)
        .add(As.NAME, Literal.string("Essaim " + host))
        .url(urls.root())
        .manuallyApprovesFollowers(true)
        .publicKey(
            new org.essaim.federation.vocab.PublicKey(
                urls.instanceMainKey(), id, PemKeys.encodePublicKey(rsaKey)))
        .build();
  }

  /**
   * The followers or following collection: its count always, its items (actor ids) only when {@code
   * items} is given (signed requesters allowed to read the network).
   */
  public static Collection actorCollection(URI id, long total, java.util.List<URI> items) {
    Collection.Builder builder = Collection.builder(id, true, false).totalItems(total);
    if (items != null) {
      items.forEach(i -> builder.item(new org.essaim.federation.vocab.IriReference(i)));
    }
    return builder.build();
  }

  /** An empty ordered collection (outbox, followers, following until they are filled). */
  public static Collection emptyCollection(URI id) {
    return Collection.builder(id, true, false).totalItems(0).build();
  }

  static String summary(TerritoryProfile profile) {
    String summary = "Start-Up de Territoire — " + profile.name();
    return profile.localBrand().map(brand -> summary + " (« " + brand + " »)").orElse(summary);
  }

  /**
   * The perimeter as the vocabulary names its levels: the node's SUBDIVISION (an ISO 3166-2
   * subdivision such as a French région) travels as {@code region}, COUNTRY as {@code national},
   * OTHER as {@code bassin}.
   */
  static List<org.essaim.federation.vocab.essaim.PerimeterArea> wirePerimeter(
      TerritoryProfile profile) {
    return profile.perimeter().stream()
        .map(
            area ->
                new org.essaim.federation.vocab.essaim.PerimeterArea(
                    wireLevel(area.level()), area.code(), area.label()))
        .toList();
  }

  static String wireLevel(org.essaim.node.domain.model.territory.PerimeterLevel level) {
    switch (level) {
      case COMMUNE:
        return "commune";
      case EPCI:
        return "epci";
      case DEPARTEMENT:
        return "departement";
      case REGION:
      case SUBDIVISION:
        return "region";
      case COUNTRY:
        return "national";
      default:
        return "bassin";
    }
  }

  // The Essaim profile terms are added to the actor, so a peer node reads the territory from the
  // actor document itself; a profile the vocabulary refuses leaves a plain Organization.
  private static Actor withTerritoryProfile(Actor actor, TerritoryProfile profile) {
    AsObject territory;
    try {
      territory =
          new Territory(
                  actor.id(),
                  profile.name(),
                  profile.localBrandName(),
                  profile.country(),
                  profile.timeZone(),
                  wirePerimeter(profile),
                  List.of(),
                  profile.labelStatus().name(),
                  null,
                  profile.publicContact(),
                  profile.website())
              .toAsObject();
    } catch (FederationException e) {
      LOG.log(Level.WARNING, "The territory profile is left out of the actor document", e);
      return actor;
    }
    AsObject.Builder merged = actor.asObject().toBuilder();
    merged.type(org.essaim.federation.vocab.Essaim.TERRITORY);
    for (Map.Entry<String, List<AsValue>> property : territory.properties().entrySet()) {
      if (!actor.asObject().properties().containsKey(property.getKey())) {
        property.getValue().forEach(value -> merged.add(property.getKey(), value));
      }
    }
    return new Actor(merged.build());
  }
}
