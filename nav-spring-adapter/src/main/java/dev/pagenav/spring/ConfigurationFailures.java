package dev.pagenav.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns pagenav's start-up validation error into Spring Boot's failure report: what is wrong, and
 * where to fix it, instead of a stack trace.
 */
final class ConfigurationFailures extends AbstractFailureAnalyzer<IllegalArgumentException> {

  private static final String PREFIX = "Invalid pagenav configuration: ";

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable root, IllegalArgumentException cause) {
    String message = cause.getMessage();
    if (message == null || !message.startsWith(PREFIX)) {
      return null;
    }
    return new FailureAnalysis(
        "pagenav could not start. " + message.substring(PREFIX.length()),
        "Correct the value named above: in the pagenav.* properties (pagenav.mount,"
            + " pagenav.exclude, pagenav.menu-json), in a PageNavCustomizer, or in the page that"
            + " declares it.",
        cause);
  }
}
