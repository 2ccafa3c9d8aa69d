// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * HTTP signatures for server-to-server ActivityPub traffic: RFC 9421 HTTP Message Signatures
 * (preferred) and draft-cavage-http-signatures-12 as Mastodon speaks it (fallback), with the RFC
 * 8941 structured fields and RFC 9530 / RFC 3230 body digests they rely on. Requests are seen
 * through the transport-neutral {@link org.essaim.federation.sig.SignableRequest}; inboxes verify
 * with {@link org.essaim.federation.sig.SignatureVerifier}, senders sign with {@link
 * org.essaim.federation.sig.DoubleKnockSender}. Refusals are {@link
 * org.essaim.federation.sig.SignatureVerificationException}s carrying a reason.
 */
package org.essaim.federation.sig;
