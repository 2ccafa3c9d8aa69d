// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.List;
import java.util.Optional;

/** The promos. */
public interface PromoRepository {

  Optional<Promo> find(long id);

  Optional<Promo> findByNumber(int number);

  /** Every promo, by number (a handful). */
  List<Promo> all();

  void add(Promo promo);

  void remove(Promo promo);

  /** Writes pending changes; a second promo with the same number is a conflict. */
  void flush();
}
