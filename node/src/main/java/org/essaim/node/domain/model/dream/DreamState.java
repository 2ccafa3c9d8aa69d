// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Moderation and use of a dream (domain notes §2.8): SUBMITTED → PUBLISHED | REJECTED | MERGED;
 * PUBLISHED → CLUSTERED → ARCHIVED. REJECTED and MERGED are final, so a moderation decision is
 * deliberate; a published dream may be archived without being clustered.
 */
public enum DreamState implements LifecycleState<DreamState> {
  /** Sent by someone, waiting for the team's moderation; never shown to the public. */
  SUBMITTED,
  /** Moderated and shown on the node's site (text, themes, commune; never personal fields). */
  PUBLISHED,
  /** Refused by moderation (spam, insult, personal data in the text…). */
  REJECTED,
  /** A duplicate, merged into another dream of the same campaign. */
  MERGED,
  /** Linked to one or more défis (by hand until défis exist). Still shown to the public. */
  CLUSTERED,
  /** Kept for the record, no longer shown. */
  ARCHIVED;

  @Override
  public Set<DreamState> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(PUBLISHED, REJECTED, MERGED);
      case PUBLISHED -> EnumSet.of(CLUSTERED, ARCHIVED);
      case CLUSTERED -> EnumSet.of(ARCHIVED);
      case REJECTED, MERGED, ARCHIVED -> EnumSet.noneOf(DreamState.class);
    };
  }

  @Override
  public String subject() {
    return "dream";
  }

  /** The states the public may read; everything else is for the team only. */
  public static final Set<DreamState> PUBLIC_STATES = EnumSet.of(PUBLISHED, CLUSTERED);

  public boolean publiclyVisible() {
    return PUBLIC_STATES.contains(this);
  }
}
