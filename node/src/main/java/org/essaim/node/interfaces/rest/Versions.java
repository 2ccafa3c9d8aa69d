// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.OptionalLong;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;

/** An aggregate's version as ETag, and back from If-Match (optimistic concurrency, 412). */
public final class Versions {
  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version named by an If-Match header; empty when absent or {@code *}.
   *
   * @throws InvalidInputException when it is not an ETag the node gave
   */
  public static OptionalLong expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalLong.empty();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return OptionalLong.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          List.of(new FieldError("If-Match", "must be an ETag returned by GET")));
    }
  }
}
