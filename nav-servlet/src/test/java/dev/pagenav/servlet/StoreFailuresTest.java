package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {

  private final StoreFailures failures = new StoreFailures("The test store", "Requests get 503.");

  private static final RuntimeException DOWN =
      new IllegalStateException(
          "session 5f2c role=admin", new UncheckedIOException(new ConnectException("refused")));

  @Test
  void failedWhenSeveralInARowThenOneErrorLine() {
    String log =
        logged(
            () -> {
              failures.failed("load a session", DOWN);
              failures.failed("save a session", DOWN);
              failures.failed("load a session", DOWN);
            });

    assertThat(log.lines().filter(line -> line.contains("ERROR"))).hasSize(1);
    assertThat(log)
        .contains("The test store failed to load a session (java.lang.IllegalStateException at")
        .contains("Requests get 503. Further failures are logged at DEBUG");
  }

  @Test
  void failedThenLineNamesTypesWithoutMessages() {
    String log = logged(() -> failures.failed("load a session", DOWN));

    assertThat(log)
        .contains("caused by java.io.UncheckedIOException, caused by java.net.ConnectException")
        .doesNotContain("5f2c", "admin", "refused");
  }

  @Test
  void succeededWhenFailingThenInfoLineAndNextFailureIsNewEpisode() {
    failures.failed("load a session", DOWN);
    failures.failed("load a session", DOWN);

    String log =
        logged(
            () -> {
              failures.succeeded();
              failures.failed("load a session", DOWN);
            });

    assertThat(log).contains("The test store works again, after 2 failed calls in");
    assertThat(log.lines().filter(line -> line.contains("ERROR"))).hasSize(1);
  }

  @Test
  void succeededWhenNotFailingThenNothingLogged() {
    assertThat(logged(failures::succeeded)).isEmpty();
    assertThat(failures.failing()).isFalse();
  }

  @Test
  void failingWhenFailedAndNotYetSucceededThenTrue() {
    logged(() -> failures.failed("load a session", DOWN));

    assertThat(failures.failing()).isTrue();
  }

  /** Runs an action and returns what it logged to standard error. */
  private static synchronized String logged(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
