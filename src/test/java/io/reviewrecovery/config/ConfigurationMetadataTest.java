package io.reviewrecovery.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code review-recovery.*} settings as the configuration processor describes them for IDEs
 * ({@code META-INF/spring-configuration-metadata.json}, from the properties classes' Javadoc) and
 * as the documentation's settings tables list them: each setting has a description, every setting
 * is in a table, and every table row names a setting that exists.
 */
class ConfigurationMetadataTest {

  private static final String PREFIX = "review-recovery.";

  /** The pages with settings tables: a table whose header starts {@code | Property | Default | Meaning |}. */
  private static final List<Path> PAGES = List.of(Path.of("docs", "operating.md"), Path.of("docs", "invitations.md"),
      Path.of("docs", "platforms.md"));

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+(?:\\.[a-z0-9-]+)+)` \\|");

  @Test
  void everySettingHasADescription() throws IOException {
    Map<String, String> settings = settings();
    assertThat(settings).isNotEmpty();
    assertThat(settings).allSatisfy((name, description) ->
        assertThat(description).as("the description of %s", name).isNotBlank());
  }

  @Test
  void theDocumentationsTablesListExactlyTheSettings() throws IOException {
    assertThat(documented()).isEqualTo(new TreeSet<>(settings().keySet()));
  }

  /** Every review-recovery.* setting the metadata of this application names, with its description. */
  private static Map<String, String> settings() throws IOException {
    Map<String, String> settings = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (URL metadata : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = metadata.openStream()) {
        for (JsonNode property : json.readTree(in).path("properties")) {
          String name = property.path("name").asText();
          if (name.startsWith(PREFIX)) {
            settings.put(name, property.path("description").asText(""));
          }
        }
      }
    }
    return settings;
  }

  /** The settings the tables list, with the prefix the tables leave out. */
  private static TreeSet<String> documented() throws IOException {
    TreeSet<String> documented = new TreeSet<>();
    for (Path page : PAGES) {
      boolean inTable = false;
      for (String line : Files.readAllLines(page)) {
        if (line.startsWith("| Property | Default | Meaning |")) {
          inTable = true;
        } else if (!line.startsWith("|")) {
          inTable = false;
        } else if (inTable && !line.startsWith("| ---")) {
          Matcher row = ROW.matcher(line);
          assertThat(row.find()).as("a row of a settings table in %s names a setting: %s", page, line).isTrue();
          documented.add(PREFIX + row.group(1));
        }
      }
    }
    return documented;
  }
}
