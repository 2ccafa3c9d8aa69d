// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * JSON-LD for ActivityPub: bounded JSON reading, expansion with Titanium (the JSON-LD processor
 * Apache Jena ships) through a loader that serves only bundled context documents, and the keyword
 * checks that keep one activity one object. Nothing here ever touches the network.
 */
package org.essaim.federation.jsonld;
