// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Typed views of Essaim's extension vocabulary ({@code https://essaim.org/ns#}): one immutable
 * record per federated domain object — territory profile, project, défi, fiche pratique, solution
 * essaimable, essaimage, mise en relation, chiffres clés, attestation de label, promo, parrainage.
 *
 * <p>Each record validates itself (required fields, values from the domain's code lists), writes
 * itself as an {@link org.essaim.federation.vocab.AsObject} ({@code toAsObject()}) and reads one
 * back ({@code from(AsObject)}), throwing {@link org.essaim.federation.vocab.VocabularyException}
 * when a required property is missing or of the wrong kind.
 *
 * <p>By construction these types carry no personal data: no person names, e-mails of people,
 * phones, dream texts, collective members or attendee lists — only organisations, territories, role
 * mailboxes and counts (docs/federation.md, "Never federated").
 */
package org.essaim.federation.vocab.essaim;
