package dev.pagenav.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through ChromeDriver, both taken from the machine (Debian's {@code
 * chromium} and {@code chromium-driver}) and never downloaded. A missing browser fails the test
 * with how to install it.
 */
final class Browser {

  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(375, 812);

  private Browser() {}

  /** Starts a browser with JavaScript on, at desktop size. */
  static ChromeDriver start() {
    return start(true, DESKTOP, false);
  }

  /**
   * Starts a browser.
   *
   * @param javaScript whether pages may run scripts
   * @param size the window size
   * @param dark whether the browser prefers a dark colour scheme
   */
  static ChromeDriver start(boolean javaScript, Dimension size, boolean dark) {
    Path chromium = executable("CHROMIUM", "/usr/bin/chromium");
    Path driver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--force-device-scale-factor=1",
        "--window-size=" + size.getWidth() + "," + size.getHeight());
    if (dark) {
      options.addArguments("--blink-settings=preferredColorScheme=0", "--force-dark-mode");
    }
    if (!javaScript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(size);
    return browser;
  }

  /**
   * Clicks a link or a submit button and waits until the next page has replaced this one and
   * loaded. Asked in the middle of a navigation, ChromeDriver may answer with another error than
   * "stale element", such as "node does not belong to the document": the wait asks again.
   */
  static void follow(WebDriver browser, WebElement element) {
    WebElement page = browser.findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            driver -> {
              try {
                page.isEnabled();
                return false;
              } catch (StaleElementReferenceException replaced) {
                return "complete"
                    .equals(
                        ((JavascriptExecutor) driver).executeScript("return document.readyState"));
              } catch (WebDriverException meanwhile) {
                return false;
              }
            });
  }

  private static Path executable(String variable, String fallback) {
    Path path = Path.of(System.getenv().getOrDefault(variable, fallback));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          path
              + " is missing: the browser tests need Chromium and ChromeDriver. Install them with"
              + " 'apt-get install -y chromium chromium-driver', or set "
              + variable
              + " to where yours is.");
    }
    return path;
  }
}
