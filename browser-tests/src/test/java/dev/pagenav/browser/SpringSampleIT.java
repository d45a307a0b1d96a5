package dev.pagenav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The Spring sample, the role-based request manager, in headless Chromium. */
class SpringSampleIT {

  private static final List<String> REQUESTER_ITEMS =
      List.of("Log out", "Settings", "Request 1", "Request 2");
  private static final List<String> RESPONDER_ITEMS =
      List.of("Log out", "Settings", "Respond 1", "Respond 2");
  private static final List<String> ADMIN_ITEMS =
      List.of(
          "Log out",
          "Settings",
          "Request 1",
          "Request 2",
          "Respond 1",
          "Respond 2",
          "Admin 1",
          "Admin 2");

  /** The admin menu shows this many items before its "View N more" toggle. */
  private static final int ADMIN_EXPANDED = 5;

  private static Sample sample;
  private ChromeDriver browser;

  @BeforeAll
  static void startSample() throws Exception {
    sample = Sample.springApp();
  }

  @AfterAll
  static void stopSample() {
    sample.close();
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  static List<Arguments> roles() {
    return List.of(
        Arguments.of("Requester", "Request 1", REQUESTER_ITEMS),
        Arguments.of("Responder", "Respond 1", RESPONDER_ITEMS),
        Arguments.of("Admin", "Admin 1", ADMIN_ITEMS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void menuWhenLoggedInThenEveryItemOpensItsPageAsTheOnlyActiveItem(
      String role, String landing, List<String> titles) {
    browser = Browser.start();
    logIn(role);
    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/"));
    assertThat(heading()).isEqualTo(landing);
    assertActive(landing);

    Map<String, String> items = new LinkedHashMap<>();
    for (WebElement link : menuLinks()) {
      items.put(title(link), link.getAttribute("href"));
    }
    assertThat(items.keySet()).containsExactlyElementsOf(titles);

    for (String title : titles) {
      openMenuItem(title);

      assertActive(title);
      assertThat(browser.getCurrentUrl()).isEqualTo(items.get(title));
    }
  }

  @Test
  void unreachableUrlWhenRequesterTypesARespondPageThenRootWithTheNoticeOnce() {
    browser = Browser.start();
    logIn("Requester");
    follow(pageLink("Request 2"));

    browser.get(sample.url("/respond-1"));

    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/"));
    assertThat(heading()).isEqualTo("Request 1");
    assertThat(notices()).hasSize(1);
    assertThat(notices().get(0).isDisplayed()).isTrue();
    assertThat(notices().get(0).getText()).startsWith("Page not found.");
    assertThat(browser.getPageSource()).doesNotContain("Requests waiting for a responder");

    browser.navigate().refresh();
    assertThat(heading()).isEqualTo("Request 1");
    assertThat(notices()).as("notice after a reload").isEmpty();
    follow(menuLink("Request 2"));
    assertThat(notices()).as("notice on the next page").isEmpty();
  }

  @Test
  void viewMoreWhenAdminThenCollapsedItemsHiddenUntilTheSummaryIsClicked() {
    browser = Browser.start();
    logIn("Admin");
    // Admin lands on Admin 1, behind the toggle: it starts open so the current page shows.
    assertThat(browser.findElement(By.cssSelector("details.pagenav-more")).getAttribute("open"))
        .isNotNull();
    assertThat(menuLink("Admin 1").isDisplayed()).isTrue();
    follow(menuLink("Settings"));

    WebElement more = browser.findElement(By.cssSelector("nav.pagenav details.pagenav-more"));
    WebElement summary = more.findElement(By.tagName("summary"));
    int collapsed = ADMIN_ITEMS.size() - ADMIN_EXPANDED;
    assertThat(summary.getText().trim()).isEqualTo("View " + collapsed + " more");
    assertThat(more.getAttribute("open")).isNull();
    List<WebElement> links = menuLinks();
    assertThat(links).hasSize(ADMIN_ITEMS.size());
    for (int i = 0; i < links.size(); i++) {
      boolean shown = i < ADMIN_EXPANDED;
      assertThat(links.get(i).isDisplayed())
          .as("%s shown before the toggle", title(links.get(i)))
          .isEqualTo(shown);
    }
    assertThat(more.findElements(By.cssSelector("a.pagenav-link")).stream().map(this::title))
        .containsExactlyElementsOf(ADMIN_ITEMS.subList(ADMIN_EXPANDED, ADMIN_ITEMS.size()));

    summary.click();

    assertThat(more.getAttribute("open")).isNotNull();
    assertThat(menuLinks()).allMatch(WebElement::isDisplayed);
    follow(menuLink("Admin 2"));
    assertThat(heading()).isEqualTo("Admin 2");
    assertActive("Admin 2");
    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/admin-2"));
  }

  @Test
  void viewMoreWhenRequesterThenNoToggleSinceEveryItemShows() {
    browser = Browser.start();
    logIn("Requester");

    assertThat(browser.findElements(By.cssSelector("details.pagenav-more"))).isEmpty();
    assertThat(menuLinks()).hasSize(REQUESTER_ITEMS.size()).allMatch(WebElement::isDisplayed);
  }

  @Test
  void topPositionWhenChosenThenOneDropdownPerSectionOpeningToItsItems() {
    browser = Browser.start();
    logIn("Admin");
    choosePosition("Top");

    assertThat(browser.findElements(By.cssSelector("nav.pagenav.pagenav-top"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("nav.pagenav-sidebar"))).isEmpty();
    List<WebElement> dropdowns = dropdowns();
    assertThat(dropdowns.stream().map(d -> d.findElement(By.tagName("summary")).getText().trim()))
        .containsExactly("Account", "Request", "Respond", "Admin");
    assertThat(menuLinks()).noneMatch(WebElement::isDisplayed);

    WebElement respond = dropdowns.get(2);
    respond.findElement(By.tagName("summary")).click();

    List<WebElement> items = respond.findElements(By.cssSelector("a.pagenav-link"));
    assertThat(items.stream().map(this::title)).containsExactly("Respond 1", "Respond 2");
    assertThat(items).allMatch(WebElement::isDisplayed);
    assertThat(dropdowns.get(3).findElements(By.cssSelector("a.pagenav-link")))
        .noneMatch(WebElement::isDisplayed);
    follow(items.get(1));
    assertThat(heading()).isEqualTo("Respond 2");
    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/respond-2"));
    assertActive("Respond 2");
    assertThat(dropdowns()).hasSize(4);
  }

  @Test
  void hiddenPositionWhenChosenThenTheAppMenuOfPageLinksOpensEveryPage() {
    browser = Browser.start();
    logIn("Requester");
    choosePosition("Hidden");

    assertThat(browser.findElements(By.cssSelector("nav.pagenav"))).isEmpty();
    List<String> titles = appMenuLinks().stream().map(this::title).toList();
    assertThat(titles).containsExactlyElementsOf(REQUESTER_ITEMS);
    assertThat(
            browser.findElements(By.cssSelector("nav.app-menu .app-menu-label")).stream()
                .map(WebElement::getText))
        .containsExactly("Account", "Request");

    for (String title : titles) {
      follow(appMenuLinks().stream().filter(link -> title(link).equals(title)).findFirst().get());

      assertThat(heading()).as("heading after clicking %s", title).isEqualTo(title);
      List<WebElement> active =
          browser.findElements(By.cssSelector("nav.app-menu a[aria-current='page']"));
      assertThat(active).as("active link on %s", title).hasSize(1);
      assertThat(title(active.get(0))).isEqualTo(title);
      assertThat(pageLinks("About"))
          .as("links to About on %s", title)
          .hasSize(title.equals("Settings") ? 1 : 0);
    }
    follow(pageLink("Settings"));
    follow(pageLink("About"));
    assertThat(heading()).isEqualTo("About");
    assertThat(appMenuLinks()).hasSize(REQUESTER_ITEMS.size());
  }

  @Test
  void aboutPageWhenHiddenFromTheMenuThenReachedThroughItsLinkOnSettings() {
    browser = Browser.start();
    logIn("Responder");

    for (String title : RESPONDER_ITEMS) {
      follow(pageLink(title));
      assertThat(pageLinks("About"))
          .as("links to About on %s", heading())
          .hasSize(title.equals("Settings") ? 1 : 0);
    }
    assertThat(menuLinks()).noneMatch(link -> title(link).equals("About"));
    assertThat(appMenuLinks()).noneMatch(link -> title(link).equals("About"));

    follow(pageLink("Settings"));
    follow(pageLink("About"));

    assertThat(heading()).isEqualTo("About");
    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/about"));
    assertThat(browser.findElements(By.cssSelector("[aria-current='page']"))).isEmpty();
  }

  @Test
  void backWhenLoggedOutThenNoLoggedInPageIsShown() {
    browser = Browser.start();
    logIn("Requester");
    follow(menuLink("Request 2"));
    follow(menuLink("Log out"));
    follow(browser.findElement(By.cssSelector("main button[type='submit']")));
    assertLoggedOut();

    browser.navigate().back();
    assertLoggedOut();
    browser.navigate().back();
    assertLoggedOut();
  }

  @Test
  void reloadWhenLoggedOutInAnotherTabThenTheLoginPage() {
    browser = Browser.start();
    logIn("Responder");
    follow(menuLink("Respond 2"));
    String first = browser.getWindowHandle();

    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(sample.url("/logout"));
    assertThat(heading()).isEqualTo("Log out");
    follow(browser.findElement(By.cssSelector("main button[type='submit']")));
    assertLoggedOut();

    browser.switchTo().window(first);
    assertThat(heading()).as("before the reload").isEqualTo("Respond 2");
    browser.navigate().refresh();
    assertLoggedOut();
  }

  @Test
  void menuWhenJavaScriptIsOffThenLoginNavigationAndDetailsStillWork() {
    browser = Browser.start(false, Browser.DESKTOP, false);
    logIn("Admin");
    assertThat(heading()).isEqualTo("Admin 1");

    follow(menuLink("Request 2"));
    assertThat(heading()).isEqualTo("Request 2");
    WebElement more = browser.findElement(By.cssSelector("details.pagenav-more"));
    assertThat(menuLink("Admin 2").isDisplayed()).isFalse();
    more.findElement(By.tagName("summary")).click();
    assertThat(menuLink("Admin 2").isDisplayed()).isTrue();
    follow(menuLink("Admin 2"));
    assertThat(heading()).isEqualTo("Admin 2");
    assertActive("Admin 2");

    choosePosition("Top");
    WebElement request = dropdowns().get(1);
    assertThat(menuLink("Request 1").isDisplayed()).isFalse();
    request.findElement(By.tagName("summary")).click();
    assertThat(menuLink("Request 1").isDisplayed()).isTrue();
    follow(menuLink("Request 1"));
    assertThat(heading()).isEqualTo("Request 1");
    assertActive("Request 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void tabWhenFromTheTopThenReachesEveryMenuItemInOrderWithAVisibleFocus(
      String role, String landing, List<String> titles) {
    browser = Browser.start();
    logIn(role);
    browser.get(sample.url("/"));

    List<String> reached = new ArrayList<>();
    boolean entered = false;
    for (int step = 0; step < 40; step++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.switchTo().activeElement();
      boolean inMenu = (Boolean) script("return !!arguments[0].closest('nav.pagenav')", focused);
      if (!inMenu) {
        if (entered) {
          break;
        }
        continue;
      }
      entered = true;
      assertThat(visibleFocus(focused)).as("visible focus on %s", focused.getText()).isTrue();
      if (focused.getTagName().equals("summary")) {
        if (focused.findElement(By.xpath("..")).getAttribute("open") == null) {
          new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        continue;
      }
      assertThat(focused.getAttribute("class")).contains("pagenav-link");
      reached.add(title(focused));
      assertThat(focused.getAttribute("aria-current"))
          .as("aria-current of %s", title(focused))
          .isEqualTo(title(focused).equals(landing) ? "page" : null);
    }

    assertThat(reached).containsExactlyElementsOf(titles);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sidebar", "Top", "Hidden"})
  void menuWhenPhoneWidthThenFoldedBehindTheMenuButtonAndNothingOverflows(String position) {
    browser = Browser.start(true, Browser.PHONE, false);
    browser.get(sample.url("/"));
    assertNoOverflow("login");
    logIn("Admin");
    choosePosition(position);
    assertNoOverflow("settings, " + position);

    if (position.equals("Hidden")) {
      assertThat(browser.findElements(By.cssSelector("nav.pagenav"))).isEmpty();
      assertThat(appMenuLinks()).allMatch(WebElement::isDisplayed);
      follow(appMenuLinks().get(appMenuLinks().size() - 1));
      assertThat(heading()).isEqualTo("Admin 2");
      assertNoOverflow("Admin 2, hidden");
      return;
    }
    WebElement button = browser.findElement(By.cssSelector("label.pagenav-menu-button"));
    assertThat(button.isDisplayed()).isTrue();
    assertThat(button.getText()).contains("Menu");
    assertThat(browser.findElement(By.cssSelector(".pagenav-body")).isDisplayed()).isFalse();
    assertThat(menuLinks()).noneMatch(WebElement::isDisplayed);

    button.click();

    assertThat(browser.findElement(By.cssSelector(".pagenav-body")).isDisplayed()).isTrue();
    assertNoOverflow("menu unfolded, " + position);
    WebElement last;
    if (position.equals("Top")) {
      WebElement admin = dropdowns().get(3);
      admin.findElement(By.tagName("summary")).click();
      last = admin.findElements(By.cssSelector("a.pagenav-link")).get(1);
    } else {
      assertThat(menuLinks().subList(0, ADMIN_EXPANDED)).allMatch(WebElement::isDisplayed);
      openMore();
      last = menuLink("Admin 2");
    }
    assertNoOverflow("menu opened, " + position);
    assertThat(last.isDisplayed()).isTrue();
    follow(last);
    assertThat(heading()).isEqualTo("Admin 2");
    assertThat(menuLinks()).as("folded again on the next page").noneMatch(WebElement::isDisplayed);
    assertNoOverflow("Admin 2, " + position);
  }

  @ParameterizedTest(name = "dark={0}")
  @ValueSource(booleans = {false, true})
  void everyPageWhenCheckedWithAxeThenNoSeriousOrCriticalViolation(boolean dark) {
    SpringAxeReport report = new SpringAxeReport(dark ? "dark" : "light");
    browser = Browser.start(true, Browser.DESKTOP, dark);
    browser.get(sample.url("/"));
    report.check(browser, "login");
    for (Object[] row : List.of(roles().get(0).get(), roles().get(1).get(), roles().get(2).get())) {
      String role = (String) row[0];
      @SuppressWarnings("unchecked")
      List<String> titles = (List<String>) row[2];
      browser.manage().deleteAllCookies();
      logIn(role);
      for (String title : titles) {
        openMenuItem(title);
        report.check(browser, role + ": " + title);
      }
      browser.get(sample.url("/about"));
      report.check(browser, role + ": About");
      browser.get(sample.url("/access"));
      report.check(browser, role + ": Access matrix");
      browser.get(sample.url("/no-such-page"));
      assertThat(notices()).hasSize(1);
      report.check(browser, role + ": notice");
      if (role.equals("Admin")) {
        openMore();
        report.check(browser, role + ": View more opened");
      }
      choosePosition("Top");
      report.check(browser, role + ": top");
      dropdowns().get(0).findElement(By.tagName("summary")).click();
      report.check(browser, role + ": top, dropdown opened");
      choosePosition("Hidden");
      report.check(browser, role + ": hidden");
      choosePosition("Sidebar");
    }
    report.print();

    assertThat(report.failures()).isEmpty();
  }

  private void logIn(String role) {
    browser.get(sample.url("/"));
    assertThat(heading()).isEqualTo("Log in");
    new Select(browser.findElement(By.id("role"))).selectByVisibleText(role);
    follow(browser.findElement(By.xpath("//button[normalize-space()='Log in']")));
    assertThat(heading()).isNotEqualTo("Log in");
  }

  private void choosePosition(String position) {
    openMenuItem("Settings");
    browser.findElement(By.xpath("//label[normalize-space()='" + position + "']/input")).click();
    follow(browser.findElement(By.xpath("//button[normalize-space()='Save']")));
    assertThat(heading()).isEqualTo("Settings");
  }

  // Wherever the menu is (sidebar, top, behind the toggle or the app's own), opens a page by it.
  private void openMenuItem(String title) {
    List<WebElement> fold = browser.findElements(By.cssSelector("label.pagenav-menu-button"));
    if (!fold.isEmpty()
        && fold.get(0).isDisplayed()
        && !browser.findElement(By.id("pagenav-fold")).isSelected()) {
      fold.get(0).click();
    }
    for (WebElement details : browser.findElements(By.cssSelector("nav.pagenav details"))) {
      boolean holds =
          details.findElements(By.cssSelector("a.pagenav-link")).stream()
              .anyMatch(link -> title(link).equals(title));
      if (holds && details.getAttribute("open") == null) {
        details.findElement(By.tagName("summary")).click();
      }
    }
    List<WebElement> links = new ArrayList<>(menuLinks());
    links.addAll(appMenuLinks());
    follow(links.stream().filter(link -> title(link).equals(title)).findFirst().orElseThrow());
    assertThat(heading()).isEqualTo(title);
  }

  private void follow(WebElement element) {
    Browser.follow(browser, element);
  }

  private void assertLoggedOut() {
    assertThat(heading()).isEqualTo("Log in");
    assertThat(menuLinks()).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".app-role")).getText()).isEqualTo("Logged out");
    assertThat(browser.getPageSource()).doesNotContain("Request 2").doesNotContain("Respond 2");
  }

  /** Opens the "View N more" toggle, unless it is open already because it holds the page. */
  private void openMore() {
    WebElement more = browser.findElement(By.cssSelector("details.pagenav-more"));
    if (more.getAttribute("open") == null) {
      more.findElement(By.tagName("summary")).click();
    }
  }

  private void assertActive(String title) {
    List<WebElement> active =
        browser.findElements(By.cssSelector("nav.pagenav a.pagenav-link[aria-current='page']"));
    assertThat(active).as("active items on %s", title).hasSize(1);
    assertThat(title(active.get(0))).isEqualTo(title);
    assertThat(browser.findElements(By.cssSelector("nav.pagenav .pagenav-active"))).hasSize(1);
  }

  private void assertNoOverflow(String where) {
    long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
    long innerWidth = (Long) script("return window.innerWidth");
    @SuppressWarnings("unchecked")
    List<String> wider =
        (List<String>)
            script(
                "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                    + ".map(e => e.tagName.toLowerCase() + '.' + e.className"
                    + " + ' ' + Math.round(e.getBoundingClientRect().right))");
    assertThat(wider).as("elements wider than the window on %s", where).isEmpty();
    assertThat(scrollWidth).as("page width on %s", where).isLessThanOrEqualTo(innerWidth);
  }

  private boolean visibleFocus(WebElement element) {
    return !element.getCssValue("outline-style").equals("none")
        || !element.getCssValue("box-shadow").equals("none");
  }

  private Object script(String code, Object... arguments) {
    return browser.executeScript(code, arguments);
  }

  private String heading() {
    return browser.findElement(By.tagName("h1")).getText().trim();
  }

  private List<WebElement> notices() {
    return browser.findElements(By.cssSelector("div.pagenav-notice"));
  }

  private List<WebElement> dropdowns() {
    return browser.findElements(By.cssSelector("nav.pagenav details.pagenav-dropdown"));
  }

  private List<WebElement> menuLinks() {
    return browser.findElements(By.cssSelector("nav.pagenav a.pagenav-link"));
  }

  private List<WebElement> appMenuLinks() {
    return browser.findElements(By.cssSelector("nav.app-menu a.pagenav-link"));
  }

  // Any page link or menu item, wherever it is on the page.
  private List<WebElement> pageLinks(String title) {
    return browser.findElements(By.cssSelector("a.pagenav-link")).stream()
        .filter(link -> title(link).equals(title))
        .toList();
  }

  private WebElement pageLink(String title) {
    List<WebElement> links = pageLinks(title);
    assertThat(links).as("links to %s", title).isNotEmpty();
    return links.get(0);
  }

  private WebElement menuLink(String title) {
    return menuLinks().stream()
        .filter(link -> title(link).equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + title));
  }

  // The title span, not getText(): hidden links have no rendered text.
  private String title(WebElement link) {
    return link.findElement(By.className("pagenav-title")).getAttribute("textContent").trim();
  }
}
