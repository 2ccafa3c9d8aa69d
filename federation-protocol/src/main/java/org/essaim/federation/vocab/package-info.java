// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The ActivityStreams 2.0 vocabulary, its security terms and Essaim's extension, as immutable Java
 * types. An {@link org.essaim.federation.vocab.AsObject} holds a node in JSON-LD's expanded terms
 * (full IRIs), so documents from any server read alike and unknown properties survive a round trip;
 * typed views ({@code Activity}, {@code Actor}, {@code Collection}…) give names to the properties
 * the node uses.
 */
package org.essaim.federation.vocab;
