// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.gdpr;

import java.util.Collection;
import java.util.List;
import org.essaim.node.domain.model.dream.Dream;

/** The dreams left with a contact address, found and erased for the GDPR rights. */
public interface PersonalDreams {

  /** Dreams whose contact email is this address (case and surrounding spaces ignored). */
  List<Dream> byContactEmail(String normalisedEmail);

  /** The ids of the défis that group these dreams, with the dream id: {challengeId, dreamId}. */
  List<long[]> challengeLinks(Collection<Long> dreamIds);

  /**
   * Deletes the dreams, their themes and their links to défis (the défis stay); dreams merged into
   * them lose that link. How many dreams.
   */
  int delete(Collection<Long> dreamIds);
}
