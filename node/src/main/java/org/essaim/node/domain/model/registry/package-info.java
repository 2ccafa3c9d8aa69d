// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The national registry of territories, kept by the aggregator node only: each territory's entry
 * and its place on the label path ({@link org.essaim.node.domain.model.registry.LabelStatus}), the
 * eligibility and labelling committees' decisions, the label attestations the national actor
 * issues, promos and sponsorships.
 */
package org.essaim.node.domain.model.registry;
