// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outgoing examples in docs/federation.md are these files, and these files are exactly what the
 * codec writes: a change to the wire shape fails here until the examples are regenerated (run with
 * -Dessaim.examples.update=true) and reviewed.
 */
class ActivityExamplesTest {

  private static final Path EXAMPLES = Path.of("src/test/resources/examples/activities");
  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  static java.util.stream.Stream<Arguments> objects() {
    return VocabularyRoundTripTest.objects();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void exampleFileIsWhatTheCodecWrites(String name, AsObject object) throws IOException {
    String written = pretty(CODEC.write(object));
    Path file = EXAMPLES.resolve(fileName(name));
    if (Boolean.getBoolean("essaim.examples.update")) {
      Files.createDirectories(EXAMPLES);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as("example file %s (regenerate with -Dessaim.examples.update=true)", file)
        .exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(written);
  }

  static String fileName(String name) {
    return name.replace("{", "-").replace("}", "").replace("+", "-").replace(" ", "-") + ".json";
  }

  private static String pretty(JsonObject json) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(json);
    }
    return out.toString().strip() + "\n";
  }
}
