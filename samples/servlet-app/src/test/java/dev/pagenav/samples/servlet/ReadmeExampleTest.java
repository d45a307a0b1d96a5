package dev.pagenav.samples.servlet;

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

/** Keeps the README's first example true: it must compile against the library as it is. */
class ReadmeExampleTest {

  private static final Path README = Path.of("../../README.md");
  private static final String IMPORTS =
      "import dev.pagenav.*;\nimport dev.pagenav.servlet.*;\nimport java.io.IOException;\n";

  @Test
  void firstExampleWhenCompiledAsAClassBodyThenCompiles(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("ReadmeExample.java");
    Files.writeString(source, IMPORTS + "class ReadmeExample {\n" + firstJavaBlock() + "}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();

    boolean compiled =
        javac
            .getTask(
                errors,
                null,
                null,
                options(dir),
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source))
            .call();

    assertThat(compiled).as(errors.toString()).isTrue();
  }

  private static List<String> options(Path dir) {
    return List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path"));
  }

  private static String firstJavaBlock() throws IOException {
    Matcher block =
        Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    assertThat(block.find()).as("a java block in README.md").isTrue();
    return block.group(1);
  }
}
