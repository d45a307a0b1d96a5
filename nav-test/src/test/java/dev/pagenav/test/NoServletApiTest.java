package dev.pagenav.test;

import static dev.pagenav.test.PageNavAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Access rules are tested with nav-core alone: no servlet API and no Spring on the class path. */
class NoServletApiTest {

  @Test
  void assertionsWhenNoServletApiOnClassPathThenStillWork() {
    assertThatThrownBy(() -> Class.forName("jakarta.servlet.Servlet"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
        .isInstanceOf(ClassNotFoundException.class);

    assertThat(new RoleNavigation(), RoleNavigation.ADMIN).reaches("admin-1");
    AccessMatrix.of(new RoleNavigation(), RoleNavigation.ANONYMOUS).toHtml();
  }
}
