// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.nodeinfo.NodeInfo;
import org.essaim.federation.nodeinfo.NodeInfoDiscovery;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.webfinger.Jrd;
import org.essaim.federation.webfinger.JrdLink;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The node's federation identity over HTTP: actors with content negotiation, their keys (and that
 * they survive a restart), WebFinger, NodeInfo, host-meta; nothing private in any answer or log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationDiscoveryIT {

  static final String ACTIVITY_JSON = "application/activity+json";
  static final String LD_JSON =
      "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  static NodeProcess node;
  static String base;
  static String authority;

  @BeforeAll
  static void startNode() {
    node =
        NodeProcess.start("federation", Map.of("ESSAIM_TERRITORY_NAME", "Lons-le-Saunier / Jura"));
    base = node.uri("").toString();
    authority = node.uri("").getAuthority();
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  static HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request = HttpCalls.request(node.uri(path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HttpCalls.send(node.http(), request.build());
  }

  static HttpResponse<String> send(String method, String path) {
    return HttpCalls.send(
        node.http(),
        HttpCalls.request(node.uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  static Actor actor(HttpResponse<String> response) {
    return new Actor(CODEC.read(response.body().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @Order(1)
  void theTerritoryActorAnswersEveryActivityStreamsAccept() {
    for (String accept :
        List.of(
            ACTIVITY_JSON,
            LD_JSON,
            "application/ld+json;profile=https://www.w3.org/ns/activitystreams",
            "application/ld+json; charset=utf-8; profile=\"https://www.w3.org/ns/activitystreams\"",
            "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\", text/html;q=0.1")) {
      HttpResponse<String> response = get("/actors/territory", accept);
      assertThat(response.statusCode()).as(accept).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(accept)
          .hasValueSatisfying(type -> assertThat(type).startsWith(ACTIVITY_JSON));
      assertThat(response.headers().firstValue("Vary")).contains("Accept");
      assertThat(response.headers().firstValue("Cache-Control"))
          .hasValueSatisfying(c -> assertThat(c).contains("max-age"));

      Actor actor = actor(response);
      assertThat(actor.id()).isEqualTo(URI.create(base + "/actors/territory"));
      assertThat(actor.type()).contains(ActorType.ORGANIZATION);
      assertThat(actor.preferredUsername()).contains("lons-le-saunier-jura");
      assertThat(actor.name()).contains("Lons-le-Saunier / Jura");
      assertThat(actor.inbox()).isEqualTo(URI.create(base + "/actors/territory/inbox"));
      assertThat(actor.outbox()).contains(URI.create(base + "/actors/territory/outbox"));
      assertThat(actor.followers()).contains(URI.create(base + "/actors/territory/followers"));
      assertThat(actor.following()).contains(URI.create(base + "/actors/territory/following"));
      assertThat(actor.sharedInbox()).contains(URI.create(base + "/inbox"));
    }
  }

  @Test
  @Order(2)
  void theTerritoryKeysAreAUsableRsaKeyAndAnEd25519Multikey() {
    Actor actor = actor(get("/actors/territory", ACTIVITY_JSON));

    assertThat(actor.publicKeys()).hasSize(1);
    var rsa = actor.publicKeys().get(0);
    assertThat(rsa.id()).isEqualTo(URI.create(base + "/actors/territory#main-key"));
    assertThat(rsa.owner()).isEqualTo(actor.id());
    var publicKey = PemKeys.decodePublicKey(rsa.publicKeyPem());
    assertThat(publicKey).isInstanceOf(RSAPublicKey.class);
    assertThat(((RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);

    assertThat(actor.assertionMethods()).hasSize(1);
    var multikey = actor.assertionMethods().get(0);
    assertThat(multikey.id()).isEqualTo(URI.create(base + "/actors/territory#ed25519-key"));
    assertThat(multikey.controller()).isEqualTo(actor.id());
    assertThat(
            Multikey.rawEd25519PublicKey(Multikey.decodePublicKey(multikey.publicKeyMultibase())))
        .hasSize(32);
  }

  @Test
  @Order(3)
  void theInstanceActorIsAnApplicationWithItsOwnKey() {
    HttpResponse<String> response = get("/actors/instance", LD_JSON);
    assertThat(response.statusCode()).isEqualTo(200);
    Actor instance = actor(response);
    Actor territory = actor(get("/actors/territory", ACTIVITY_JSON));

    assertThat(instance.id()).isEqualTo(URI.create(base + "/actors/instance"));
    assertThat(instance.type()).contains(ActorType.APPLICATION);
    assertThat(instance.inbox()).isEqualTo(URI.create(base + "/actors/instance/inbox"));
    assertThat(instance.publicKeys()).hasSize(1);
    assertThat(instance.publicKeys().get(0).id())
        .isEqualTo(URI.create(base + "/actors/instance#main-key"));
    assertThat(instance.publicKeys().get(0).owner()).isEqualTo(instance.id());
    assertThat(PemKeys.decodePublicKey(instance.publicKeys().get(0).publicKeyPem()))
        .isNotEqualTo(PemKeys.decodePublicKey(territory.publicKeys().get(0).publicKeyPem()));
  }

  @Test
  @Order(4)
  void browsersAreSentToTheTerritorysWebPage() {
    for (String accept :
        List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) {
      HttpResponse<String> response = get("/actors/territory", accept);
      assertThat(response.statusCode()).as(accept).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).contains(base + "/");
      assertThat(response.headers().firstValue("Vary")).contains("Accept");
    }
    assertThat(get("/actors/territory", null).statusCode()).isEqualTo(303);
  }

  @Test
  @Order(5)
  void anyOtherAcceptIsNotAcceptable() {
    for (String accept :
        List.of(
            "image/png",
            "application/json",
            "application/ld+json; profile=\"https://example.org/x\"")) {
      HttpResponse<String> response = get("/actors/territory", accept);
      assertThat(response.statusCode()).as(accept).isEqualTo(406);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(json(response).getInt("status")).isEqualTo(406);
    }
  }

  @Test
  @Order(6)
  void headAndOptionsBehave() {
    HttpResponse<String> head =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/actors/territory"))
                .header("Accept", ACTIVITY_JSON)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(ACTIVITY_JSON));

    HttpResponse<String> options = send("OPTIONS", "/actors/territory");
    assertThat(options.statusCode()).isEqualTo(204);
    assertThat(options.headers().firstValue("Allow"))
        .hasValueSatisfying(a -> assertThat(a).contains("GET").contains("HEAD"));
    HttpResponse<String> webFingerOptions = send("OPTIONS", "/.well-known/webfinger");
    assertThat(webFingerOptions.statusCode()).isEqualTo(204);
    assertThat(webFingerOptions.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
  }

  @Test
  @Order(7)
  void onlyReadsAreAllowedAndInboxesTakeOnlyActivities() {
    HttpResponse<String> postToActor = send("POST", "/actors/territory");
    assertThat(postToActor.statusCode()).isEqualTo(405);
    assertThat(postToActor.headers().firstValue("Allow")).isPresent();
    assertThat(send("DELETE", "/actors/territory").statusCode()).isEqualTo(405);
    assertThat(send("PUT", "/.well-known/webfinger").statusCode()).isEqualTo(405);
    for (String inbox : List.of("/actors/territory/inbox", "/actors/instance/inbox", "/inbox")) {
      HttpResponse<String> post = send("POST", inbox);
      assertThat(post.statusCode()).as(inbox).isEqualTo(415);
      assertThat(json(post).getInt("status")).isEqualTo(415);
    }
    HttpResponse<String> unknown = get("/actors/nobody", ACTIVITY_JSON);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  @Order(8)
  void collectionsAreEmptyOrderedCollections() {
    for (String path :
        List.of(
            "/actors/territory/outbox",
            "/actors/territory/followers",
            "/actors/territory/following",
            "/actors/instance/outbox")) {
      HttpResponse<String> response = get(path, ACTIVITY_JSON);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      Collection collection =
          new Collection(CODEC.read(response.body().getBytes(StandardCharsets.UTF_8)));
      assertThat(collection.asObject().id()).contains(URI.create(base + path));
      assertThat(collection.isOrdered()).isTrue();
      assertThat(collection.totalItems()).contains(0L);
    }
  }

  @Test
  @Order(9)
  void webFingerFindsTheTerritoryByHandleAndByAddress() {
    String handle = "acct:lons-le-saunier-jura@" + authority;
    for (String resource :
        List.of(handle, base + "/actors/territory", "acct:LONS-le-saunier-jura@" + authority)) {
      HttpResponse<String> response = webFinger(resource);
      assertThat(response.statusCode()).as(resource).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/jrd+json"));
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
      Jrd jrd = Jrd.parse(response.body());
      assertThat(jrd.subject()).isEqualTo(handle);
      assertThat(jrd.activityPubActor()).contains(URI.create(base + "/actors/territory"));
      assertThat(jrd.links(JrdLink.SELF).get(0).type()).isEqualTo(ACTIVITY_JSON);
      assertThat(jrd.links(JrdLink.PROFILE_PAGE)).hasSize(1);
    }
    Jrd onlySelf =
        Jrd.parse(
            HttpCalls.send(
                    node.http(),
                    HttpCalls.request(
                            node.uri(
                                "/.well-known/webfinger?resource="
                                    + URLEncoder.encode(handle, StandardCharsets.UTF_8)
                                    + "&rel=self"))
                        .GET()
                        .build())
                .body());
    assertThat(onlySelf.links()).extracting(JrdLink::rel).containsExactly(JrdLink.SELF);

    Jrd instance = Jrd.parse(webFinger(base + "/").body());
    assertThat(instance.activityPubActor()).contains(URI.create(base + "/actors/instance"));
  }

  @Test
  @Order(10)
  void webFingerRefusesUnknownAndMalformedResources() {
    for (String unknown :
        List.of(
            "acct:someone-else@" + authority,
            "acct:lons-le-saunier-jura@other.example",
            "https://other.example/actors/territory",
            "mailto:contact@" + authority)) {
      HttpResponse<String> response = webFinger(unknown);
      assertThat(response.statusCode()).as(unknown).isEqualTo(404);
      assertThat(json(response).getInt("status")).isEqualTo(404);
    }
    assertThat(get("/.well-known/webfinger", null).statusCode()).isEqualTo(400);
    for (String malformed :
        List.of("", "acct:no-host", "acct:a@b@c", "not a uri", "lons-le-saunier-jura")) {
      HttpResponse<String> response = webFinger(malformed);
      assertThat(response.statusCode()).as(malformed).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
  }

  @Test
  @Order(11)
  void nodeInfoIsDiscoveredAndDescribesTheTerritory() {
    HttpResponse<String> discovery = get("/.well-known/nodeinfo", null);
    assertThat(discovery.statusCode()).isEqualTo(200);
    URI href =
        NodeInfoDiscovery.parse(discovery.body()).href(NodeInfoDiscovery.SCHEMA_2_1).orElseThrow();
    assertThat(href).isEqualTo(URI.create(base + "/nodeinfo/2.1"));

    HttpResponse<String> response = get(href.getPath(), null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/json").contains("2.1"));
    assertThat(response.headers().firstValue("Cache-Control")).isPresent();
    NodeInfo info = NodeInfo.parse(response.body());
    assertThat(info.version()).isEqualTo("2.1");
    assertThat(info.software().name()).isEqualTo("essaim");
    assertThat(info.software().version()).isNotBlank().isNotEqualTo("unknown");
    assertThat(info.protocols()).containsExactly("activitypub");
    assertThat(info.openRegistrations()).isFalse();
    assertThat(info.usage().usersTotal()).isEqualTo(1L);
    JsonObject territory = info.metadata().getJsonObject("territory");
    assertThat(territory.getString("name")).isEqualTo("Lons-le-Saunier / Jura");
    assertThat(territory.getString("labelStatus")).isEqualTo("PROSPECT");
    assertThat(territory.getString("actor")).isEqualTo(base + "/actors/territory");
    JsonObject figures = info.metadata().getJsonObject("keyFigures");
    assertThat(figures.getJsonNumber("projectsSupported").longValue()).isZero();
    assertThat(figures.containsKey("dreamsReceived"))
        .isNotEqualTo(figures.getBoolean("dreamsReceivedSuppressed"));
  }

  @Test
  @Order(12)
  void hostMetaPointsAtWebFinger() {
    HttpResponse<String> response = get("/.well-known/host-meta", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/xrd+xml"));
    assertThat(response.body())
        .contains("template=\"" + base + "/.well-known/webfinger?resource={uri}\"");
  }

  @Test
  @Order(13)
  void theOpenApiDocumentListsTheFederationEndpoints() {
    JsonObject paths = json(node.get("/openapi?format=JSON")).getJsonObject("paths");
    assertThat(paths.keySet())
        .contains(
            "/actors/territory",
            "/actors/instance",
            "/.well-known/webfinger",
            "/.well-known/nodeinfo",
            "/nodeinfo/2.1",
            "/.well-known/host-meta");
    assertThat(paths.keySet()).anyMatch(p -> p.startsWith("/api/"));
  }

  @Test
  @Order(14)
  void aProfileWithAWebsiteSendsBrowsersThereWhileTheHandleStays() {
    HttpResponse<String> put =
        node.sendJsonAsAdmin(
            "PUT",
            "/api/territory",
            """
            {"name":"Lons-le-Saunier","localBrandName":"Crépîte","country":"FR",
             "timeZone":"Europe/Paris","labelStatus":"LABELLED",
             "website":"https://crepite.example"}
            """);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    HttpResponse<String> page = get("/actors/territory", "text/html");
    assertThat(page.headers().firstValue("Location")).contains("https://crepite.example");
    Actor actor = actor(get("/actors/territory", ACTIVITY_JSON));
    assertThat(actor.name()).contains("Lons-le-Saunier");
    assertThat(actor.preferredUsername()).contains("lons-le-saunier-jura");
    assertThat(webFinger("acct:lons-le-saunier-jura@" + authority).statusCode()).isEqualTo(200);
    assertThat(
            NodeInfo.parse(get("/nodeinfo/2.1", null).body())
                .metadata()
                .getJsonObject("territory")
                .getString("labelStatus"))
        .isEqualTo("LABELLED");
  }

  @Test
  @Order(15)
  void theKeysSurviveARestartAndNeverLeakIntoAnswersOrLogs() throws IOException {
    Actor territoryBefore = actor(get("/actors/territory", ACTIVITY_JSON));
    Actor instanceBefore = actor(get("/actors/instance", ACTIVITY_JSON));

    node.restart();

    Actor territoryAfter = actor(get("/actors/territory", ACTIVITY_JSON));
    Actor instanceAfter = actor(get("/actors/instance", ACTIVITY_JSON));
    assertThat(territoryAfter.publicKeys()).isEqualTo(territoryBefore.publicKeys());
    assertThat(territoryAfter.assertionMethods()).isEqualTo(territoryBefore.assertionMethods());
    assertThat(instanceAfter.publicKeys()).isEqualTo(instanceBefore.publicKeys());

    Path nodeDir = node.logsDir().getParent().getParent().getParent();
    Path keys = nodeDir.resolve("data").resolve("keys");
    assertThat(keys.resolve("territory-rsa.pem")).exists();
    if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(keys.resolve("territory-rsa.pem"))))
          .isEqualTo("rw-------");
    }

    for (String path :
        List.of(
            "/actors/territory",
            "/actors/instance",
            "/nodeinfo/2.1",
            "/.well-known/nodeinfo",
            "/.well-known/host-meta",
            "/api/territory",
            "/openapi")) {
      assertThat(get(path, ACTIVITY_JSON).body()).as(path).doesNotContain("PRIVATE KEY");
    }
    try (Stream<Path> files = Files.walk(node.logsDir())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain("PRIVATE KEY");
      }
    }
    assertThat(Files.readString(nodeDir.resolve("server-script.log"), StandardCharsets.ISO_8859_1))
        .doesNotContain("PRIVATE KEY");
  }

  private static HttpResponse<String> webFinger(String resource) {
    return get(
        "/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8),
        null);
  }
}
