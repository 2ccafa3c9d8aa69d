// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.util.Locale;
import java.util.Optional;

/**
 * Which copies to list, newest first (by the peer's publication time, else reception); tombstones
 * never.
 *
 * @param kind only this kind
 * @param originHost only copies from this host (with {@code :port} when not the default)
 * @param text case-insensitive text in the name or summary
 * @param publicOnly only copies addressed to everyone (anonymous readers)
 */
public record RemoteObjectSearch(
    Optional<RemoteObjectKind> kind,
    Optional<String> originHost,
    Optional<String> text,
    boolean publicOnly) {

  public RemoteObjectSearch {
    originHost = originHost.filter(h -> !h.isBlank()).map(h -> h.strip().toLowerCase(Locale.ROOT));
    text = text.filter(t -> !t.isBlank()).map(String::strip);
  }
}
