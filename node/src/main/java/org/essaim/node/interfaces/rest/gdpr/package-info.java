// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * /api/gdpr: export and erasure of what the node holds about an email address (administrators
 * only). The address travels in the JSON body of a POST, never in a URL, so it never lands in
 * access logs.
 */
package org.essaim.node.interfaces.rest.gdpr;
