// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The node's visibility policy: which {@link org.essaim.node.domain.shared.Visibility} a new
 * shareable object gets when its author does not choose one. Built-in defaults follow the domain
 * notes (§2.2); an administrator may change them per kind of object.
 */
package org.essaim.node.domain.model.visibility;
