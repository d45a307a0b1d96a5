package dev.pagenav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Screenshots of both samples: logged out, sidebar, top, narrow screen with the menu open, and dark
 * mode. They are written to {@code target/screenshots}, or to the folder the system property {@code
 * pagenav.screenshots} names, such as {@code docs/images}.
 */
class ScreenshotsIT {

  private static Sample servlet;
  private static Sample spring;
  private static Path folder;

  @BeforeAll
  static void start() throws Exception {
    servlet = Sample.servletApp();
    spring = Sample.springApp();
    String target = System.getProperty("pagenav.screenshots", "");
    folder = target.isEmpty() ? Path.of("target/screenshots") : Path.of("..").resolve(target);
    Files.createDirectories(folder);
  }

  @AfterAll
  static void stop() {
    servlet.close();
    spring.close();
  }

  private static BufferedImage shoot(
      String name, boolean dark, Dimension size, Consumer<ChromeDriver> steps) throws IOException {
    ChromeDriver browser = Browser.start(true, size, dark);
    try {
      steps.accept(browser);
      // The icon font is large: wait until every font in use has loaded.
      browser.executeAsyncScript("document.fonts.ready.then(() => arguments[0]());");
      byte[] png = browser.getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    } finally {
      browser.quit();
    }
  }

  private static void servletLogIn(ChromeDriver browser) {
    browser.get(servlet.url("/"));
    Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Log in']")));
    browser.get(servlet.url("/bugs"));
  }

  private static void springLogIn(ChromeDriver browser) {
    browser.get(spring.url("/"));
    new Select(browser.findElement(By.id("role"))).selectByVisibleText("Admin");
    Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Log in']")));
  }

  private static void springTop(ChromeDriver browser) {
    springLogIn(browser);
    browser.get(spring.url("/settings"));
    browser.findElement(By.cssSelector("input[name='position'][value='top']")).click();
    Browser.follow(browser, browser.findElement(By.xpath("//button[normalize-space()='Save']")));
    browser.findElement(By.cssSelector("details.pagenav-dropdown > summary")).click();
  }

  private static void openMenu(ChromeDriver browser) {
    browser.findElement(By.cssSelector("label.pagenav-menu-button")).click();
  }

  @Test
  void screenshotsWhenTakenThenEachShowsItsLayout() throws IOException {
    shoot("servlet-logged-out", false, Browser.DESKTOP, b -> b.get(servlet.url("/")));
    BufferedImage light =
        shoot("servlet-sidebar", false, Browser.DESKTOP, ScreenshotsIT::servletLogIn);
    BufferedImage narrow =
        shoot(
            "servlet-narrow",
            false,
            Browser.PHONE,
            b -> {
              servletLogIn(b);
              openMenu(b);
            });
    BufferedImage dark = shoot("servlet-dark", true, Browser.DESKTOP, ScreenshotsIT::servletLogIn);
    shoot("spring-logged-out", false, Browser.DESKTOP, b -> b.get(spring.url("/")));
    shoot("spring-sidebar", false, Browser.DESKTOP, ScreenshotsIT::springLogIn);
    shoot("spring-top", false, Browser.DESKTOP, ScreenshotsIT::springTop);
    shoot(
        "spring-narrow",
        false,
        Browser.PHONE,
        b -> {
          springLogIn(b);
          openMenu(b);
        });
    BufferedImage springDark =
        shoot("spring-dark", true, Browser.DESKTOP, ScreenshotsIT::springLogIn);

    assertThat(narrow.getWidth()).isEqualTo(Browser.PHONE.getWidth());
    assertThat(light.getWidth()).isEqualTo(Browser.DESKTOP.getWidth());
    assertThat(brightness(dark)).isLessThan(brightness(light));
    assertThat(brightness(springDark)).isLessThan(brightness(light));
    assertThat(folder.resolve("spring-top.png")).isNotEmptyFile();
  }

  /** The mean brightness of an image, 0 to 255. */
  private static double brightness(BufferedImage image) {
    long sum = 0;
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        int rgb = image.getRGB(x, y);
        sum += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
      }
    }
    return sum / 3.0 / ((image.getHeight() / 4 + 1) * (image.getWidth() / 4 + 1));
  }
}
