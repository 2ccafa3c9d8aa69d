// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcctUriTest {
  @Test
  void parsesAndFormats() {
    AcctUri acct = AcctUri.parse("acct:grenoble@essaim.example");
    assertThat(acct.user()).isEqualTo("grenoble");
    assertThat(acct.host()).isEqualTo("essaim.example");
    assertThat(acct).hasToString("acct:grenoble@essaim.example");
    assertThat(acct.handle()).isEqualTo("@grenoble@essaim.example");
    assertThat(acct.toUri().getScheme()).isEqualTo("acct");
  }

  @Test
  void lowerCasesSchemeAndHostButNotUser() {
    AcctUri acct = AcctUri.parse("ACCT:Gargron@Mastodon.SOCIAL");
    assertThat(acct.user()).isEqualTo("Gargron");
    assertThat(acct.host()).isEqualTo("mastodon.social");
    assertThat(acct).hasToString("acct:Gargron@mastodon.social");
  }

  @Test
  void percentDecodesTheUserPart() {
    // RFC 7565, section 4: an e-mail address as user part has its '@' encoded.
    AcctUri email = AcctUri.parse("acct:juliet%40capulet.example@shoppingsite.example");
    assertThat(email.user()).isEqualTo("juliet@capulet.example");
    assertThat(email).hasToString("acct:juliet%40capulet.example@shoppingsite.example");

    AcctUri accented = AcctUri.parse("acct:%C3%A9lise@essaim.example");
    assertThat(accented.user()).isEqualTo("élise");
    assertThat(accented).hasToString("acct:%C3%A9lise@essaim.example");

    assertThat(AcctUri.parse("acct:a%2db@x.example").user()).isEqualTo("a-b");
    assertThat(AcctUri.parse("acct:a!$&'()*+,;=b@x.example").user()).isEqualTo("a!$&'()*+,;=b");
  }

  @Test
  void roundTripsThroughItsString() {
    AcctUri acct = new AcctUri("marie curie/ü", "essaim.example");
    assertThat(acct).hasToString("acct:marie%20curie%2F%C3%BC@essaim.example");
    assertThat(AcctUri.parse(acct.toString())).isEqualTo(acct);
  }

  @Test
  void acceptsPortsAndIpLiterals() {
    assertThat(AcctUri.parse("acct:dev@localhost:3000").host()).isEqualTo("localhost:3000");
    assertThat(AcctUri.parse("acct:dev@[::1]").host()).isEqualTo("[::1]");
    assertThat(AcctUri.parse("acct:dev@192.0.2.1").host()).isEqualTo("192.0.2.1");
  }

  @Test
  void readsHandles() {
    assertThat(AcctUri.fromHandle("@grenoble@essaim.example"))
        .isEqualTo(new AcctUri("grenoble", "essaim.example"));
    assertThat(AcctUri.fromHandle(" grenoble@Essaim.Example "))
        .isEqualTo(new AcctUri("grenoble", "essaim.example"));
    assertThat(AcctUri.fromHandle("acct:grenoble@essaim.example"))
        .isEqualTo(new AcctUri("grenoble", "essaim.example"));
    assertThat(AcctUri.fromHandle("@alice@bücher.example").host())
        .isEqualTo("xn--bcher-kva.example");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "acct:",
        "acct:@essaim.example",
        "acct:grenoble@",
        "acct:grenoble",
        "mailto:grenoble@essaim.example",
        "grenoble@essaim.example",
        "acct:a@b@essaim.example",
        "acct:gre noble@essaim.example",
        "acct:grenoble@essaim example",
        "acct:grenoble@essaim..example",
        "acct:grenoble@-essaim.example",
        "acct:grenoble@essaim.example/path",
        "acct:grenoble@essaim.example?x",
        "acct:grenoble@essaim.example:port",
        "acct:gre%4@essaim.example",
        "acct:gre%zz@essaim.example",
        "acct:gre%C3@essaim.example",
        "acct:%00@essaim.example",
        "acct:grenoble@essaim.exämple",
        "acct:grénoble@essaim.example",
        "acct:gre%\u0663\u0663@essaim.example",
        "acct:<script>@essaim.example",
      })
  void rejectsJunk(String input) {
    assertThatThrownBy(() -> AcctUri.parse(input)).isInstanceOf(MalformedAcctUriException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@", "@grenoble", "grenoble@", "@a@b@c.example", "@a b@c.example"})
  void rejectsJunkHandles(String input) {
    assertThatThrownBy(() -> AcctUri.fromHandle(input))
        .isInstanceOf(MalformedAcctUriException.class);
  }

  @Test
  void rejectsOverlongInput() {
    assertThatThrownBy(() -> AcctUri.parse("acct:" + "a".repeat(2000) + "@x.example"))
        .isInstanceOf(MalformedAcctUriException.class);
  }
}
