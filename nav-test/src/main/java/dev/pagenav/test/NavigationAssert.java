package dev.pagenav.test;

import dev.pagenav.MenuItem;
import dev.pagenav.MenuSection;
import dev.pagenav.Navigation;
import dev.pagenav.Navigator;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.PageNotReachableException;
import dev.pagenav.PageRedirect;
import dev.pagenav.RouteRequest;
import dev.pagenav.RoutingDecision;
import dev.pagenav.SessionState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the navigation a policy gives one persona. Every failure message names the persona
 * with its state and shows the whole navigation that came out.
 *
 * <pre>{@code
 * assertThat(policy, requester)
 *     .reaches("request-1", "request-2")
 *     .doesNotReach("admin-1")
 *     .hasDefaultPage("request-1")
 *     .showsSections("Account", "Request")
 *     .cannotSwitchTo("admin-1");
 * }</pre>
 */
public final class NavigationAssert extends AbstractAssert<NavigationAssert, Navigation> {

  private final PageNav pageNav;
  private final Persona persona;
  private final @Nullable String currentPage;

  NavigationAssert(PageNav pageNav, Persona persona, @Nullable String currentPage) {
    super(pageNav.navigationFor(persona.state()), NavigationAssert.class);
    this.pageNav = pageNav;
    this.persona = persona;
    this.currentPage = currentPage;
  }

  /**
   * Asserts that the navigation holds every one of these pages, listed or hidden.
   *
   * @param urlPaths the pages' url paths
   * @return this assertion
   */
  public NavigationAssert reaches(String... urlPaths) {
    List<String> missing =
        Arrays.stream(urlPaths).filter(path -> actual.find(path).isEmpty()).toList();
    if (!missing.isEmpty()) {
      fail("to reach " + quoted(missing) + ", but it does not");
    }
    return this;
  }

  /**
   * Asserts that the navigation holds none of these pages, so no URL, switch page or link reaches
   * them.
   *
   * @param urlPaths the pages' url paths
   * @return this assertion
   */
  public NavigationAssert doesNotReach(String... urlPaths) {
    List<String> reached =
        Arrays.stream(urlPaths).filter(path -> actual.find(path).isPresent()).toList();
    if (!reached.isEmpty()) {
      fail("not to reach " + quoted(reached) + ", but it does");
    }
    return this;
  }

  /**
   * Asserts which page is served at the root.
   *
   * @param urlPath the default page's url path
   * @return this assertion
   */
  public NavigationAssert hasDefaultPage(String urlPath) {
    String actualDefault = actual.defaultPage().urlPath();
    if (!actualDefault.equals(urlPath)) {
      fail("to have default page '" + urlPath + "', but it is '" + actualDefault + "'");
    }
    return this;
  }

  /**
   * Asserts the menu's section labels, in order; an unlabeled section is {@code ""}.
   *
   * @param labels the labels
   * @return this assertion
   */
  public NavigationAssert showsSections(String... labels) {
    List<String> shown = menu().stream().map(MenuSection::label).toList();
    if (!shown.equals(List.of(labels))) {
      fail("to show the sections " + List.of(labels) + " in the menu, but it shows " + shown);
    }
    return this;
  }

  /**
   * Asserts the menu's item titles, in order across all sections.
   *
   * @param titles the titles
   * @return this assertion
   */
  public NavigationAssert showsItems(String... titles) {
    List<String> shown =
        menu().stream().flatMap(section -> section.items().stream()).map(MenuItem::title).toList();
    if (!shown.equals(List.of(titles))) {
      fail("to show the items " + List.of(titles) + " in the menu, but it shows " + shown);
    }
    return this;
  }

  /**
   * Asserts that switching to a page fails: the page is not in the navigation.
   *
   * @param urlPath the page's url path
   * @return this assertion
   */
  public NavigationAssert cannotSwitchTo(String urlPath) {
    try {
      navigator().switchPage(urlPath);
    } catch (PageNotReachableException e) {
      return this;
    } catch (PageRedirect redirect) {
      fail("not to switch to '" + urlPath + "', but it redirects to '" + redirect.location() + "'");
    }
    return this;
  }

  /**
   * Asserts that switching to a page works, with a redirect to it.
   *
   * @param urlPath the page's url path
   * @return this assertion
   */
  public NavigationAssert canSwitchTo(String urlPath) {
    try {
      navigator().switchPage(urlPath);
    } catch (PageNotReachableException e) {
      fail("to switch to '" + urlPath + "', but it is not reachable");
    } catch (PageRedirect expected) {
      return this;
    }
    return this;
  }

  /**
   * Continues on a page of the navigation, as if it were being rendered, for link assertions.
   *
   * @param urlPath the page being rendered
   * @return a new assertion for the same persona on that page
   */
  public NavigationAssert onPage(String urlPath) {
    reaches(urlPath);
    return new NavigationAssert(pageNav, persona, urlPath);
  }

  /**
   * Asserts that a link to a page is active: it is the page being rendered ({@link #onPage}).
   *
   * @param urlPath the linked page's url path
   * @return this assertion
   */
  public NavigationAssert hasActiveLinkTo(String urlPath) {
    if (!link(urlPath)) {
      fail("to have an active link to '" + urlPath + "' on page '" + currentPage + "'");
    }
    return this;
  }

  /**
   * Asserts that a link to a page of the navigation is not active.
   *
   * @param urlPath the linked page's url path
   * @return this assertion
   */
  public NavigationAssert hasInactiveLinkTo(String urlPath) {
    if (link(urlPath)) {
      fail("to have an inactive link to '" + urlPath + "' on page '" + currentPage + "'");
    }
    return this;
  }

  private boolean link(String urlPath) {
    try {
      return navigator().link(urlPath).active();
    } catch (PageNotReachableException e) {
      fail("to link to '" + urlPath + "', but the page is not reachable");
      return false;
    }
  }

  private List<MenuSection> menu() {
    return navigator().menu().sections();
  }

  private Navigator navigator() {
    SessionState state = persona.state();
    if (currentPage == null) {
      return pageNav.navigator(state, "");
    }
    RouteRequest request = RouteRequest.builder("GET", "/" + currentPage).dispatch(true).build();
    RoutingDecision decision = pageNav.decide(request, state);
    return pageNav.navigator(state, decision, request);
  }

  private void fail(String expectation) {
    failWithMessage(
        "%nExpecting persona %s%n%s.%nIts navigation was:%n%s",
        persona, expectation, outline(actual));
  }

  private static String quoted(List<String> paths) {
    return String.join(", ", paths.stream().map(path -> "'" + path + "'").toList());
  }

  /** Returns the navigation as text: position and default page, then a line per section. */
  static String outline(Navigation navigation) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "  position "
            + navigation.position()
            + ", default page '"
            + navigation.defaultPage().urlPath()
            + "'");
    navigation
        .sections()
        .forEach(
            section ->
                lines.add(
                    "  "
                        + (section.isLabeled() ? section.label() : "(no label)")
                        + ": "
                        + String.join(
                            ", ",
                            section.pages().stream().map(NavigationAssert::describe).toList())));
    return String.join(System.lineSeparator(), lines);
  }

  private static String describe(Page page) {
    if (page.isExternal()) {
      return page.title() + " (external)";
    }
    return page.title() + " (" + page.urlPath() + (page.isVisible() ? ")" : ", hidden)");
  }
}
