// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Object Integrity Proofs (FEP-8b32): Data Integrity proofs embedded in ActivityPub documents so
 * that an activity stays verifiable after it has been forwarded, independently of the HTTP
 * signature of the request that carried it. Only the {@code eddsa-jcs-2022} cryptosuite is
 * implemented, on JSON-P trees, with an RFC 8785 canonicaliser of its own.
 */
package org.essaim.federation.proof;
