// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Dreams over REST: the public form and list under /api/campaigns/{id}/dreams (no personal field
 * ever leaves through them), and the team's moderation under /api/moderation/dreams.
 */
package org.essaim.node.interfaces.rest.dream;
