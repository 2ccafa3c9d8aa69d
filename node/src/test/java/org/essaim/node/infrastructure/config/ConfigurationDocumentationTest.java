// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every configuration key an operator can set is documented in docs/operations.md. */
class ConfigurationDocumentationTest {

  private static final Path NODE = Path.of("").toAbsolutePath();

  @Test
  void everyKeyIsInTheOperationsGuide() throws IOException {
    Set<String> keys = new TreeSet<>();
    Matcher variables =
        Pattern.compile("<variable name=\"(essaim\\.[^\"]+)\"")
            .matcher(Files.readString(NODE.resolve("src/main/liberty/config/server.xml")));
    while (variables.find()) {
      keys.add(variables.group(1));
    }
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            NODE.resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
      properties.load(reader);
    }
    properties.stringPropertyNames().stream()
        .filter(k -> k.startsWith("essaim."))
        .forEach(keys::add);

    String guide = Files.readString(NODE.resolve("../docs/operations.md"));

    assertThat(keys).hasSizeGreaterThan(10);
    for (String key : keys) {
      String environmentName = key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
      assertThat(guide).as("docs/operations.md documents " + key).contains("`" + key + "`");
      assertThat(guide).as("docs/operations.md names " + environmentName).contains(environmentName);
    }
  }
}
