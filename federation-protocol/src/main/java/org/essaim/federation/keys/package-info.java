// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Key material in the formats the fediverse exchanges: PEM (SPKI, PKCS#8, PKCS#1) for the RSA keys
 * of HTTP signatures, Multikey (multibase, FEP-521a) for the Ed25519 keys of object proofs, and key
 * pair generation.
 */
package org.essaim.federation.keys;
