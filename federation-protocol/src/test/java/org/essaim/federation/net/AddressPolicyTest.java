// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  // No DNS in tests: names resolve through this table.
  private static final Map<String, String> DNS =
      Map.of(
          "miramas.essaim.example", "203.0.114.10",
          "rebind.evil.example", "127.0.0.1",
          "metadata.evil.example", "169.254.169.254",
          "mixed.evil.example", "10.0.0.5");

  private static final AddressPolicy POLICY =
      AddressPolicy.publicInternetOnly().withResolver(AddressPolicyTest::resolve);

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    String ip = DNS.get(host);
    if (ip == null) {
      if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
        return new InetAddress[] {InetAddress.getByName(host)};
      }
      throw new UnknownHostException(host);
    }
    return new InetAddress[] {InetAddress.getByName(ip)};
  }

  @Test
  void publicHttpsHostIsAllowed() {
    assertThat(POLICY.check(URI.create("https://miramas.essaim.example/actor"))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1/",
        "https://10.1.2.3/",
        "https://172.20.0.1/",
        "https://192.168.1.1/",
        "https://100.64.0.1/",
        "https://169.254.169.254/latest/meta-data",
        "https://0.0.0.0/",
        "https://[::1]/",
        "https://[fd00::1]/",
        "https://[fe80::1]/",
        "https://[::ffff:127.0.0.1]/",
        "https://[::ffff:10.0.0.1]/",
        "https://224.0.0.1/",
        "https://rebind.evil.example/",
        "https://metadata.evil.example/",
        "https://mixed.evil.example/"
      })
  void nonPublicAddressesAreRefused(String url) {
    assertThatThrownBy(() -> POLICY.check(URI.create(url)))
        .isInstanceOf(ForbiddenAddressException.class)
        .hasMessageContaining("non-public");
  }

  @Test
  void onlyHttpsUnlessAllowed() {
    assertThatThrownBy(() -> POLICY.check(URI.create("http://miramas.essaim.example/actor")))
        .hasMessageContaining("only https");
    assertThatThrownBy(() -> POLICY.check(URI.create("file:///etc/passwd")))
        .hasMessageContaining("only https");
    assertThat(POLICY.allowingPlainHttp().check(URI.create("http://miramas.essaim.example/actor")))
        .hasSize(1);
  }

  @Test
  void credentialsAndUnknownHostsAreRefused() {
    assertThatThrownBy(() -> POLICY.check(URI.create("https://user:pw@miramas.essaim.example/")))
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> POLICY.check(URI.create("https://nowhere.example/")))
        .hasMessageContaining("does not resolve");
  }

  @Test
  void localNetworksOptIn() {
    assertThat(
            POLICY
                .allowingPrivateAddresses()
                .allowingPlainHttp()
                .check(URI.create("http://127.0.0.1:9081/actor")))
        .hasSize(1);
    assertThat(
            POLICY
                .allowingHosts(Set.of("Mixed.Evil.Example"))
                .check(URI.create("https://mixed.evil.example/")))
        .hasSize(1);
  }

  @Test
  void publicIpv6IsAllowed() throws Exception {
    assertThat(AddressPolicy.isPublic(InetAddress.getByName("2a01:4f8::1"))).isTrue();
    assertThat(AddressPolicy.isPublic(InetAddress.getByName("2001:db8::1"))).isFalse();
  }
}
