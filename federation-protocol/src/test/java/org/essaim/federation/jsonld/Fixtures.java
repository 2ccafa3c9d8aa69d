// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test documents from src/test/resources. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
