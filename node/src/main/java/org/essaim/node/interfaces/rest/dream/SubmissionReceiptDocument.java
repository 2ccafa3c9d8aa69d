// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a dream submission. It names no id: the contributor has no account to follow the
 * dream with, and a trapped bot must get exactly the same answer as a person.
 */
@Schema(name = "DreamSubmissionReceipt")
public record SubmissionReceiptDocument(
    @Schema(examples = "SUBMITTED") String state,
    @Schema(examples = "Merci ! Votre rêve a bien été reçu. L'équipe le relit avant de le publier.")
        String message) {

  static final SubmissionReceiptDocument RECEIVED =
      new SubmissionReceiptDocument(
          "SUBMITTED",
          "Merci ! Votre rêve a bien été reçu. L'équipe le relit avant de le publier.");
}
