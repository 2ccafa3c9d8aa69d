// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A WHERE clause of a native search, built with positional parameters: values are never inlined.
 * Searches select ids first, then load the entities by JPQL in that order.
 */
final class NativeWhere {
  private final StringBuilder sql = new StringBuilder(" WHERE TRUE");
  private final List<Object> parameters = new ArrayList<>();

  /** Appends {@code AND <fragment>}, each {@code ?} in it standing for the next value. */
  NativeWhere and(String fragment, Object... values) {
    StringBuilder part = new StringBuilder();
    int next = 0;
    for (char c : fragment.toCharArray()) {
      if (c == '?') {
        parameters.add(values[next++]);
        part.append('?').append(parameters.size());
      } else {
        part.append(c);
      }
    }
    sql.append(" AND ").append(part);
    return this;
  }

  /** {@code column IN (?, ?…)} for the names of these enum constants. */
  NativeWhere in(String column, Collection<? extends Enum<?>> values) {
    List<String> names = values.stream().map(Enum::name).sorted().toList();
    return and(
        column + " IN (" + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")",
        names.toArray());
  }

  /** Adds one more value and returns its placeholder, for use outside the WHERE clause. */
  String parameter(Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  String sql() {
    return sql.toString();
  }

  void bind(Query query) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  long count(EntityManager em, String from) {
    Query query = em.createNativeQuery("SELECT count(*) FROM " + from + sql());
    bind(query);
    return ((Number) query.getSingleResult()).longValue();
  }

  /** The entities whose ids the native query returns, in its order. */
  <T> List<T> load(
      EntityManager em, String idQuery, Class<T> type, String entity, Function<T, Long> id) {
    Query query = em.createNativeQuery(idQuery);
    bind(query);
    List<Long> ids = new ArrayList<>();
    for (Object value : query.getResultList()) {
      ids.add(((Number) value).longValue());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, T> byId =
        em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids", type)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(id, Function.identity()));
    return ids.stream().map(byId::get).filter(e -> e != null).toList();
  }
}
