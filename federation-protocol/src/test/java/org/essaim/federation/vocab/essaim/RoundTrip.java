// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.nio.charset.StandardCharsets;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.AsObject;

/** Writes objects as Essaim sends them and reads them back as a receiving node would. */
final class RoundTrip {
  private RoundTrip() {}

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  static String write(AsObject object) {
    return CODEC.writeString(object);
  }

  static AsObject read(String json) {
    return CODEC.read(json.getBytes(StandardCharsets.UTF_8));
  }

  static AsObject throughJson(AsObject object) {
    return read(write(object));
  }
}
