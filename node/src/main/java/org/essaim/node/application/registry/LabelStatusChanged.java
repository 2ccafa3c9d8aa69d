// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import org.essaim.node.domain.model.registry.LabelStatus;

/**
 * A registry entry's label status changed, was set at registration ({@code before} null) or the
 * entry is being removed ({@code after} null). Fired in the transaction of the change and observed
 * in it (the label attestation follows the status).
 *
 * @param entryId the entry
 * @param before the status before, or null for a new entry
 * @param after the status now, or null when the entry is removed
 */
public record LabelStatusChanged(long entryId, LabelStatus before, LabelStatus after) {}
