package dev.pagenav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The servlet sample, the login example, in headless Chromium. */
class ServletSampleIT {

  private static final String MENU_LINKS = "nav.pagenav a.pagenav-link";
  private static final List<String> MENU =
      List.of("Log out", "Dashboard", "Bug reports", "System alerts", "Search", "History");

  /** Axe's findings per page and mode, printed once all tests have run. */
  private static final Map<String, Map<String, Integer>> AXE = new TreeMap<>();

  private static Sample sample;
  private ChromeDriver browser;

  @BeforeAll
  static void startSample() throws Exception {
    sample = Sample.servletApp();
  }

  @AfterAll
  static void stopSample() {
    sample.close();
    if (!AXE.isEmpty()) {
      StringBuilder table =
          new StringBuilder("axe violations by impact (critical/serious/moderate/minor):\n");
      AXE.forEach(
          (page, counts) ->
              table
                  .append(String.format("%-34s", page))
                  .append(counts.getOrDefault("critical", 0))
                  .append(" / ")
                  .append(counts.getOrDefault("serious", 0))
                  .append(" / ")
                  .append(counts.getOrDefault("moderate", 0))
                  .append(" / ")
                  .append(counts.getOrDefault("minor", 0))
                  .append('\n'));
      System.out.print(table);
    }
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open() {
    open(true, Browser.DESKTOP, false);
  }

  private void open(boolean javaScript, Dimension size, boolean dark) {
    browser = Browser.start(javaScript, size, dark);
  }

  private void logIn() {
    browser.get(sample.url("/"));
    follow(browser.findElement(By.xpath("//button[normalize-space()='Log in']")));
    assertThat(heading()).isEqualTo("Dashboard");
  }

  private void logOut() {
    follow(browser.findElement(By.cssSelector("nav.pagenav a[href='/logout']")));
    follow(browser.findElement(By.xpath("//main//button[normalize-space()='Log out']")));
  }

  private void follow(WebElement element) {
    Browser.follow(browser, element);
  }

  private void followMenu(String path) {
    follow(browser.findElement(By.cssSelector("nav.pagenav a[href='" + path + "']")));
  }

  private List<WebElement> menuLinks() {
    return browser.findElements(By.cssSelector(MENU_LINKS));
  }

  /** The menu's items in order, each title (the icon's ligature name left out) to its address. */
  private Map<String, String> menuItems() {
    Map<String, String> items = new LinkedHashMap<>();
    for (WebElement link : menuLinks()) {
      String title =
          link.findElement(By.cssSelector(".pagenav-title")).getAttribute("textContent").trim();
      items.put(title, link.getAttribute("href"));
    }
    return items;
  }

  private String heading() {
    return browser.findElement(By.tagName("h1")).getText().trim();
  }

  private List<String> activeTitles() {
    return browser.findElements(By.cssSelector("nav.pagenav a[aria-current='page']")).stream()
        .map(a -> a.findElement(By.cssSelector(".pagenav-title")).getText().trim())
        .toList();
  }

  private List<WebElement> notices() {
    return browser.findElements(By.cssSelector("div.pagenav-notice[role='alert']"));
  }

  private Object script(String code) {
    return browser.executeScript(code);
  }

  private boolean menuDisplayed() {
    return menuLinks().stream().anyMatch(WebElement::isDisplayed);
  }

  private void assertNoHorizontalOverflow(String where) {
    Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
    Number innerWidth = (Number) script("return window.innerWidth");
    assertThat(scrollWidth.intValue())
        .as("page width %s", where)
        .isLessThanOrEqualTo(innerWidth.intValue());
  }

  @Test
  void menuWhenLoggedInThenEveryItemOpensItsPageAndIsTheActiveOne() {
    open();
    logIn();
    Map<String, String> items = menuItems();
    assertThat(items.keySet()).containsExactlyElementsOf(MENU);

    for (Map.Entry<String, String> item : items.entrySet()) {
      followMenu(URI.create(item.getValue()).getPath());

      assertThat(browser.getCurrentUrl()).isEqualTo(item.getValue());
      assertThat(heading()).isEqualTo(item.getKey());
      assertThat(activeTitles())
          .as("active item on %s", item.getKey())
          .containsExactly(item.getKey());
    }
  }

  @Test
  void unreachableUrlWhenLoggedInThenRootWithTheNoticeOnce() {
    open();
    logIn();

    browser.get(sample.url("/nowhere"));

    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/"));
    assertThat(heading()).isEqualTo("Dashboard");
    assertThat(notices()).hasSize(1);
    assertThat(notices().get(0).getText()).contains("Page not found");
    browser.navigate().refresh();
    assertThat(heading()).isEqualTo("Dashboard");
    assertThat(notices()).isEmpty();
  }

  @Test
  void memberPageWhenLoggedOutThenLoginPageWithTheNoticeOnce() {
    open();

    browser.get(sample.url("/bugs"));

    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/"));
    assertThat(heading()).isEqualTo("Log in");
    assertThat(notices()).hasSize(1);
    assertThat(notices().get(0).getText()).contains("Page not found");
    assertThat(browser.getPageSource()).doesNotContain("Bug reports");
    browser.navigate().refresh();
    assertThat(heading()).isEqualTo("Log in");
    assertThat(notices()).isEmpty();
  }

  @Test
  void hiddenPageWhenLinkedFromHistoryThenOutOfTheMenuAndTheLinkOpensIt() {
    open();
    logIn();
    assertThat(menuItems()).doesNotContainKey("Access matrix");
    assertThat(menuItems().values()).noneMatch(href -> href.endsWith("/access"));

    followMenu("/history");
    follow(browser.findElement(By.cssSelector("main a.pagenav-link[href='/access']")));

    assertThat(browser.getCurrentUrl()).isEqualTo(sample.url("/access"));
    assertThat(heading()).isEqualTo("Access matrix");
    assertThat(browser.findElements(By.cssSelector("main table.pagenav-access tbody tr")))
        .hasSize(8);
    assertThat(menuItems().keySet()).containsExactlyElementsOf(MENU);
    assertThat(activeTitles()).isEmpty();
  }

  @Test
  void backButtonWhenLoggedOutThenNoLoggedInPageIsShown() {
    open();
    logIn();
    followMenu("/bugs");
    assertThat(heading()).isEqualTo("Bug reports");
    logOut();
    assertThat(heading()).isEqualTo("Log in");

    for (int step = 1; step <= 3; step++) {
      browser.navigate().back();
      assertThat(menuLinks()).as("menu after %s Back", step).isEmpty();
      assertThat(heading()).as("page after %s Back", step).isEqualTo("Log in");
    }
  }

  @Test
  void logoutWhenDoneInOneTabThenTheOtherTabShowsTheLoginPageOnReload() {
    open();
    logIn();
    String first = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(sample.url("/alerts"));
    assertThat(heading()).isEqualTo("System alerts");
    String second = browser.getWindowHandle();

    browser.switchTo().window(first);
    logOut();
    browser.switchTo().window(second);
    browser.navigate().refresh();

    assertThat(heading()).isEqualTo("Log in");
    assertThat(menuLinks()).isEmpty();
  }

  @Test
  void menuWhenJavaScriptIsOffThenLoginAndEveryItemWork() {
    open(false, Browser.DESKTOP, false);
    browser.get(sample.url("/"));
    assertJavaScriptOff();
    logIn();
    Map<String, String> items = menuItems();
    assertThat(items.keySet()).containsExactlyElementsOf(MENU);

    for (Map.Entry<String, String> item : items.entrySet()) {
      followMenu(URI.create(item.getValue()).getPath());
      assertThat(heading()).isEqualTo(item.getKey());
      assertThat(activeTitles()).containsExactly(item.getKey());
    }
  }

  @Test
  void menuButtonWhenJavaScriptIsOffOnAPhoneThenUnfoldsTheMenuAndItsLinksWork() {
    open(false, Browser.PHONE, false);
    logIn();
    assertJavaScriptOff();
    assertThat(menuDisplayed()).isFalse();

    browser.findElement(By.cssSelector("label.pagenav-menu-button")).click();
    assertThat(menuLinks()).allMatch(WebElement::isDisplayed);
    followMenu("/search");

    assertThat(heading()).isEqualTo("Search");
    assertThat(menuDisplayed()).isFalse();
    browser.findElement(By.cssSelector("label.pagenav-menu-button")).click();
    assertThat(activeTitles()).containsExactly("Search");
  }

  /**
   * Checks that the page may not run scripts of its own: a script element added to it does not run.
   * The driver's own scripts still do, which is how the check reads the result.
   */
  private void assertJavaScriptOff() {
    Object ran =
        script(
            "const s = document.createElement('script');"
                + " s.textContent = 'document.documentElement.dataset.ran = 1';"
                + " document.head.appendChild(s);"
                + " return document.documentElement.dataset.ran === '1';");
    assertThat(ran).as("a page script ran although JavaScript is off").isEqualTo(false);
  }

  @Test
  void tabKeyWhenPressedFromTheTopThenReachesEveryMenuItemInOrderWithAVisibleFocus() {
    open();
    logIn();
    List<String> expected = new ArrayList<>(menuItems().values());

    List<String> reached = new ArrayList<>();
    for (int press = 0; press < expected.size() + 5 && reached.size() < expected.size(); press++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.switchTo().activeElement();
      if (!focused.getAttribute("class").contains("pagenav-link")
          || focused.findElements(By.xpath("ancestor::nav")).isEmpty()) {
        continue;
      }
      String outline = focused.getCssValue("outline-style");
      String shadow = focused.getCssValue("box-shadow");
      assertThat(!outline.equals("none") || !shadow.equals("none"))
          .as("visible focus on %s (outline %s, shadow %s)", focused.getText(), outline, shadow)
          .isTrue();
      // Wider than the browser's own 1px ring: the stylesheet's focus style is the one shown.
      assertThat(focused.getCssValue("outline-width")).isEqualTo("2px");
      reached.add(focused.getAttribute("href"));
    }

    assertThat(reached).containsExactlyElementsOf(expected);
  }

  @Test
  void narrowScreenWhenOpenedThenTheMenuIsFoldedNothingOverflowsAndTheButtonUnfoldsIt() {
    open(true, Browser.PHONE, false);
    logIn();
    assertThat((Number) script("return window.innerWidth")).isEqualTo(375L);

    assertThat(menuDisplayed()).isFalse();
    assertNoHorizontalOverflow("with the menu folded");
    WebElement button = browser.findElement(By.cssSelector("label.pagenav-menu-button"));
    assertThat(button.isDisplayed()).isTrue();
    assertThat(button.getText()).contains("Menu");

    button.click();

    assertThat(menuLinks()).hasSize(MENU.size()).allMatch(WebElement::isDisplayed);
    assertNoHorizontalOverflow("with the menu open");
    button.click();
    assertThat(menuDisplayed()).isFalse();
  }

  @Test
  void everyPageWhenCheckedWithAxeInLightModeThenNoSeriousOrCriticalViolation() {
    assertThat(axeOnEveryPage(false)).isEmpty();
  }

  @Test
  void everyPageWhenCheckedWithAxeInDarkModeThenNoSeriousOrCriticalViolation() {
    assertThat(axeOnEveryPage(true)).isEmpty();
  }

  /** Runs axe on every page of the sample, records counts by impact, returns the grave ones. */
  private List<String> axeOnEveryPage(boolean dark) {
    String mode = dark ? "dark" : "light";
    List<String> found = new ArrayList<>();
    open(true, Browser.DESKTOP, dark);
    assertThat(script("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(dark);
    browser.get(sample.url("/"));
    axe(mode, "login", found);
    browser.get(sample.url("/bugs"));
    assertThat(notices()).hasSize(1);
    axe(mode, "login with notice", found);
    logIn();
    for (String url : menuItems().values()) {
      browser.get(url);
      axe(mode, URI.create(url).getPath(), found);
    }
    browser.get(sample.url("/access"));
    assertThat(heading()).isEqualTo("Access matrix");
    axe(mode, "/access", found);
    browser.get(sample.url("/nowhere"));
    assertThat(notices()).hasSize(1);
    axe(mode, "/ with notice", found);
    browser.manage().window().setSize(Browser.PHONE);
    browser.get(sample.url("/bugs"));
    browser.findElement(By.cssSelector("label.pagenav-menu-button")).click();
    assertThat(menuDisplayed()).isTrue();
    axe(mode, "/bugs narrow, menu open", found);
    return found;
  }

  private void axe(String mode, String page, List<String> found) {
    List<Axe.Violation> violations = Axe.check(browser);
    Map<String, Integer> counts = new TreeMap<>();
    violations.forEach(v -> counts.merge(v.impact(), 1, Integer::sum));
    AXE.put(mode + " " + page, counts);
    violations.stream()
        .filter(Axe.Violation::isSeriousOrCritical)
        .forEach(v -> found.add(mode + " " + page + ": " + v));
    violations.stream()
        .filter(v -> !v.isSeriousOrCritical())
        .forEach(v -> System.out.println("axe " + mode + " " + page + ": " + v));
  }

  @Test
  void darkModeWhenPreferredThenMediaQueryMatchesAndTheMenuChangesColour() {
    open();
    logIn();
    String light = menuBackground();
    browser.quit();

    open(true, Browser.DESKTOP, true);
    logIn();

    assertThat(script("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
    assertThat(menuBackground()).isNotEqualTo(light);
  }

  private String menuBackground() {
    return browser.findElement(By.cssSelector("nav.pagenav")).getCssValue("background-color");
  }

  @Test
  void iconFontWhenServedThenCachedForAYearAndRendersTheIcons() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<byte[]> font =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(sample.url("/_pagenav/material-symbols-rounded.woff2")))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(font.statusCode()).isEqualTo(200);
    assertThat(font.headers().firstValue("Content-Type")).hasValue("font/woff2");
    assertThat(font.headers().firstValue("Cache-Control").orElse(""))
        .contains("max-age=31536000")
        .contains("immutable");
    assertThat(new String(font.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("wOF2");

    open();
    logIn();
    Object loaded =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done("
                + "[...document.fonts].some(f => f.family.replace(/\"/g, '')"
                + " === 'Material Symbols Rounded' && f.status === 'loaded')"
                + " && document.fonts.check('24px \"Material Symbols Rounded\"')));");
    assertThat(loaded).isEqualTo(true);
    // Drawn as a ligature, the icon named "notification_important" is one glyph about as wide
    // as the font size; drawn as text it would be many times wider.
    WebElement icon =
        browser.findElement(By.cssSelector("nav.pagenav a[href='/alerts'] .pagenav-icon"));
    assertThat(icon.getText()).isEqualTo("notification_important");
    assertThat(icon.getRect().getWidth()).isLessThanOrEqualTo(32);
  }

  @Test
  void emojiIconWhenInTheMenuThenDrawnAsTextNotWithTheIconFont() {
    open();
    logIn();

    WebElement icon =
        browser.findElement(By.cssSelector("nav.pagenav a[href='/history'] .pagenav-icon"));

    assertThat(icon.getText()).isEqualTo("\uD83D\uDD58");
    assertThat(icon.getAttribute("class")).doesNotContain("material-symbols");
    assertThat(icon.getCssValue("font-family")).doesNotContain("Material Symbols");
    assertThat(icon.getAttribute("aria-hidden")).isEqualTo("true");
    assertThat(icon.getRect().getWidth()).isPositive().isLessThanOrEqualTo(32);
    // Drawn with an emoji font, the clock has colours; a missing glyph is a grey or black box.
    Object coloured =
        browser.executeScript(
            "const c = document.createElement('canvas'); c.width = c.height = 40;"
                + "const g = c.getContext('2d'); g.font = getComputedStyle(arguments[0]).fontSize"
                + " + ' ' + getComputedStyle(arguments[0]).fontFamily;"
                + "g.fillText(arguments[0].textContent, 4, 30);"
                + "const d = g.getImageData(0, 0, 40, 40).data;"
                + "for (let i = 0; i < d.length; i += 4) {"
                + "  if (d[i + 3] > 0 && (Math.abs(d[i] - d[i + 1]) > 40"
                + "      || Math.abs(d[i + 1] - d[i + 2]) > 40)) return true; }"
                + "return false;",
            icon);
    assertThat(coloured)
        .as(
            "emoji drawn in colour; without an emoji font: apt-get install -y fonts-noto-color-emoji")
        .isEqualTo(true);
  }
}
