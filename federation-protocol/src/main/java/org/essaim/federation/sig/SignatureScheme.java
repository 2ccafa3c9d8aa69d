// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

/** The two HTTP signature specifications spoken on the fediverse. */
public enum SignatureScheme {
  /** RFC 9421 HTTP Message Signatures ({@code Signature-Input} + {@code Signature}). */
  RFC9421,
  /** draft-cavage-http-signatures-12 as Mastodon uses it (a single {@code Signature} field). */
  CAVAGE
}
