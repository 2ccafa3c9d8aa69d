// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * WebFinger (RFC 7033): the JSON Resource Descriptor returned by {@code /.well-known/webfinger},
 * the {@code acct:} URIs of RFC 7565 that name accounts in it, and the lookup of the ActivityPub
 * actor behind an account. HTTP is left to the caller; this package only reads and writes the
 * documents.
 */
package org.essaim.federation.webfinger;
