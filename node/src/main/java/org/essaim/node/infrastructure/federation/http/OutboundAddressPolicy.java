// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.federation.net.AddressPolicy;

/**
 * Which addresses the node may contact: https on public addresses only, unless {@code
 * essaim.federation.allow-private-addresses} / {@code essaim.federation.allow-http} open it for a
 * local demo network or tests.
 */
@ApplicationScoped
public class OutboundAddressPolicy {

  @Inject
  @ConfigProperty(name = "essaim.federation.allow-private-addresses", defaultValue = "false")
  boolean allowPrivate;

  @Inject
  @ConfigProperty(name = "essaim.federation.allow-http", defaultValue = "false")
  boolean allowHttp;

  public AddressPolicy policy() {
    AddressPolicy policy = AddressPolicy.publicInternetOnly();
    if (allowPrivate) {
      policy = policy.allowingPrivateAddresses();
    }
    if (allowHttp) {
      policy = policy.allowingPlainHttp();
    }
    return policy;
  }
}
