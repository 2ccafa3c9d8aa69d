// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether the node may contact a URL a peer gave it (an actor, an inbox, a key, a
 * collection page). By default only https on public addresses: loopback, private, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast and unspecified
 * addresses are refused, including their IPv4-mapped IPv6 forms. A local demo network or a test
 * opts in with {@link #allowingPrivateAddresses()} and {@link #allowingPlainHttp()}.
 *
 * <p>Every address a name resolves to is checked, and the caller must connect to one of the
 * addresses returned by {@link #check(URI)} rather than resolving the name again: otherwise a DNS
 * answer could change between the check and the connection (DNS rebinding).
 */
public final class AddressPolicy {

  /** Resolves a host name; replaceable in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final boolean allowHttp;
  private final Set<String> allowedHosts;
  private final Resolver resolver;

  private AddressPolicy(
      boolean allowPrivate, boolean allowHttp, Set<String> allowedHosts, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.allowHttp = allowHttp;
    this.allowedHosts = Set.copyOf(allowedHosts);
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** https only, public addresses only, system DNS. */
  public static AddressPolicy publicInternetOnly() {
    return new AddressPolicy(false, false, Set.of(), InetAddress::getAllByName);
  }

  public AddressPolicy allowingPrivateAddresses() {
    return new AddressPolicy(true, allowHttp, allowedHosts, resolver);
  }

  public AddressPolicy allowingPlainHttp() {
    return new AddressPolicy(allowPrivate, true, allowedHosts, resolver);
  }

  /** Hosts trusted even on private addresses (e.g. the other nodes of an internal network). */
  public AddressPolicy allowingHosts(Set<String> hosts) {
    return new AddressPolicy(
        allowPrivate,
        allowHttp,
        hosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet()),
        resolver);
  }

  public AddressPolicy withResolver(Resolver newResolver) {
    return new AddressPolicy(allowPrivate, allowHttp, allowedHosts, newResolver);
  }

  /**
   * @return the addresses the caller may connect to for this URL
   * @throws ForbiddenAddressException when the URL must not be contacted
   */
  public List<InetAddress> check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      throw new ForbiddenAddressException(url, "only https is allowed");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new ForbiddenAddressException(url, "no host");
    }
    if (url.getUserInfo() != null) {
      throw new ForbiddenAddressException(url, "credentials in URLs are not accepted");
    }
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bareHost);
    } catch (UnknownHostException e) {
      throw new ForbiddenAddressException(url, "the host does not resolve");
    }
    if (addresses.length == 0) {
      throw new ForbiddenAddressException(url, "the host does not resolve");
    }
    boolean trustedHost = allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT));
    if (!allowPrivate && !trustedHost) {
      for (InetAddress address : addresses) {
        if (!isPublic(address)) {
          throw new ForbiddenAddressException(
              url, "it resolves to a non-public address (" + address.getHostAddress() + ")");
        }
      }
    }
    return List.of(addresses);
  }

  /** Whether an address is routable on the public internet. */
  public static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      if (isIpv4Mapped(bytes)) {
        return isPublicIpv4(java.util.Arrays.copyOfRange(bytes, 12, 16));
      }
      int first = bytes[0] & 0xff;
      // fc00::/7 unique local; 2001:db8::/32 documentation; 64:ff9b::/96 NAT64 checked as IPv4.
      if ((first & 0xfe) == 0xfc) {
        return false;
      }
      if (first == 0x20
          && (bytes[1] & 0xff) == 0x01
          && (bytes[2] & 0xff) == 0x0d
          && (bytes[3] & 0xff) == 0xb8) {
        return false;
      }
      return true;
    }
    return address instanceof Inet4Address && isPublicIpv4(bytes);
  }

  private static boolean isPublicIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    return !(a0 == 0 // this network
        || a0 == 10
        || a0 == 127
        || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
        || (a0 == 169 && a1 == 254) // link-local, cloud metadata
        || (a0 == 172 && a1 >= 16 && a1 <= 31)
        || (a0 == 192 && a1 == 168)
        || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        || a0 >= 224); // multicast and reserved
  }

  private static boolean isIpv4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
