// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Publishing: what this territory shares with the network. Domain services fire {@link
 * org.essaim.node.application.federation.publishing.SharedObjectChanged} when a shareable object is
 * created, changed or deleted; the publisher ({@code infrastructure.federation.publishing})
 * compares it with what was last published ({@link
 * org.essaim.node.application.federation.publishing.PublishingDecision}) and emits Create, Update
 * or Delete in the same transaction.
 */
package org.essaim.node.application.federation.publishing;
