package dev.pagenav;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One request's view of the session's navigation: switch page, rerun, page links and the menu, all
 * decided by the navigation computed from the current state.
 *
 * <p>When a handler changes the state (logs in, say), the navigation is computed again, so a login
 * handler can set {@code logged_in} and switch to the dashboard in one step:
 *
 * <pre>{@code
 * navigator.state().set(LOGGED_IN, true);
 * navigator.switchPage(dashboard); // ends the handler with a 303 to the dashboard
 * }</pre>
 *
 * <p>An instance belongs to one request and is not safe for use by several threads.
 */
public final class Navigator {

  private final PageNav pageNav;
  private final SessionState state;
  private final @Nullable Page current;
  private final String base;
  private final @Nullable RouteRequest request;
  private @Nullable Navigation navigation;
  private int version;

  Navigator(
      PageNav pageNav,
      SessionState state,
      @Nullable Page current,
      String base,
      @Nullable Navigation known,
      @Nullable RouteRequest request) {
    this.pageNav = pageNav;
    this.state = state;
    this.current = current;
    this.base = base;
    this.navigation = known;
    this.version = state.version();
    this.request = request;
  }

  /**
   * Returns the session's state; changing it makes the navigation be computed again.
   *
   * @return the session's state; changing it makes the navigation be computed again
   */
  public SessionState state() {
    return state;
  }

  /**
   * Returns the session's navigation for the current state.
   *
   * @return the session's navigation for the current state
   */
  public Navigation navigation() {
    Navigation known = navigation;
    if (known == null || version != state.version()) {
      int current = state.version();
      known = pageNav.navigationFor(state);
      navigation = known;
      version = current;
    }
    return known;
  }

  /**
   * Returns the page being rendered, empty outside a page.
   *
   * @return the page being rendered, empty outside a page
   */
  public Optional<Page> currentPage() {
    return Optional.ofNullable(current);
  }

  /**
   * Ends the handler with a 303 redirect to a page of the current navigation.
   *
   * @param page the target page
   * @throws PageRedirect always, for the adapter to turn into the redirect
   * @throws PageNotReachableException if the page is not in the current navigation
   */
  public void switchPage(Page page) {
    switchPage(page, Map.of());
  }

  /**
   * Ends the handler with a 303 redirect to a page of the current navigation, with query
   * parameters.
   *
   * @param page the target page
   * @param query the query parameters, in order; encoded here
   * @throws PageRedirect always
   * @throws PageNotReachableException if the page is not in the current navigation
   */
  public void switchPage(Page page, Map<String, String> query) {
    if (page.isExternal()) {
      throw new IllegalArgumentException(
          "Cannot switch to external page '"
              + page.title()
              + "': it is never routed. Link to it with link() instead.");
    }
    throw new PageRedirect(href(reachable(page.urlPath()), query));
  }

  /**
   * Ends the handler with a 303 redirect to the page at a url path.
   *
   * @param urlPath the url path, such as {@code bugs}
   * @throws PageRedirect always
   * @throws PageNotReachableException if no page of the current navigation has that path
   * @throws IllegalArgumentException if the url path is not valid
   */
  public void switchPage(String urlPath) {
    switchPage(urlPath, Map.of());
  }

  /**
   * Ends the handler with a 303 redirect to the page at a url path, with query parameters.
   *
   * @param urlPath the url path, such as {@code bugs}
   * @param query the query parameters, in order; encoded here
   * @throws PageRedirect always
   * @throws PageNotReachableException if no page of the current navigation has that path
   * @throws IllegalArgumentException if the url path is not valid
   */
  public void switchPage(String urlPath, Map<String, String> query) {
    String normalised = UrlPaths.normalise(urlPath, "page url path");
    throw new PageRedirect(href(reachable(normalised), query));
  }

  /**
   * Ends the handler with a 303 redirect to the current page, so the browser shows the result of a
   * form with a GET (post/redirect/get). When the current page has left the navigation, goes to the
   * default page.
   *
   * @throws PageRedirect always
   */
  public void rerun() {
    Navigation now = navigation();
    Page page = current == null ? null : now.find(current.urlPath()).orElse(null);
    if (page == null) {
      throw new PageRedirect(base + "/");
    }
    String query = request == null ? null : request.rawQuery();
    throw new PageRedirect(UrlPaths.withQuery(href(page, Map.of()), query));
  }

  /**
   * Ends the handler with a redirect to the page remembered when the session asked for it before it
   * could reach it, typically right after login. The page is used at most once, and only if the
   * current navigation holds it; otherwise the default page.
   *
   * @throws PageRedirect always
   */
  public void switchToReturnPage() {
    String remembered = state.get(PageNav.RETURN_TO);
    state.remove(PageNav.RETURN_TO);
    Navigation now = navigation();
    Page page = remembered == null ? null : now.find(remembered).orElse(null);
    throw new PageRedirect(page == null ? base + "/" : href(page, Map.of()));
  }

  /**
   * Returns a link to a page of the current navigation, or to an external page.
   *
   * @param page the page
   * @return the link
   * @throws PageNotReachableException if the page is not in the current navigation
   */
  public PageLink link(Page page) {
    return link(page, Map.of());
  }

  /**
   * Returns a link with query parameters to a page of the current navigation.
   *
   * @param page the page
   * @param query the query parameters, in order; encoded here
   * @return the link
   * @throws PageNotReachableException if the page is not in the current navigation
   */
  public PageLink link(Page page, Map<String, String> query) {
    if (page.isExternal()) {
      return new PageLink(
          String.valueOf(page.externalUrl()), page.title(), page.icon(), false, false, true);
    }
    Page target = reachable(page.urlPath());
    return new PageLink(
        href(target, query), target.title(), target.icon(), isCurrent(target), false, false);
  }

  /**
   * Returns a link to the page at a url path.
   *
   * @param urlPath the url path, such as {@code bugs}
   * @return the link
   * @throws PageNotReachableException if no page of the current navigation has that path
   */
  public PageLink link(String urlPath) {
    return link(reachable(UrlPaths.normalise(urlPath, "page url path")));
  }

  /**
   * Returns a link to a page if the current navigation holds it.
   *
   * @param page the page
   * @return the link, or empty when the page is not reachable
   */
  public Optional<PageLink> linkIfReachable(Page page) {
    if (!page.isExternal() && !navigation().contains(page)) {
      return Optional.empty();
    }
    return Optional.of(link(page));
  }

  /**
   * Returns the menu of the current navigation, with the current page active.
   *
   * @return the menu of the current navigation, with the current page active
   */
  public Menu menu() {
    Navigation now = navigation();
    List<MenuSection> sections = new ArrayList<>();
    for (Section section : now.sections()) {
      List<MenuItem> items = new ArrayList<>();
      for (Page page : section.pages()) {
        if (page.isVisible()) {
          items.add(item(page));
        }
      }
      if (!items.isEmpty()) {
        sections.add(new MenuSection(section.label(), items));
      }
    }
    return new Menu(now.position(), now.expanded(), sections);
  }

  /**
   * Returns the "page not found" notice once, after a request for an unreachable page was
   * redirected; later calls return empty until the next such redirect. Requests that are not a
   * browser's top-level navigation (HEAD, scripts' fetches, prefetches) leave it for the next one.
   * A notice about a page the session can reach by now (it logged in since) is dropped, as it would
   * no longer be true.
   *
   * @return the notice, or empty
   */
  public Optional<Notice> takeNotice() {
    String path = state.get(PageNav.NOTICE);
    if (path == null || (request != null && !request.isTopLevelNavigation())) {
      return Optional.empty();
    }
    state.remove(PageNav.NOTICE);
    if (!path.isEmpty() && navigation().find(path).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Notice.pageNotFound(path));
  }

  private MenuItem item(Page page) {
    if (page.isExternal()) {
      return new MenuItem(
          page.title(), page.icon(), String.valueOf(page.externalUrl()), false, true);
    }
    return new MenuItem(page.title(), page.icon(), href(page, Map.of()), isCurrent(page), false);
  }

  private boolean isCurrent(Page page) {
    return current != null && page.key().equals(current.key());
  }

  private Page reachable(@Nullable String urlPath) {
    Navigation now = navigation();
    return now.find(String.valueOf(urlPath))
        .orElseThrow(
            () -> new PageNotReachableException(String.valueOf(urlPath), now.routablePages()));
  }

  private String href(Page page, Map<String, String> query) {
    boolean atRoot = page.key().equals(navigation().defaultPage().key());
    String path = atRoot ? base + "/" : base + "/" + page.urlPath();
    if (query.isEmpty()) {
      return path;
    }
    StringJoiner joined = new StringJoiner("&", path + "?", "");
    query.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
    return joined.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
