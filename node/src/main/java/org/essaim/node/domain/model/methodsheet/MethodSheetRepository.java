// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import java.util.List;
import java.util.Optional;

/** Where method sheets and their versions are kept. */
public interface MethodSheetRepository {

  Optional<MethodSheet> find(long id);

  List<MethodSheet> search(MethodSheetSearch search, int offset, int limit);

  long count(MethodSheetSearch search);

  void add(MethodSheet sheet);

  /** Removes the sheet with all its versions. */
  void remove(MethodSheet sheet);

  void addVersion(MethodSheetVersion version);

  /** Versions up to {@code upTo} included, newest first. */
  List<MethodSheetVersion> versions(long sheetId, int upTo, int offset, int limit);

  Optional<MethodSheetVersion> version(long sheetId, int number);

  void flush();
}
