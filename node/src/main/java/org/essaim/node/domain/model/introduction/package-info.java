// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Introductions between projects of different territories (« mise en relation de projets similaires
 * »): a territory proposes to link one of its projects with a peer's, the peer accepts or refuses;
 * an accepted introduction is a link both nodes show, until either withdraws it.
 */
package org.essaim.node.domain.model.introduction;
