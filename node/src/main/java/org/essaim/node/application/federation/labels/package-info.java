// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The territory side of label attestations: the national actor this node trusts ({@link
 * org.essaim.node.application.federation.labels.NationalActor}), the verification of an attestation
 * received as a copy (issuer, FEP-8b32 proof, status) and which peers are labelled because of it.
 */
package org.essaim.node.application.federation.labels;
