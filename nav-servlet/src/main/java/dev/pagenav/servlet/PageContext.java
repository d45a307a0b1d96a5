package dev.pagenav.servlet;

import dev.pagenav.Menu;
import dev.pagenav.Navigation;
import dev.pagenav.Navigator;
import dev.pagenav.Notice;
import dev.pagenav.Page;
import dev.pagenav.PageLink;
import dev.pagenav.SessionState;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;

/**
 * What a page handler works with during one request: the session's state and navigation, switch
 * page, links, the menu as HTML, the "page not found" notice, login and logout.
 *
 * <pre>{@code
 * PageHandler login = page -> {
 *   if (page.request().getMethod().equals("POST")) {
 *     page.login();                       // new session id
 *     page.state().set(LOGGED_IN, true);  // the navigation changes at once
 *     page.rerun();                       // 303 to the default page of the new navigation
 *   }
 *   page.response().getWriter().write(page.menuHtml() + "<form method=post>...</form>");
 * };
 * }</pre>
 *
 * <p>An instance belongs to one request and is not safe for use by several threads.
 */
public final class PageContext {

  static final String ATTRIBUTE = PageContext.class.getName();

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final Navigator navigator;
  private final StateStore store;
  private final String resources;

  PageContext(
      HttpServletRequest request,
      HttpServletResponse response,
      Navigator navigator,
      StateStore store,
      String resources) {
    this.request = request;
    this.response = response;
    this.navigator = navigator;
    this.store = store;
    this.resources = resources;
  }

  /**
   * Returns the context of the page being rendered, for code the filter reached through a forward
   * or the application's own servlet.
   *
   * @param request the current request
   * @return the context
   * @throws IllegalStateException if no page is being rendered for this request
   */
  public static PageContext of(ServletRequest request) {
    return find(request)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No pagenav page is being rendered for this request. Map PageNavFilter in front of this"
                        + " servlet and reach it through a page of the navigation."));
  }

  /**
   * Returns the context of the page being rendered for this request, if there is one.
   *
   * @param request the current request
   * @return the context, or empty when no page is being rendered, such as for an excluded path
   */
  public static Optional<PageContext> find(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof PageContext context
        ? Optional.of(context)
        : Optional.empty();
  }

  /**
   * Returns the request.
   *
   * @return the request
   */
  public HttpServletRequest request() {
    return request;
  }

  /**
   * Returns the response.
   *
   * @return the response
   */
  public HttpServletResponse response() {
    return response;
  }

  /**
   * Returns the navigator, for everything this class does not repeat.
   *
   * @return the navigator, for everything this class does not repeat
   */
  public Navigator navigator() {
    return navigator;
  }

  /**
   * Returns the session's state; changing it makes the navigation be computed again.
   *
   * @return the session's state; changing it makes the navigation be computed again
   */
  public SessionState state() {
    return navigator.state();
  }

  /**
   * Returns the session's navigation for the current state.
   *
   * @return the session's navigation for the current state
   */
  public Navigation navigation() {
    return navigator.navigation();
  }

  /**
   * Returns the page being rendered.
   *
   * @return the page being rendered
   */
  public Page currentPage() {
    return navigator
        .currentPage()
        .orElseThrow(() -> new IllegalStateException("No page is being rendered."));
  }

  /**
   * Ends the handler with a 303 redirect to a page of the current navigation.
   *
   * @param page the target page
   * @throws dev.pagenav.PageNotReachableException if the page is not in the navigation
   */
  public void switchPage(Page page) {
    navigator.switchPage(page);
  }

  /**
   * Ends the handler with a 303 redirect to a page, with query parameters.
   *
   * @param page the target page
   * @param query the query parameters, in order
   * @throws dev.pagenav.PageNotReachableException if the page is not in the navigation
   */
  public void switchPage(Page page, Map<String, String> query) {
    navigator.switchPage(page, query);
  }

  /** Ends the handler with a 303 redirect to the current page (post/redirect/get). */
  public void rerun() {
    navigator.rerun();
  }

  /**
   * Ends the handler with a 303 redirect to the page the session asked for before it could reach
   * it, typically right after login; used at most once, and only if the current navigation holds
   * it, else the default page.
   */
  public void switchToReturnPage() {
    navigator.switchToReturnPage();
  }

  /**
   * Returns a link to a page of the current navigation, or to an external page.
   *
   * @param page the page
   * @return the link
   * @throws dev.pagenav.PageNotReachableException if the page is not in the navigation
   */
  public PageLink link(Page page) {
    return navigator.link(page);
  }

  /**
   * Returns a link to a page of the current navigation by its url path, for templates.
   *
   * @param urlPath the page's url path, such as {@code reports/bugs}
   * @return the link
   * @throws dev.pagenav.PageNotReachableException if no page of the navigation has this path
   */
  public PageLink link(String urlPath) {
    return navigator.link(urlPath);
  }

  /**
   * Returns a link to a page by its url path if the current navigation holds the page, for
   * templates that show a link only to those who may follow it.
   *
   * @param urlPath the page's url path, such as {@code reports/bugs}
   * @return the link, or empty when the navigation does not hold the page
   */
  public Optional<PageLink> linkIfReachable(String urlPath) {
    return navigator.navigation().find(urlPath).flatMap(navigator::linkIfReachable);
  }

  /**
   * Returns a link to a page as HTML, or an empty string when the page is not reachable.
   *
   * @param page the page
   * @return the {@code <a>} element, escaped
   */
  public String linkHtml(Page page) {
    return navigator.linkIfReachable(page).map(PageContext::linkHtml).orElse("");
  }

  /**
   * Returns a link as HTML: an {@code <a>} with {@code aria-current} when active, a new tab for
   * external links, a greyed-out {@code <span>} when disabled.
   *
   * @param link the link
   * @return the HTML, every value escaped
   */
  public static String linkHtml(PageLink link) {
    return MenuHtml.link(link);
  }

  /**
   * Returns the menu of the current navigation.
   *
   * @return the menu of the current navigation
   */
  public Menu menu() {
    return navigator.menu();
  }

  /**
   * Returns the menu as HTML, or an empty string when the menu is not shown (hidden position, or
   * fewer than two visible pages).
   *
   * @return the {@code <nav>} element, every value escaped, or an empty string
   */
  public String menuHtml() {
    return menuHtml(navigator.menu());
  }

  /**
   * Returns a menu as HTML, for code that renders outside a page, such as a fragment cache.
   *
   * @param menu the menu, from {@link dev.pagenav.Navigator#menu()}
   * @return the {@code <nav>} element, every value escaped, or an empty string when the menu is not
   *     shown
   */
  public static String menuHtml(Menu menu) {
    return MenuHtml.menu(menu);
  }

  /**
   * Returns the {@code <link>} element for pagenav's stylesheet, which also loads the icons.
   *
   * @return the {@code <link>} element for pagenav's stylesheet, which also loads the icons
   */
  public String stylesheetHtml() {
    return "<link rel=\"stylesheet\" href=\"" + Html.escape(stylesheetUrl()) + "\">";
  }

  /**
   * Returns the URL of pagenav's stylesheet, context path and mount point included, for templates.
   *
   * @return the URL of pagenav's stylesheet
   */
  public String stylesheetUrl() {
    return resources + "pagenav.css";
  }

  /**
   * Returns the "page not found" notice once after a redirect from an unreachable page.
   *
   * @return the notice, or empty
   */
  public Optional<Notice> takeNotice() {
    return navigator.takeNotice();
  }

  /**
   * Returns the notice as an HTML alert once, or an empty string; see {@link #takeNotice()}.
   *
   * @return the notice as an HTML alert once, or an empty string; see {@link #takeNotice()}
   */
  public String noticeHtml() {
    return takeNotice().map(MenuHtml::notice).orElse("");
  }

  /**
   * Renews the session id, creating the session if there is none: call it when the user logs in or
   * gains privileges, before writing any output. The state is kept.
   */
  public void login() {
    store.renew(request);
  }

  /**
   * Ends the session and deletes its state: call it when the user logs out. The navigation is
   * computed again from the empty state.
   */
  public void logout() {
    store.delete(request, navigator.state());
  }
}
