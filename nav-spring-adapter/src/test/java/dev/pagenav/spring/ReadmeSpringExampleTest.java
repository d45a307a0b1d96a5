package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's Spring Boot example true: it must compile against the adapter as it is. */
class ReadmeSpringExampleTest {

  private static final Path README = Path.of("../README.md");
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
    Path source = dir.resolve("App.java");
    Files.writeString(source, IMPORTS + springJavaBlock());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();

    boolean compiled =
        javac
            .getTask(
                errors,
                null,
                null,
                List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path")),
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source))
            .call();

    assertThat(compiled).as(errors.toString()).isTrue();
  }

  private static String springJavaBlock() throws IOException {
    String readme = Files.readString(README);
    int section = readme.indexOf("\n## Spring Boot\n");
    assertThat(section).as("a Spring Boot section in README.md").isPositive();
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find(section)).as("a java block in the Spring Boot section").isTrue();
    return block.group(1);
  }
}
