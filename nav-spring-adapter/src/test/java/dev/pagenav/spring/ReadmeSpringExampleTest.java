package dev.pagenav.spring;

import dev.pagenav.servlet.testing.ReadmeJava;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's Spring Boot example true: it must compile against the adapter as it is. */
class ReadmeSpringExampleTest {

  private static final String IMPORTS =
      """
      import dev.pagenav.*;
      import dev.pagenav.servlet.*;
      import org.springframework.boot.autoconfigure.SpringBootApplication;
      import org.springframework.context.annotation.Bean;
      import org.springframework.stereotype.Controller;
      import org.springframework.web.bind.annotation.*;
      """;

  @Test
  void springExampleWhenCompiledThenCompiles(@TempDir Path dir) throws IOException {
    String example = ReadmeJava.block(Path.of("../README.md"), "## Spring Boot");

    ReadmeJava.assertCompiles(dir, "App.java", IMPORTS + example);
  }
}
