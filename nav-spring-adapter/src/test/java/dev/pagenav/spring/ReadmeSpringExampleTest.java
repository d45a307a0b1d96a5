package dev.pagenav.spring;

import dev.pagenav.servlet.testing.ReadmeJava;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README's Spring Boot example true: copied as it stands, imports and all, it must
 * compile against the adapter.
 */
class ReadmeSpringExampleTest {

  @Test
  void springExampleWhenCompiledThenCompiles(@TempDir Path dir) throws IOException {
    String example = ReadmeJava.block(Path.of("../README.md"), "## Spring Boot");

    ReadmeJava.assertCompiles(dir, "App.java", example);
  }
}
