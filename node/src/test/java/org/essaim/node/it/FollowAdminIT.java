// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.PeerRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The peers administration API over two real nodes: A's administrator follows B by its handle
 * (through B's real WebFinger and actor), manages the policy with ETags, blocks and the allow-list;
 * access and input errors. Accept over HTTP needs the inbox and delivery packages (integration).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowAdminIT {

  static final String API = "/api/admin/federation";
  static final String EDITOR_PASSWORD = "editor-secret-123";

  static NodeProcess a;
  static NodeProcess b;
  static String bAuthority;
  static String bActor;
  static String peerId;

  @BeforeAll
  static void startNodes() {
    try {
      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("peers-a", Map.of("ESSAIM_FEDERATION_USERNAME", "territoire-a"));
      nodes.put("peers-b", Map.of("ESSAIM_FEDERATION_USERNAME", "territoire-b"));
      List<NodeProcess> started = NodeProcess.startAll(nodes);
      a = started.get(0);
      b = started.get(1);
    } catch (RuntimeException | Error e) {
      stopNodes();
      throw e;
    }
    bAuthority = b.uri("").getAuthority();
    bActor = b.uri("/actors/territory").toString();
    a.createAccount("editor1", EDITOR_PASSWORD, "editor");
  }

  @AfterAll
  static void stopNodes() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  static HttpResponse<String> send(String method, String path, String json) {
    return a.sendJsonAsAdmin(method, API + path, json);
  }

  static HttpResponse<String> follow(String target) {
    return send("POST", "/following", "{\"target\":\"" + target + "\"}");
  }

  static JsonObject territoryActor() {
    return json(
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri("/actors/territory"))
                .header("Accept", "application/activity+json")
                .GET()
                .build()));
  }

  static void assertFieldError(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"" + field);
  }

  @Test
  @Order(1)
  void onlyAdministratorsReachTheApi() {
    assertThat(a.get(API + "/peers").statusCode()).isEqualTo(401);
    assertThat(a.get(API + "/policy").statusCode()).isEqualTo(401);
    HttpResponse<String> editor =
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri(API + "/peers"))
                .header("Authorization", HttpCalls.basic("editor1", EDITOR_PASSWORD))
                .GET()
                .build());
    assertThat(editor.statusCode()).isEqualTo(403);
    HttpResponse<String> editorFollow =
        a.sendJson(
            "POST", API + "/following", "{\"target\":\"x@y.example\"}", "editor1", EDITOR_PASSWORD);
    assertThat(editorFollow.statusCode()).isEqualTo(403);
    assertThat(a.getAsAdmin(API + "/peers").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void thePolicyIsManualAndOpenByDefaultAndChangedWithIfMatch() {
    HttpResponse<String> got = a.getAsAdmin(API + "/policy");
    assertThat(got.statusCode()).isEqualTo(200);
    JsonObject policy = json(got);
    assertThat(policy.getString("followApproval")).isEqualTo("MANUAL");
    assertThat(policy.getString("networkMode")).isEqualTo("OPEN");
    assertThat(policy.getJsonArray("allowList")).isEmpty();
    String etag = got.headers().firstValue("ETag").orElseThrow();
    assertThat(territoryActor().getBoolean("manuallyApprovesFollowers")).isTrue();

    String automatic = "{\"followApproval\":\"AUTOMATIC\",\"networkMode\":\"OPEN\"}";
    HttpResponse<String> stale =
        HttpCalls.send(
            a.http(),
            a.jsonRequest("PUT", API + "/policy", automatic, "admin", NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", "\"999\"")
                .build());
    assertThat(stale.statusCode()).isEqualTo(412);

    HttpResponse<String> changed =
        HttpCalls.send(
            a.http(),
            a.jsonRequest("PUT", API + "/policy", automatic, "admin", NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", etag)
                .build());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).getString("followApproval")).isEqualTo("AUTOMATIC");
    assertThat(json(changed).getString("updatedBy")).isEqualTo("admin");
    String newEtag = changed.headers().firstValue("ETag").orElseThrow();
    assertThat(newEtag).isNotEqualTo(etag);
    assertThat(territoryActor().getBoolean("manuallyApprovesFollowers")).isFalse();

    HttpResponse<String> again =
        HttpCalls.send(
            a.http(),
            a.jsonRequest("PUT", API + "/policy", automatic, "admin", NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", etag)
                .build());
    assertThat(again.statusCode()).isEqualTo(412);

    assertFieldError(
        send("PUT", "/policy", "{\"followApproval\":\"SOMETIMES\",\"networkMode\":\"OPEN\"}"),
        "followApproval");
    assertFieldError(send("PUT", "/policy", "{\"followApproval\":\"MANUAL\"}"), "networkMode");
    assertFieldError(
        send(
            "PUT",
            "/policy",
            "{\"followApproval\":\"MANUAL\",\"networkMode\":\"OPEN\","
                + "\"allowList\":[{\"actor\":\"https://x.example/a\",\"host\":\"x.example\"}]}"),
        "allowList[0].actor");
    assertFieldError(
        send(
            "PUT",
            "/policy",
            "{\"followApproval\":\"MANUAL\",\"networkMode\":\"OPEN\","
                + "\"allowList\":[{\"host\":\"not a host\"}]}"),
        "allowList[0].host");

    HttpResponse<String> back =
        send("PUT", "/policy", "{\"followApproval\":\"MANUAL\",\"networkMode\":\"OPEN\"}");
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(json(back).getString("followApproval")).isEqualTo("MANUAL");
  }

  @Test
  @Order(3)
  void badFollowTargetsAreFieldErrors() {
    assertFieldError(follow("nonsense"), "target");
    assertFieldError(follow("ftp://x.example/actors/t"), "target");
    assertFieldError(send("POST", "/following", "{}"), "target");
    assertFieldError(follow("acct:territoire-a@" + a.uri("").getAuthority()), "target");
    assertFieldError(follow(a.uri("/actors/territory").toString()), "target");
    HttpResponse<String> unknown = follow("acct:nobody@" + bAuthority);
    assertFieldError(unknown, "target");
    assertThat(unknown.body()).contains("404");
    assertThat(json(a.getAsAdmin(API + "/peers")).getInt("totalItems")).isZero();
  }

  @Test
  @Order(4)
  void followingAPeerByHandleLooksItUpAndLeavesOurFollowPending() {
    HttpResponse<String> followed = follow("acct:territoire-b@" + bAuthority);
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(202);
    JsonObject peer = json(followed);
    peerId = peer.getString("id");
    assertThat(peer.getString("actor")).isEqualTo(bActor);
    assertThat(peer.getString("host")).isEqualTo(bAuthority);
    assertThat(peer.getString("inbox")).isEqualTo(bActor + "/inbox");
    assertThat(peer.getString("sharedInbox")).isEqualTo(b.uri("/inbox").toString());
    assertThat(peer.getString("preferredUsername")).isEqualTo("territoire-b");
    assertThat(peer.getJsonObject("following").getString("state")).isEqualTo("PENDING");
    assertThat(peer.getJsonObject("following").getString("activity"))
        .startsWith(a.uri("/activities/").toString());
    assertThat(peer.getJsonObject("follower").getString("state")).isEqualTo("NONE");

    JsonObject page = json(a.getAsAdmin(API + "/peers?following=PENDING"));
    assertThat(page.getInt("totalItems")).isEqualTo(1);
    assertThat(json(a.getAsAdmin(API + "/peers?following=ACCEPTED")).getInt("totalItems")).isZero();
    assertThat(json(a.getAsAdmin(API + "/peers?host=" + bAuthority)).getInt("totalItems"))
        .isEqualTo(1);
    assertFieldError(a.getAsAdmin(API + "/peers?follower=MAYBE"), "follower");
    assertThat(json(a.getAsAdmin(API + "/peers/" + peerId)).getString("actor")).isEqualTo(bActor);
    assertThat(a.getAsAdmin(API + "/peers/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(a.getAsAdmin(API + "/peers/not-a-uuid").statusCode()).isEqualTo(404);

    // By actor address too, and only once.
    assertThat(follow(bActor).statusCode()).isEqualTo(409);
  }

  @Test
  @Order(5)
  void followRequestsAndFollowerChangesNeedAFollow() {
    JsonObject requests = json(a.getAsAdmin(API + "/follow-requests"));
    assertThat(requests.getInt("totalItems")).isZero();
    assertThat(requests.getJsonArray("items")).isEmpty();
    assertThat(send("POST", "/follow-requests/" + peerId + "/accept", "").statusCode())
        .isEqualTo(409);
    assertThat(send("POST", "/follow-requests/" + peerId + "/reject", "").statusCode())
        .isEqualTo(409);
    assertThat(send("DELETE", "/followers/" + peerId, "").statusCode()).isEqualTo(409);
    assertThat(send("POST", "/follow-requests/" + UUID.randomUUID() + "/accept", "").statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(6)
  void collectionsCountOnlyAcceptedFollowsAndHideItemsFromUnsignedReaders() {
    HttpResponse<String> followers = a.get("/actors/territory/followers");
    assertThat(followers.statusCode()).isEqualTo(200);
    JsonObject collection = json(followers);
    assertThat(collection.getString("type")).isEqualTo("OrderedCollection");
    assertThat(collection.getInt("totalItems")).isZero();
    assertThat(collection.containsKey("orderedItems")).isFalse();
    JsonObject following = json(a.get("/actors/territory/following"));
    assertThat(following.getInt("totalItems")).isZero(); // ours is still PENDING
  }

  @Test
  @Order(7)
  void unfollowingSendsAnUndoOnce() {
    HttpResponse<String> undone = send("DELETE", "/following/" + peerId, "");
    assertThat(undone.statusCode()).isEqualTo(200);
    assertThat(json(undone).getJsonObject("following").getString("state")).isEqualTo("NONE");
    assertThat(send("DELETE", "/following/" + peerId, "").statusCode()).isEqualTo(409);
  }

  @Test
  @Order(8)
  void blocksAreListedAddedAndLiftedAndEndFollows() {
    assertThat(follow(bActor).statusCode()).isEqualTo(202);
    assertFieldError(send("POST", "/blocks", "{}"), "actor");
    assertFieldError(
        send("POST", "/blocks", "{\"actor\":\"" + bActor + "\",\"host\":\"" + bAuthority + "\"}"),
        "actor");
    assertFieldError(send("POST", "/blocks", "{\"actor\":\"mailto:x@y.example\"}"), "actor");

    HttpResponse<String> blocked =
        send("POST", "/blocks", "{\"host\":\"" + bAuthority + "\",\"reason\":\"test\"}");
    assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(201);
    JsonObject block = json(blocked);
    assertThat(block.getString("host")).isEqualTo(bAuthority);
    assertThat(block.getString("reason")).isEqualTo("test");
    assertThat(blocked.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/blocks/" + block.getString("id")));
    assertThat(send("POST", "/blocks", "{\"host\":\"" + bAuthority + "\"}").statusCode())
        .isEqualTo(409);
    assertThat(a.getAsAdmin(API + "/blocks").body()).contains(bAuthority);

    // The block ended our follow (Undo) and forbids a new one.
    assertThat(
            json(a.getAsAdmin(API + "/peers/" + peerId))
                .getJsonObject("following")
                .getString("state"))
        .isEqualTo("NONE");
    assertThat(follow(bActor).statusCode()).isEqualTo(409);

    assertThat(send("DELETE", "/blocks/" + block.getString("id"), "").statusCode()).isEqualTo(204);
    assertThat(send("DELETE", "/blocks/" + block.getString("id"), "").statusCode()).isEqualTo(404);
    assertThat(a.getAsAdmin(API + "/blocks").body()).doesNotContain(bAuthority);
  }

  @Test
  @Order(9)
  void inAClosedNetworkOnlyListedPeersCanBeFollowed() {
    HttpResponse<String> closed =
        send("PUT", "/policy", "{\"followApproval\":\"MANUAL\",\"networkMode\":\"ALLOW_LIST\"}");
    assertThat(closed.statusCode()).isEqualTo(200);
    HttpResponse<String> refused = follow(bActor);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("allow-list");

    HttpResponse<String> listed =
        send(
            "PUT",
            "/policy",
            "{\"followApproval\":\"MANUAL\",\"networkMode\":\"ALLOW_LIST\","
                + "\"allowList\":[{\"host\":\""
                + bAuthority
                + "\"}]}");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(json(listed).getJsonArray("allowList").getJsonObject(0).getString("host"))
        .isEqualTo(bAuthority);
    HttpResponse<String> followed = follow(bActor);
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(202);
    assertThat(json(followed).getJsonObject("following").getString("state")).isEqualTo("PENDING");
  }

  @Test
  @Order(10)
  void followersAreListedOnlyToASignedFetchFromAnAcceptedFollowersOrigin() throws Exception {
    // A remote territory on loopback: an in-JVM server serving its actor document and key.
    assertThat(
            send("PUT", "/policy", "{\"followApproval\":\"MANUAL\",\"networkMode\":\"OPEN\"}")
                .statusCode())
        .isEqualTo(200);
    KeyPair key = KeyPairs.generateRsa2048();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    try {
      String origin = "http://127.0.0.1:" + server.getAddress().getPort();
      URI actorId = URI.create(origin + "/actors/remote");
      URI keyId = URI.create(actorId + "#main-key");
      byte[] actor =
          new ActivityStreamsCodec()
              .writeBytes(
                  Actor.builder(ActorType.ORGANIZATION, actorId, URI.create(actorId + "/inbox"))
                      .preferredUsername("remote")
                      .publicKey(
                          new org.essaim.federation.vocab.PublicKey(
                              keyId, actorId, PemKeys.encodePublicKey(key.getPublic())))
                      .build()
                      .asObject());
      server.createContext(
          "/actors/remote",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, actor.length);
            exchange.getResponseBody().write(actor);
            exchange.close();
          });
      server.start();
      // Its follow of A, accepted (an in-JVM peer cannot send a real Follow).
      PeerRows.insert(a, actorId, "ACCEPTED", "NONE");

      JsonObject unsigned = json(a.get("/actors/territory/followers"));
      assertThat(unsigned.getInt("totalItems")).isEqualTo(1);
      assertThat(unsigned.containsKey("orderedItems")).isFalse();

      URI followers = a.uri("/actors/territory/followers");
      SignableRequest signed =
          Rfc9421Signer.builder(keyId.toString(), key.getPrivate())
              .build()
              .sign(
                  SignableRequest.get(
                      followers, HttpFields.of("accept", "application/activity+json")));
      HttpRequest.Builder request = HttpRequest.newBuilder(followers).GET();
      signed
          .headers()
          .asMap()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<String> answer = HttpCalls.send(a.http(), request.build());
      assertThat(answer.statusCode()).isEqualTo(200);
      JsonObject listed = json(answer);
      assertThat(listed.getInt("totalItems")).isEqualTo(1);
      assertThat(listed.getJsonArray("orderedItems").getString(0)).isEqualTo(actorId.toString());
      assertThat(answer.headers().firstValue("Cache-Control")).contains("private, no-store");

      // A closed network without it: admitted no more, so neither listed nor counted as reader.
      HttpResponse<String> closed =
          send("PUT", "/policy", "{\"followApproval\":\"MANUAL\",\"networkMode\":\"ALLOW_LIST\"}");
      assertThat(closed.statusCode()).isEqualTo(200);
      SignableRequest again =
          Rfc9421Signer.builder(keyId.toString(), key.getPrivate())
              .build()
              .sign(
                  SignableRequest.get(
                      followers, HttpFields.of("accept", "application/activity+json")));
      HttpRequest.Builder second = HttpRequest.newBuilder(followers).GET();
      again
          .headers()
          .asMap()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                  values.forEach(v -> second.header(name, v));
                }
              });
      assertThat(json(HttpCalls.send(a.http(), second.build())).containsKey("orderedItems"))
          .isFalse();
    } finally {
      server.stop(0);
    }
  }
}
