package dev.pagenav;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page of the application: a url path with a title and an optional icon, or an external link.
 *
 * <p>A page's identity is its url path, {@link #key()}: a navigation holds one page per url path,
 * and routing, links and the menu match pages by it. {@link #equals} compares every field, so that
 * a changed title makes a different navigation. Declare pages once and return them from the {@link
 * NavigationPolicy}:
 *
 * <pre>{@code
 * Page dashboard = Page.of("dashboard", "Dashboard", ":material/dashboard:").asDefault();
 * Page bugs = Page.of("bugs", "Bug reports", ":material/bug_report:");
 * Page docs = Page.external("https://example.org/docs", "Docs");
 * }</pre>
 *
 * @param urlPath the url path without leading or trailing {@code /}, such as {@code reports/bugs};
 *     null for an external page
 * @param title the title shown in the menu and in links
 * @param icon the icon, or null for none
 * @param isDefault whether this page is the navigation's default page, served at the root
 * @param visibility whether the page is listed in the menu
 * @param externalUrl the absolute http or https URL of an external page, or null
 */
public record Page(
    @Nullable String urlPath,
    String title,
    @Nullable Icon icon,
    boolean isDefault,
    Visibility visibility,
    @Nullable URI externalUrl) {

  /**
   * Creates a page, validating every field.
   *
   * @param urlPath the url path without leading or trailing {@code /}, such as {@code
   *     reports/bugs}; null for an external page
   * @param title the title shown in the menu and in links
   * @param icon the icon, or null for none
   * @param isDefault whether this page is the navigation's default page, served at the root
   * @param visibility whether the page is listed in the menu
   * @param externalUrl the absolute http or https URL of an external page, or null
   * @throws IllegalArgumentException if a field is invalid, with a message saying how to fix it
   */
  public Page {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(visibility, "visibility");
    if ((urlPath == null) == (externalUrl == null)) {
      throw new IllegalArgumentException(
          "A page has either a url path or an external URL, not both and not neither.");
    }
    if (urlPath != null) {
      urlPath = UrlPaths.normalise(urlPath, "page url path");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException(
          "The title of page '"
              + (urlPath != null ? urlPath : externalUrl)
              + "' is blank."
              + " Give a title with visible characters, or leave it out to infer one from the"
              + " url path.");
    }
    if (externalUrl != null) {
      checkExternal(externalUrl, isDefault, visibility, title);
    }
  }

  /**
   * Returns a page at a url path, its title inferred from the last segment ({@code bug_reports}
   * gives "Bug reports").
   *
   * @param urlPath the url path, such as {@code bugs} or {@code reports/bugs}
   * @return the page
   * @throws IllegalArgumentException if the url path is not valid
   */
  public static Page of(String urlPath) {
    String normalised = UrlPaths.normalise(urlPath, "page url path");
    return of(normalised, inferTitle(normalised));
  }

  /**
   * Returns a page at a url path with an explicit title, kept verbatim.
   *
   * @param urlPath the url path
   * @param title the title
   * @return the page
   */
  public static Page of(String urlPath, String title) {
    return new Page(urlPath, title, null, false, Visibility.VISIBLE, null);
  }

  /**
   * Returns a page at a url path with a title and an icon.
   *
   * @param urlPath the url path
   * @param title the title
   * @param icon an emoji or {@code :material/name:}
   * @return the page
   */
  public static Page of(String urlPath, String title, String icon) {
    return new Page(urlPath, title, Icon.of(icon), false, Visibility.VISIBLE, null);
  }

  /**
   * Returns a menu entry that links to another site in a new tab; it is never routed.
   *
   * @param url an absolute http or https URL
   * @param label the label shown in the menu
   * @return the external page
   * @throws IllegalArgumentException if the URL is not an absolute http or https URL
   */
  public static Page external(String url, String label) {
    return new Page(null, label, null, false, Visibility.VISIBLE, parseExternal(url));
  }

  /**
   * Returns this page marked as the navigation's default page, served at the root.
   *
   * @return this page marked as the navigation's default page, served at the root
   */
  public Page asDefault() {
    return new Page(urlPath, title, icon, true, visibility, externalUrl);
  }

  /**
   * Returns this page hidden from the menu, still routable and linkable.
   *
   * @return this page hidden from the menu, still routable and linkable
   */
  public Page hidden() {
    return new Page(urlPath, title, icon, isDefault, Visibility.HIDDEN, externalUrl);
  }

  /**
   * Returns this page with another icon.
   *
   * @param icon an emoji or {@code :material/name:}
   * @return the page with the icon
   */
  public Page withIcon(String icon) {
    return new Page(urlPath, title, Icon.of(icon), isDefault, visibility, externalUrl);
  }

  /**
   * Returns whether this page links to another site instead of being routed.
   *
   * @return whether this page links to another site instead of being routed
   */
  public boolean isExternal() {
    return externalUrl != null;
  }

  /**
   * Returns whether the page is listed in the menu.
   *
   * @return whether the page is listed in the menu
   */
  public boolean isVisible() {
    return visibility == Visibility.VISIBLE;
  }

  /**
   * Returns the url path, or the external URL for an external page: the page's identity.
   *
   * @return the url path, or the external URL for an external page: the page's identity
   */
  public String key() {
    return urlPath != null ? urlPath : String.valueOf(externalUrl);
  }

  private static String inferTitle(String urlPath) {
    String segment = urlPath.substring(urlPath.lastIndexOf('/') + 1);
    String spaced = segment.replace('_', ' ').replace('-', ' ').trim();
    String title = spaced.isEmpty() ? segment : spaced;
    return title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
  }

  private static URI parseExternal(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Invalid external URL '" + url + "': " + e.getReason() + ". " + EXTERNAL_FORM, e);
    }
  }

  private static final String EXTERNAL_FORM =
      "Use an absolute http or https URL without user name or password, such as"
          + " 'https://example.org/docs'.";

  private static void checkExternal(
      URI url, boolean isDefault, Visibility visibility, String title) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || url.getHost() == null
        || url.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Invalid external URL '" + url + "'. " + EXTERNAL_FORM);
    }
    if (isDefault) {
      throw new IllegalArgumentException(
          "External page '"
              + title
              + "' cannot be the default page: it is never routed."
              + " Mark a page with a url path as the default instead.");
    }
    if (visibility == Visibility.HIDDEN) {
      throw new IllegalArgumentException(
          "External page '"
              + title
              + "' cannot be hidden: it is only a menu entry."
              + " Leave it out of the navigation instead.");
    }
  }
}
