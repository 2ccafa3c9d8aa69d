// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.consent;

import java.util.List;

/** Where consent records are kept. */
public interface ConsentRecordRepository {

  void add(ConsentRecord record);

  /** The records of a source (a dream, a membership), oldest first. */
  List<ConsentRecord> bySource(ConsentSource source, long sourceId);

  /** The records of a normalised email address, oldest first. */
  List<ConsentRecord> byEmail(String normalisedEmail);

  /** Deletes the records of a normalised email address; how many. */
  int deleteByEmail(String normalisedEmail);

  void flush();
}
