// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Campaigns (« éditions »): one run of the four-step method on the territory or a sub-territory,
 * with its lifecycle {@link org.essaim.node.domain.model.campaign.CampaignState}.
 */
package org.essaim.node.domain.model.campaign;
