// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.As;
import org.essaim.node.application.federation.HtmlText;
import org.junit.jupiter.api.Test;

class ExchangeActivitiesTest {

  static final URI US = URI.create("https://lons.example/actors/territory");
  static final URI PEER = URI.create("https://vierzon.example/actors/territory");
  static final URI ID = URI.create("https://lons.example/activities/1");
  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

  final ExchangeActivities activities = new ExchangeActivities(US);

  @Test
  void textIsEscapedOnTheWayOutAndStrippedOnTheWayIn() {
    assertThat(HtmlText.escape("a <b> & \"c\"")).isEqualTo("a &lt;b&gt; &amp; &quot;c&quot;");
    assertThat(
            ExchangeActivities.plainText("<p>Bravo &amp; <a href=\"x\">merci</a></p><p>Deux</p>"))
        .isEqualTo("Bravo & merci\nDeux");
    assertThat(ExchangeActivities.plainText(HtmlText.escape("x <script> y")))
        .isEqualTo("x <script> y");
  }

  @Test
  void everyObjectIsTheTerritorysAndOnItsOrigin() {
    Activity reply =
        activities.reply(ID, PEER, URI.create("https://vierzon.example/s/1"), "x", NOW);
    assertThat(reply.actor()).isEqualTo(US);
    assertThat(reply.embeddedObject().orElseThrow().references(As.ATTRIBUTED_TO))
        .containsExactly(US);
    assertThat(reply.embeddedObject().orElseThrow().id().orElseThrow().toString())
        .startsWith(ID.toString());
    assertThat(reply.to()).containsExactly(PEER);
    assertThat(reply.isPublic()).isFalse();
    Activity amendment =
        activities.amendment(ID, PEER, URI.create("https://vierzon.example/s/1"), null, "x", NOW);
    assertThat(amendment.embeddedObject().orElseThrow().string(As.SUMMARY)).isEmpty();
    assertThat(amendment.isPublic()).isFalse();
  }

  @Test
  void anAnswerReferencesTheOfferById() {
    URI offer = URI.create("https://vierzon.example/activities/offer");
    Activity reject = activities.answer(false, ID, PEER, offer, NOW);
    assertThat(reject.type().orElseThrow().name()).isEqualTo("REJECT");
    assertThat(reject.objectId()).contains(offer);
    assertThat(reject.embeddedObject()).isEmpty();
    assertThat(reject.to()).containsExactly(PEER);
  }
}
