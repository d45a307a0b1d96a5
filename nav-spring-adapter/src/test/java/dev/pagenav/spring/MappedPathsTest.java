package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MappedPathsTest {

  @Test
  void warnOutsideWhenMappingsOutsideMountThenNamesThem(CapturedOutput output) {
    MappedPaths.warnOutside(Set.of("/app/bugs", "/report", "/error", "/app"), "/app", "/error");

    assertThat(output)
        .contains("1 request mappings lie outside the mount point '/app'")
        .contains("[/report]");
  }

  @Test
  void warnOutsideWhenMountedAtRootThenSilent(CapturedOutput output) {
    MappedPaths.warnOutside(Set.of("/report"), "", "/error");

    assertThat(output).doesNotContain("outside the mount point");
  }
}
