// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, per remote host, which signature scheme it last accepted, so that double-knocking
 * costs one extra request per host rather than one per delivery. In memory, bounded: the least
 * recently used hosts are forgotten first. Thread-safe.
 */
public final class SignatureSpecMemory {
  public static final int DEFAULT_CAPACITY = 10_000;

  private final Map<String, SignatureScheme> schemes;

  public SignatureSpecMemory() {
    this(DEFAULT_CAPACITY);
  }

  public SignatureSpecMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.schemes =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, SignatureScheme> eldest) {
            return size() > capacity;
          }
        };
  }

  public synchronized Optional<SignatureScheme> get(String host) {
    return Optional.ofNullable(schemes.get(key(host)));
  }

  public synchronized void remember(String host, SignatureScheme scheme) {
    schemes.put(key(host), scheme);
  }

  public synchronized void forget(String host) {
    schemes.remove(key(host));
  }

  public synchronized int size() {
    return schemes.size();
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
