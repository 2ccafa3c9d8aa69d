// SPDX-License-Identifier: AGPL-3.0-or-later
/** /api/taxonomy: the network's shared vocabularies, public and read-only. */
package org.essaim.node.interfaces.rest.taxonomy;
