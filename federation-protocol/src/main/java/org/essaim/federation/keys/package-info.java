// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Key material for signing federated traffic: generating RSA-2048 and Ed25519 key pairs and moving
 * them in and out of PEM text (SPKI and PKCS#8, plus the PKCS#1 RSA forms found in the wild and in
 * RFC 9421's examples). Anything that cannot be read as a key raises {@link
 * org.essaim.federation.keys.KeyFormatException}; the JDK providers do the cryptography.
 */
package org.essaim.federation.keys;
