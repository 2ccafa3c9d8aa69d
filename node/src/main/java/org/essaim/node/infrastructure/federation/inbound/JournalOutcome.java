// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

/** What became of an inbox request, as the inbound journal shows it. */
public enum JournalOutcome {
  /** Accepted (202), waiting for its handler. */
  QUEUED,
  /** Its handler applied it. */
  PROCESSED,
  /** Accepted but nothing to do: a duplicate, a type no handler claims, or the handler's choice. */
  IGNORED,
  /** Refused: by a check of the inbox (with the HTTP status) or by its handler. */
  REJECTED,
  /** This node failed to handle it, {@value InboxBackoff#MAX_ATTEMPTS} times. */
  FAILED
}
