package dev.pagenav.servlet.testing;

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

/** Reads the Java examples of the README and compiles them against the test class path. */
public final class ReadmeJava {

  private static final Pattern BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  private ReadmeJava() {}

  /**
   * Returns the first Java block after a heading of the README.
   *
   * @param readme the README file
   * @param heading a heading line such as {@code ## Spring Boot}, or empty for the first block
   * @return the block's code
   */
  public static String block(Path readme, String heading) throws IOException {
    String text = Files.readString(readme);
    int from = heading.isEmpty() ? 0 : text.indexOf("\n" + heading + "\n");
    assertThat(from).as("heading '%s' in %s", heading, readme).isNotNegative();
    Matcher block = BLOCK.matcher(text);
    assertThat(block.find(from)).as("a java block after '%s' in %s", heading, readme).isTrue();
    return block.group(1);
  }

  /**
   * Asserts that a source file compiles, failing with the compiler's messages.
   *
   * @param dir where the source and classes go
   * @param file the file name, such as {@code App.java}
   * @param source the source
   */
  public static void assertCompiles(Path dir, String file, String source) throws IOException {
    Path path = Files.writeString(dir.resolve(file), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    List<String> options =
        List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path"));

    boolean compiled =
        javac
            .getTask(
                errors,
                null,
                null,
                options,
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(path))
            .call();

    assertThat(compiled).as(errors.toString()).isTrue();
  }
}
