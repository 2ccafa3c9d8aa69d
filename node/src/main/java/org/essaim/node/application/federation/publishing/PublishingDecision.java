// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.publishing;

import java.util.Optional;

/**
 * What to publish after a change, from what was last published and what is shared now.
 *
 * <table>
 *   <caption>Decision table</caption>
 *   <tr><th>last published</th><th>now</th><th>activity</th></tr>
 *   <tr><td>nothing, or deleted</td><td>not shared</td><td>none</td></tr>
 *   <tr><td>nothing, or deleted</td><td>shared</td><td>Create</td></tr>
 *   <tr><td>shared</td><td>shared, same document and audience</td><td>none</td></tr>
 *   <tr><td>shared</td><td>shared, other document or audience</td><td>Update</td></tr>
 *   <tr><td>shared</td><td>not shared (deleted, PRIVATE, NODE_PUBLIC, withdrawn…)</td>
 *       <td>Delete</td></tr>
 * </table>
 */
public enum PublishingDecision {
  NOTHING,
  CREATE,
  UPDATE,
  DELETE;

  /**
   * @param last the fingerprint of what was last published (document and audience), empty if it
   *     never was or was deleted since
   * @param now the fingerprint of the object as it would be published now, empty if it is not
   *     shared (any more)
   */
  public static PublishingDecision decide(Optional<String> last, Optional<String> now) {
    if (last.isEmpty()) {
      return now.isEmpty() ? NOTHING : CREATE;
    }
    if (now.isEmpty()) {
      return DELETE;
    }
    return last.get().equals(now.get()) ? NOTHING : UPDATE;
  }

  /** The ActivityStreams type name of the activity, for all but {@link #NOTHING}. */
  public String activityType() {
    switch (this) {
      case CREATE:
        return "Create";
      case UPDATE:
        return "Update";
      case DELETE:
        return "Delete";
      default:
        throw new IllegalStateException("no activity");
    }
  }
}
