// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JrdTest {
  private static Jrd fixture(String host) throws IOException {
    String path = "/fixtures/" + host + "/.well-known/webfinger.json";
    try (InputStream in = JrdTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return Jrd.parse(in);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "mastodon.social, acct:Gargron@mastodon.social, https://mastodon.social/users/Gargron",
    "goblin.technology, acct:tobi@goblin.technology, https://goblin.technology/users/tobi",
    "misskey.io, acct:syuilo@misskey.io, https://misskey.io/users/7rkrarq81i",
    "framatube.org, acct:framasoft@framatube.org, https://framatube.org/accounts/framasoft",
    "mobilizon.fr, acct:framasoft@mobilizon.fr, https://mobilizon.fr/@framasoft",
  })
  void realWorldJrdsYieldTheirActor(String host, String subject, String actor) throws IOException {
    Jrd jrd = fixture(host);
    assertThat(jrd.subject()).isEqualTo(subject);
    assertThat(jrd.acct()).map(AcctUri::host).contains(host);
    assertThat(jrd.activityPubActor()).contains(URI.create(actor));
    assertThat(Jrd.fromJson(jrd.toJson())).isEqualTo(jrd);
  }

  @Test
  void mastodonDetails() throws IOException {
    Jrd jrd = fixture("mastodon.social");
    assertThat(jrd.aliases())
        .containsExactly(
            "https://mastodon.social/@Gargron", "https://mastodon.social/users/Gargron");
    assertThat(jrd.links()).hasSize(4);
    assertThat(jrd.links(JrdLink.SUBSCRIBE))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.template())
                  .isEqualTo("https://mastodon.social/authorize_interaction?uri={uri}");
              assertThat(l.href()).isNull();
            });
    assertThat(jrd.links(JrdLink.PROFILE_PAGE).get(0).type()).isEqualTo("text/html");
  }

  @Test
  void misskeyHasNoAliases() throws IOException {
    Jrd jrd = fixture("misskey.io");
    assertThat(jrd.aliases()).isEmpty();
    assertThat(jrd.toJson().containsKey("aliases")).isFalse();
  }

  @Test
  void ldJsonWithTheActivityStreamsProfileIsAnActorLink() {
    Jrd jrd =
        Jrd.parse(
            """
            {"subject": "acct:alice@example.org",
             "links": [
               {"rel": "self", "type": "text/html", "href": "https://example.org/alice.html"},
               {"rel": "self",
                "type": "application/ld+json; Profile = \\"https://www.w3.org/ns/activitystreams\\"",
                "href": "https://example.org/alice"}]}
            """);
    assertThat(jrd.activityPubActor()).contains(URI.create("https://example.org/alice"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/activity+json",
        "Application/Activity+JSON; charset=utf-8",
        "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
        "application/ld+json;profile=https://www.w3.org/ns/activitystreams",
        "application/ld+json; profile=\"http://example.org/x https://www.w3.org/ns/activitystreams\"",
      })
  void activityStreamsMediaTypes(String type) {
    assertThat(JrdLink.isActivityStreamsMediaType(type)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/ld+json",
        "application/json",
        "text/html",
        "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams#\"",
        "application/activity+jsonx",
      })
  void otherMediaTypes(String type) {
    assertThat(JrdLink.isActivityStreamsMediaType(type)).isFalse();
  }

  @Test
  void noUsableActorLink() {
    Jrd jrd =
        Jrd.parse(
            """
            {"subject": "acct:bob@example.org",
             "links": [
               {"rel": "self", "type": "application/activity+json", "href": "/users/bob"},
               {"rel": "self", "type": "application/activity+json", "href": "ftp://example.org/b"},
               {"rel": "self", "type": "application/activity+json"}]}
            """);
    assertThat(jrd.activityPubActor()).isEmpty();
  }

  @Test
  void writesWhatItReads() {
    Jrd jrd =
        new Jrd(
            "acct:grenoble@essaim.example",
            List.of("https://essaim.example/@grenoble"),
            Map.of("http://schema.org/name", "Essaim Grenoble"),
            List.of(
                JrdLink.of(
                    JrdLink.SELF, JrdLink.ACTIVITY_JSON, "https://essaim.example/actors/grenoble"),
                new JrdLink(
                    JrdLink.PROFILE_PAGE,
                    "text/html",
                    "https://essaim.example/@grenoble",
                    null,
                    Map.of("fr", "Profil", "und", "Profile"),
                    new java.util.LinkedHashMap<>(
                        java.util.Collections.singletonMap("http://example.org/p", null))),
                JrdLink.template(JrdLink.SUBSCRIBE, "https://essaim.example/follow?uri={uri}")));
    var json = jrd.toJson();
    assertThat(
            json.getJsonArray("links")
                .getJsonObject(1)
                .getJsonObject("properties")
                .isNull("http://example.org/p"))
        .isTrue();
    assertThat(Jrd.parse(json.toString())).isEqualTo(jrd);
    assertThat(jrd.activityPubActor())
        .contains(URI.create("https://essaim.example/actors/grenoble"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[]",
        "\"acct:a@b\"",
        "{\"subject\": 42}",
        "{\"aliases\": \"https://a.example\"}",
        "{\"aliases\": [1]}",
        "{\"links\": {}}",
        "{\"links\": [\"self\"]}",
        "{\"links\": [{\"href\": \"https://a.example\"}]}",
        "{\"links\": [{\"rel\": \"self\", \"href\": 7}]}",
        "{\"links\": [{\"rel\": \"self\", \"titles\": [\"x\"]}]}",
        "{\"properties\": {\"http://a.example/p\": 1}}",
      })
  void malformedJrdsAreRejected(String json) {
    assertThatThrownBy(() -> Jrd.parse(json))
        .isInstanceOf(MalformedJrdException.class)
        .hasMessageNotContaining("jakarta")
        .hasMessageNotContaining("glassfish");
  }
}
