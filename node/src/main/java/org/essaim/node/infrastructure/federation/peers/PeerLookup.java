// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.peers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.federation.FederationException;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.webfinger.AcctUri;
import org.essaim.federation.webfinger.Jrd;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.federation.follow.FollowTarget;
import org.essaim.node.application.federation.follow.RemoteActorSource;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.http.RemoteResponse;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Resolves what an administrator asks to follow to a fetched actor document: a handle through
 * {@code https://host/.well-known/webfinger?resource=acct:…} (plain {@code http://} only when
 * {@code essaim.federation.allow-http} is true, directly for a loopback host, otherwise after https
 * failed), then the actor at the {@code self} link; an actor address directly. Runs outside any
 * transaction (remote calls take up to 10 s each).
 */
@ApplicationScoped
public class PeerLookup {

  @Inject FederationHttpClient http;
  @Inject RemoteActorSource actors;
  @Inject NodeSettings node;

  @Inject
  @ConfigProperty(name = "essaim.federation.allow-http", defaultValue = "false")
  boolean allowHttp;

  /**
   * @throws InvalidInputException naming {@code target} when it is malformed, this node's own
   *     actor, or cannot be resolved to an actor
   */
  public Actor resolve(String target) {
    FollowTarget parsed = FollowTarget.parse(target);
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    URI actorId;
    if (parsed.acct().isPresent()) {
      AcctUri acct = parsed.acct().get();
      if (acct.host().equals(urls.authority())) {
        throw invalid("is this node's own handle; follow another territory's");
      }
      actorId = webFinger(acct);
    } else {
      actorId = parsed.actor().orElseThrow();
    }
    FollowTarget.requireRemote(actorId, List.of(urls.territoryActor(), urls.instanceActor()));
    try {
      return actors.actor(actorId);
    } catch (RemoteRequestException | FederationException e) {
      throw invalid("no actor could be fetched at " + actorId + " (" + e.getMessage() + ")");
    }
  }

  private URI webFinger(AcctUri acct) {
    String query =
        "/.well-known/webfinger?resource="
            + URLEncoder.encode(acct.toString(), StandardCharsets.UTF_8);
    List<String> schemes =
        !allowHttp
            ? List.of("https")
            : isLoopback(acct.host()) ? List.of("http") : List.of("https", "http");
    String failure = "";
    for (String scheme : schemes) {
      URI url = URI.create(scheme + "://" + acct.host() + query);
      try {
        RemoteResponse response = http.get(url);
        if (response.status() == 404) {
          throw invalid("no such account at " + acct.host() + " (WebFinger answered 404)");
        }
        if (!response.isSuccess()) {
          failure = "WebFinger answered " + response.status();
          continue;
        }
        return Jrd.parse(response.body())
            .activityPubActor()
            .orElseThrow(() -> invalid("the WebFinger answer names no ActivityPub actor"));
      } catch (RemoteRequestException | FederationException e) {
        failure = e.getMessage();
      }
    }
    throw invalid("could not be looked up by WebFinger (" + failure + ")");
  }

  static boolean isLoopback(String authority) {
    String host = authority.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return true;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (!host.matches("[0-9.]+|[0-9a-f:]+")) {
      return false; // a name: never resolved here
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(List.of(new FieldError("target", message)));
  }
}
