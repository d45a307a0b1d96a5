package dev.pagenav.samples.servlet;

import dev.pagenav.servlet.testing.ReadmeJava;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's first example true: it must compile against the library as it is. */
class ReadmeExampleTest {

  private static final String IMPORTS =
      "import dev.pagenav.*;\nimport dev.pagenav.servlet.*;\nimport java.io.IOException;\n";

  @Test
  void firstExampleWhenCompiledAsAClassBodyThenCompiles(@TempDir Path dir) throws IOException {
    String example = ReadmeJava.block(Path.of("../../README.md"), "");

    ReadmeJava.assertCompiles(
        dir, "ReadmeExample.java", IMPORTS + "class ReadmeExample {\n" + example + "}\n");
  }

  @Test
  void accessRulesExampleWhenCompiledInTheSamplesPackageThenCompiles(@TempDir Path dir)
      throws IOException {
    String example = ReadmeJava.block(Path.of("../../README.md"), "## Testing access rules");
    String source =
        "package dev.pagenav.samples.servlet;\n"
            + "import dev.pagenav.NavigationPolicy;\nimport dev.pagenav.test.*;\n"
            + "import java.nio.file.Path;\nimport org.junit.jupiter.api.Test;\n"
            + "import org.junit.jupiter.api.extension.ExtendWith;\n"
            + example;

    ReadmeJava.assertCompiles(dir, "AccessRulesTest.java", source);
  }
}
