// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The network's shared vocabularies (SKOS-like schemes): themes, support modes, project stages,
 * legal forms, structure roles, territory types, funding instruments, impact indicators and goals.
 * Stable keys, French and English labels; every entity refers to concepts by key.
 */
package org.essaim.node.domain.model.taxonomy;
