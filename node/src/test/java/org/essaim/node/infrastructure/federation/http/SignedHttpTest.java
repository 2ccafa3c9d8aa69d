// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.net.AddressPolicy;
import org.essaim.federation.sig.CavageSigner;
import org.essaim.federation.sig.DoubleKnockSender;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.RequestSigner;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureSpecMemory;
import org.essaim.federation.sig.SignatureVerifier;
import org.essaim.federation.sig.VerificationPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport's limits against an in-JVM server on loopback. "Legit" cases use a policy that
 * allows private addresses and http (a local test network); the refusals use the default policy or
 * a resolver that maps a public-looking name to a private address.
 */
class SignedHttpTest {

  private static final KeyPair KEYS = KeyPairs.generateRsa2048();
  private static final String KEY_ID = "http://node.test/actors/instance#main-key";
  private static HttpServer server;
  private static String base;
  private static final List<String> paths = new CopyOnWriteArrayList<>();
  private static final List<Integer> statusesFor9421 = new CopyOnWriteArrayList<>();

  private final AddressPolicy localNetwork =
      AddressPolicy.publicInternetOnly().allowingPrivateAddresses().allowingPlainHttp();
  private final RequestSigner signer = Rfc9421Signer.builder(KEY_ID, KEYS.getPrivate()).build();

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/doc", e -> answer(e, 200, "{\"id\":\"doc\"}"));
    server.createContext("/hop1", e -> redirect(e, "/hop2"));
    server.createContext("/hop2", e -> redirect(e, "/hop3"));
    server.createContext("/hop3", e -> redirect(e, "/doc"));
    server.createContext("/loop", e -> redirect(e, "/loop"));
    server.createContext(
        "/to-private", e -> redirect(e, "http://metadata.example:" + port() + "/doc"));
    server.createContext(
        "/huge",
        e -> {
          e.sendResponseHeaders(200, 0); // chunked, no Content-Length
          try (OutputStream out = e.getResponseBody()) {
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 40; i++) {
              out.write(chunk);
            }
          } catch (IOException aborted) {
            // the client hung up, as it should
          }
        });
    server.createContext(
        "/declared-huge",
        e -> {
          e.sendResponseHeaders(200, 5_000_000);
          e.close();
        });
    server.createContext(
        "/slow",
        e -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
          }
          try {
            e.sendResponseHeaders(200, -1); // not recorded in paths: it ends after its test
            e.close();
          } catch (IOException gone) {
            // the client gave up first
          }
        });
    server.createContext(
        "/inbox",
        e -> {
          byte[] body = e.getRequestBody().readAllBytes();
          SignableRequest request =
              SignableRequest.post(
                  URI.create(base + "/inbox"), HttpFields.of(e.getRequestHeaders()), body);
          boolean rfc9421 = e.getRequestHeaders().containsKey("Signature-Input");
          if (rfc9421) {
            statusesFor9421.add(401);
            answer(e, 401, "{}");
            return;
          }
          try {
            new SignatureVerifier(VerificationPolicy.defaults())
                .verify(request, keyId -> KEYS.getPublic());
            answer(e, 202, "");
          } catch (RuntimeException bad) {
            answer(e, 403, bad.getMessage());
          }
        });
    server.createContext("/moved-inbox", e -> redirect(e, "/inbox"));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + port();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  @BeforeEach
  void clear() {
    paths.clear();
    statusesFor9421.clear();
  }

  private static int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange e, int status, String body) throws IOException {
    paths.add(e.getRequestURI().getPath());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.getResponseHeaders().add("Content-Type", "application/activity+json");
    e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = e.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange e, String location) throws IOException {
    paths.add(e.getRequestURI().getPath());
    e.getResponseHeaders().add("Location", location);
    e.sendResponseHeaders(302, -1);
    e.close();
  }

  private SignedHttp http(AddressPolicy policy) {
    return new SignedHttp(() -> policy, 1024 * 1024, Duration.ofSeconds(10));
  }

  @Test
  void getsASignedDocumentWithTheActivityStreamsAccept() {
    RemoteResponse response = http(localNetwork).get(URI.create(base + "/doc"), signer);
    assertThat(response.status()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"doc\"}");
    assertThat(response.contentType()).contains("application/activity+json");
  }

  @Test
  void refusesLoopbackWhenPrivateAddressesAreNotAllowed() {
    AddressPolicy httpOnly = AddressPolicy.publicInternetOnly().allowingPlainHttp();
    assertThatThrownBy(() -> http(httpOnly).get(URI.create(base + "/doc"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("Address refused")
        .hasMessageContaining("non-public address");
    assertThat(paths).isEmpty();
  }

  @Test
  void refusesPlainHttpByDefault() {
    assertThatThrownBy(
            () -> http(AddressPolicy.publicInternetOnly()).get(URI.create(base + "/doc"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("only https");
    assertThat(paths).isEmpty();
  }

  @Test
  void followsUpToThreeRedirectsEachChecked() {
    RemoteResponse response = http(localNetwork).get(URI.create(base + "/hop1"), signer);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.url()).isEqualTo(URI.create(base + "/doc"));
    assertThat(paths).containsExactly("/hop1", "/hop2", "/hop3", "/doc");
  }

  @Test
  void abandonsAfterThreeRedirects() {
    assertThatThrownBy(() -> http(localNetwork).get(URI.create(base + "/loop"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("More than 3 redirects");
    assertThat(paths.stream().filter("/loop"::equals)).hasSize(4);
  }

  @Test
  void refusesARedirectToAPrivateAddress() {
    // The first host is a trusted peer; the redirect names a host resolving to a private address.
    AddressPolicy policy =
        AddressPolicy.publicInternetOnly()
            .allowingPlainHttp()
            .allowingHosts(java.util.Set.of("127.0.0.1"))
            .withResolver(
                host ->
                    host.equals("metadata.example")
                        ? new InetAddress[] {InetAddress.getByName("169.254.169.254")}
                        : InetAddress.getAllByName(host));
    assertThatThrownBy(() -> http(policy).get(URI.create(base + "/to-private"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("Address refused")
        .hasMessageContaining("169.254.169.254");
    assertThat(paths).containsExactly("/to-private");
  }

  @Test
  void abortsAStreamedBodyBeyondTheLimit() {
    assertThatThrownBy(() -> http(localNetwork).get(URI.create(base + "/huge"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("larger than 1048576 bytes");
  }

  @Test
  void refusesADeclaredLengthBeyondTheLimit() {
    assertThatThrownBy(() -> http(localNetwork).get(URI.create(base + "/declared-huge"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("larger than 1048576 bytes");
  }

  @Test
  void givesUpAtTheTotalTimeout() {
    SignedHttp impatient = new SignedHttp(() -> localNetwork, 1024, Duration.ofSeconds(1));
    long start = System.nanoTime();
    assertThatThrownBy(() -> impatient.get(URI.create(base + "/slow"), signer))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void postsWithDoubleKnockWhenRfc9421IsRefused() {
    DoubleKnockSender sender =
        new DoubleKnockSender(
            Rfc9421Signer.builder(KEY_ID, KEYS.getPrivate()).build(),
            CavageSigner.builder(KEY_ID, KEYS.getPrivate()).build(),
            new SignatureSpecMemory());
    RemoteResponse response =
        http(localNetwork)
            .post(
                URI.create(base + "/inbox"),
                "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8),
                sender);
    assertThat(response.status()).isEqualTo(202);
    assertThat(statusesFor9421).containsExactly(401);
  }

  @Test
  void postDoesNotFollowRedirects() {
    DoubleKnockSender sender =
        new DoubleKnockSender(
            Rfc9421Signer.builder(KEY_ID, KEYS.getPrivate()).build(),
            CavageSigner.builder(KEY_ID, KEYS.getPrivate()).build(),
            new SignatureSpecMemory());
    RemoteResponse response =
        http(localNetwork).post(URI.create(base + "/moved-inbox"), new byte[] {'{', '}'}, sender);
    assertThat(response.status()).isEqualTo(302);
    assertThat(paths).containsExactly("/moved-inbox");
  }

  @Test
  void refusesToPostToAPrivateAddress() {
    DoubleKnockSender sender =
        new DoubleKnockSender(
            Rfc9421Signer.builder(KEY_ID, KEYS.getPrivate()).build(),
            CavageSigner.builder(KEY_ID, KEYS.getPrivate()).build(),
            new SignatureSpecMemory());
    AddressPolicy httpOnly = AddressPolicy.publicInternetOnly().allowingPlainHttp();
    assertThatThrownBy(
            () -> http(httpOnly).post(URI.create(base + "/inbox"), new byte[] {'{', '}'}, sender))
        .isInstanceOf(RemoteRequestException.class)
        .hasMessageContaining("Address refused");
    assertThat(paths).isEmpty();
  }
}
