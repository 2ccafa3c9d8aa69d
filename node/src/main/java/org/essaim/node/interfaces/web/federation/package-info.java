// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The federation administration pages (administrators only): peers and follows, follow requests,
 * the policy with its allow-list and blocks, deliveries and the inbox errors, over the same
 * application services as {@code /api/admin/federation}.
 */
package org.essaim.node.interfaces.web.federation;
