package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.spring.app.FixtureApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ConfigurationFailuresTest {

  @Test
  void analyzeWhenPageNavConfigurationInvalidThenDescribesTheValueAndTheFix() {
    IllegalArgumentException cause =
        new IllegalArgumentException("Invalid pagenav configuration: Invalid mount point '/a b'.");

    FailureAnalysis analysis =
        new ConfigurationFailures().analyze(new BeanCreationException("pageNavFilter", cause));

    assertThat(analysis.getDescription())
        .isEqualTo("pagenav could not start. Invalid mount point '/a b'.");
    assertThat(analysis.getAction()).contains("pagenav.mount");
  }

  @Test
  void analyzeWhenOtherIllegalArgumentThenLeavesItToOthers() {
    FailureAnalysis analysis =
        new ConfigurationFailures().analyze(new IllegalArgumentException("something else"));

    assertThat(analysis).isNull();
  }

  @Test
  void startupWhenMountInvalidThenReportNamesTheValue(CapturedOutput output) {
    SpringApplication application = new SpringApplication(FixtureApp.class);

    try {
      application.run("--server.port=0", "--pagenav.mount=/a b");
    } catch (RuntimeException expected) {
      // the failure report is what this test reads
    }

    assertThat(output).contains("pagenav could not start. Invalid mount point '/a b'");
  }
}
