// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.List;

/**
 * What an erasure deleted, and when the same address was erased before (recognised by its keyed
 * fingerprint in the erasure log, never by the address).
 */
public record ErasureReport(
    Instant erasedAt,
    int dreams,
    int challengeLinks,
    int memberships,
    int consentRecords,
    List<Instant> previousErasures) {}
