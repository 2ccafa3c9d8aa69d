// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Publishing on the wire: mapping of shared domain objects to the protocol library's types ({@link
 * org.essaim.node.infrastructure.federation.publishing.WireObjects}), FEP-8b32 proofs, the record
 * of what was last published, the outbox log and the {@link
 * org.essaim.node.infrastructure.federation.publishing.Publisher} that emits Create, Update and
 * Delete in the transaction of the domain change.
 */
package org.essaim.node.infrastructure.federation.publishing;
