// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The territory's partners and its circle of trusted partners (« cercle des partenaires de
 * confiance »). A partner is an organisation of the directory; its contact persons are personal
 * data and are not stored here: at most a role mailbox (contact@…).
 */
package org.essaim.node.domain.model.partner;
