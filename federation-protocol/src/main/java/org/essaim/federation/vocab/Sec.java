// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

/** IRIs of the W3ID security terms: actor keys (security v1, Multikey) and integrity proofs. */
public final class Sec {
  private Sec() {}

  public static final String NS = "https://w3id.org/security#";

  public static final String PUBLIC_KEY = NS + "publicKey";
  public static final String PUBLIC_KEY_PEM = NS + "publicKeyPem";
  public static final String OWNER = NS + "owner";
  public static final String ASSERTION_METHOD = NS + "assertionMethod";
  public static final String MULTIKEY = NS + "Multikey";
  public static final String CONTROLLER = NS + "controller";
  public static final String PUBLIC_KEY_MULTIBASE = NS + "publicKeyMultibase";
  public static final String PROOF = NS + "proof";
  public static final String DATA_INTEGRITY_PROOF = NS + "DataIntegrityProof";
  public static final String REVOKED = NS + "revoked";
}
