// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The collective that carries a project (« réunir des collectifs pour les porter »): its
 * governance, its lifecycle (FORMING → ACTIVE → STRUCTURED → DISSOLVED) and its members, people or
 * organisations. Local only (domain notes §2.5-2.6): people's names and contact details never leave
 * the node; only the member count and organisation members may be shown or federated.
 */
package org.essaim.node.domain.model.collective;
