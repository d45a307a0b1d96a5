package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class PageNavFilterTest {

  private static final Page HOME = Page.of("home");
  private static final NavigationPolicy POLICY = state -> Navigation.of(HOME);

  @Test
  void buildWhenPageRegisteredTwiceThenNamesIt() {
    PageNavFilter.Builder builder = PageNavFilter.builder(POLICY).gate(HOME).gate(HOME);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Page 'home' is registered twice. Register each page once.");
  }

  @Test
  void buildWhenForwardPathIsRelativeThenNamesIt() {
    PageNavFilter.Builder builder = PageNavFilter.builder(POLICY).forward(HOME, "home.jsp");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The forward path 'home.jsp' of page 'home' must start with '/'");
  }

  @Test
  void buildWhenSeveralProblemsThenReportsAllAtOnce() {
    PageNavFilter.Builder builder =
        PageNavFilter.builder(POLICY)
            .gate(Page.external("https://example.org", "Docs"))
            .mount("/a b")
            .exclude("static/");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("External page 'Docs' is never routed")
        .hasMessageContaining("Invalid mount point '/a b'")
        .hasMessageContaining("Excluded path 'static/' must start with '/'");
  }

  @Test
  void buildWhenPageIsExcludedThenRefusesToLeaveItUnguarded() {
    PageNavFilter.Builder builder = PageNavFilter.builder(POLICY).gate(HOME).exclude("/home");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Page 'home' is at a path that is excluded");
  }

  @Test
  void buildWhenValidThenExposesTheApplication() {
    PageNavFilter filter = PageNavFilter.builder(POLICY).gate(HOME).mount("/app/").build();

    assertThat(filter.pageNav().mount()).isEqualTo("/app");
    assertThat(filter.pageNav().applicationPages()).containsExactly("home");
  }

  @Test
  void pageContextWhenNoPageIsRenderedThenExplains() {
    HttpServletRequest request = mock(HttpServletRequest.class);

    assertThatThrownBy(() -> PageContext.of(request))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No pagenav page is being rendered for this request");
  }
}
