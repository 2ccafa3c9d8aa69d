// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a client needs to ask for the others.
 *
 * @param items the items of this page, in the list's order
 * @param page this page's number, from 1
 * @param size the page size asked for
 * @param totalItems how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  /** How many pages the whole list has; 0 when it is empty. */
  public long totalPages() {
    return (totalItems + size - 1) / size;
  }

  public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
    return new Page<>(items.stream().<U>map(mapper).toList(), page, size, totalItems);
  }

  /** A database offset is an int; a page beyond it is empty anyway. */
  static int offset(PageRequest request) {
    return (int) Math.min(Integer.MAX_VALUE, request.offset());
  }
}
