// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.gdpr;

import java.util.List;

/** Where erasures are logged. */
public interface ErasureLog {

  void add(ErasureLogEntry entry);

  /** Earlier erasures of the same fingerprint, oldest first. */
  List<ErasureLogEntry> bySubject(String subjectHash);
}
