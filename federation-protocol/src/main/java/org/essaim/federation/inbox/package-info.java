// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Checks an inbound activity must pass after its signature verified, before anything acts on it:
 * the key belongs to the actor and the actor links back to it, and the activity and the objects it
 * carries come from the actor's origin. The lessons of CVE-2024-23832 (Mastodon), Misskey #2546 and
 * GHSA-q9f8-5hc7-898f (Fedify).
 */
package org.essaim.federation.inbox;
