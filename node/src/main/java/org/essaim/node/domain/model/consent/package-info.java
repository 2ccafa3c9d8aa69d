// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Consent records: the proof that a person agreed to be contacted (who, for what purpose, which
 * wording, when, from which dream or collective membership) and whether they withdrew. Personal
 * data, local only, never federated; exported and erased with the rest of a person's data.
 */
package org.essaim.node.domain.model.consent;
