package dev.pagenav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The servlet sample, the login example, in headless Chromium. */
class ServletSampleIT {

  private static Sample sample;
  private ChromeDriver browser;

  @BeforeAll
  static void startSample() throws Exception {
    sample = Sample.servletApp();
  }

  @AfterAll
  static void stopSample() {
    sample.close();
  }

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  private void logIn() {
    browser.get(sample.url("/"));
    browser.findElement(By.xpath("//button[normalize-space()='Log in']")).click();
  }

  private List<WebElement> menuLinks() {
    return browser.findElements(By.cssSelector("nav.pagenav a.pagenav-link"));
  }

  @Test
  void menuWhenLoggedInThenEveryItemOpensItsPageAndIsTheActiveOne() {
    logIn();
    Map<String, String> items = new LinkedHashMap<>();
    for (WebElement link : menuLinks()) {
      items.put(link.getText().trim(), link.getAttribute("href"));
    }
    assertThat(items.keySet())
        .containsExactly(
            "Log out", "Dashboard", "Bug reports", "System alerts", "Search", "History");

    for (String title : items.keySet()) {
      browser.findElement(By.linkText(title)).click();

      List<WebElement> active =
          browser.findElements(By.cssSelector("nav.pagenav a[aria-current='page']"));
      assertThat(active).as("active item on %s", title).hasSize(1);
      assertThat(active.get(0).getText().trim()).isEqualTo(title);
      assertThat(browser.getCurrentUrl()).isEqualTo(items.get(title));
    }
  }

  @Test
  void everyPageWhenCheckedWithAxeThenNoSeriousOrCriticalViolation() {
    List<String> found = new ArrayList<>();
    browser.get(sample.url("/"));
    Axe.check(browser).stream()
        .filter(Axe.Violation::isSeriousOrCritical)
        .forEach(v -> found.add("login: " + v));
    logIn();
    List<String> urls = menuLinks().stream().map(link -> link.getAttribute("href")).toList();
    for (String url : urls) {
      browser.get(url);
      Axe.check(browser).stream()
          .filter(Axe.Violation::isSeriousOrCritical)
          .forEach(v -> found.add(url + ": " + v));
    }

    assertThat(found).isEmpty();
  }
}
