// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The data-subject rights of the GDPR over what the node holds about an email address: finding it
 * across kinds of records (dreams, collective memberships, consent records) for export and erasure,
 * and the erasure log, which never holds the address itself (docs/personal-data.md).
 */
package org.essaim.node.domain.model.gdpr;
