package dev.pagenav;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The pages a session may reach, grouped in sections, with where and how the menu is shown.
 *
 * <p>A navigation is validated when built: it has at least one page, at most one default page, and
 * unique url paths. Without an explicit default, the first routable page is the default.
 *
 * <pre>{@code
 * Navigation nav = Navigation.builder()
 *     .section("Account", logout)
 *     .section("Reports", dashboard, bugs, alerts)
 *     .position(MenuPosition.TOP)
 *     .build();
 * }</pre>
 */
public final class Navigation {

  /** The value of {@link #expanded()} when every item is shown. */
  public static final int ALL = Integer.MAX_VALUE;

  /** How many recently built navigations {@link Builder#build()} remembers. */
  private static final int RECENT_CAPACITY = 64;

  private static final Map<Shape, Navigation> RECENT = new ConcurrentHashMap<>();

  private final List<Section> sections;
  private final MenuPosition position;
  private final int expanded;
  private final List<Page> routableInOrder;
  private final Page defaultPage;
  private final Map<String, RoutingDecision> routes;
  private final RoutingDecision rootRoute;

  /** The routes keyed by request path for the mount point last asked for; see {@link #route}. */
  private volatile MountedRoutes mounted;

  private Navigation(Shape shape) {
    this.sections = shape.sections;
    this.position = shape.position;
    this.expanded = shape.expanded;
    List<String> problems = new ArrayList<>();
    List<Page> inOrder = new ArrayList<>();
    Map<String, Page> seen = new HashMap<>();
    for (Section section : sections) {
      for (Page page : section.pages()) {
        Page previous = seen.putIfAbsent(page.key(), page);
        if (previous != null) {
          problems.add(duplicate(previous, page));
        } else if (!page.isExternal()) {
          inOrder.add(page);
        }
      }
    }
    Page chosen = chooseDefault(inOrder, problems);
    if (chosen == null || !problems.isEmpty()) {
      throw new InvalidNavigationException(problems);
    }
    this.routableInOrder = List.copyOf(inOrder);
    this.defaultPage = chosen;
    Map<String, RoutingDecision> byUrlPath = new HashMap<>();
    for (Page page : inOrder) {
      byUrlPath.put(
          page.urlPath(), RoutingDecision.render(page, this, false, "page in the navigation"));
    }
    this.routes = byUrlPath;
    this.rootRoute = RoutingDecision.render(chosen, this, true, "default page at the root");
    this.mounted = MountedRoutes.of("", byUrlPath);
  }

  /**
   * The render decisions of a navigation keyed by request path under one mount point, such as
   * {@code /app/reports/bugs}: routing looks a request path up as it is, cutting nothing out of it.
   */
  private record MountedRoutes(String mount, Map<String, RoutingDecision> byPath) {

    static MountedRoutes of(String mount, Map<String, RoutingDecision> byUrlPath) {
      Map<String, RoutingDecision> byPath = new HashMap<>();
      byUrlPath.forEach((urlPath, route) -> byPath.put(mount + "/" + urlPath, route));
      return new MountedRoutes(mount, byPath);
    }
  }

  private static String duplicate(Page first, Page second) {
    return "Pages '"
        + first.title()
        + "' and '"
        + second.title()
        + "' share the url path '"
        + first.key()
        + "'. Give each page its own url path.";
  }

  private static @Nullable Page chooseDefault(List<Page> routable, List<String> problems) {
    List<Page> defaults = routable.stream().filter(Page::isDefault).toList();
    if (routable.isEmpty()) {
      problems.add(
          "It has no routable page. Add at least one page with a url path; external links alone"
              + " cannot be served.");
      return null;
    }
    if (defaults.size() > 1) {
      problems.add(
          "It has "
              + defaults.size()
              + " default pages ("
              + String.join(", ", defaults.stream().map(p -> "'" + p.key() + "'").toList())
              + "). Mark at most one page with asDefault().");
    }
    return defaults.isEmpty() ? routable.get(0) : defaults.get(0);
  }

  /**
   * Returns a navigation of pages in one section without a header, with a sidebar menu.
   *
   * @param pages the pages, in menu order
   * @return the navigation
   * @throws InvalidNavigationException if the pages are not a valid navigation
   */
  public static Navigation of(Page... pages) {
    return builder().section("", pages).build();
  }

  /**
   * Returns a navigation of sections, with a sidebar menu.
   *
   * @param sections the sections, in menu order
   * @return the navigation
   * @throws InvalidNavigationException if the sections are not a valid navigation
   */
  public static Navigation of(Section... sections) {
    Builder builder = builder();
    for (Section section : sections) {
      builder.section(section);
    }
    return builder.build();
  }

  /**
   * Returns a builder for a navigation with more options.
   *
   * @return a builder for a navigation with more options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the sections, in menu order.
   *
   * @return the sections, in menu order
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * Returns where the menu is shown.
   *
   * @return where the menu is shown
   */
  public MenuPosition position() {
    return position;
  }

  /**
   * Returns how many menu items show before a "View more" toggle, or {@link #ALL}.
   *
   * @return how many menu items show before a "View more" toggle, or {@link #ALL}
   */
  public int expanded() {
    return expanded;
  }

  /**
   * Returns the page served at the root.
   *
   * @return the page served at the root
   */
  public Page defaultPage() {
    return defaultPage;
  }

  /**
   * Returns every page that can be routed to, visible or hidden, in menu order.
   *
   * @return every page that can be routed to, visible or hidden, in menu order
   */
  public List<Page> routablePages() {
    return routableInOrder;
  }

  /**
   * Finds the routable page at a url path.
   *
   * @param urlPath a url path without leading or trailing {@code /}
   * @return the page, or empty when the path is not in this navigation
   */
  public Optional<Page> find(String urlPath) {
    RoutingDecision route = routes.get(urlPath);
    return route == null ? Optional.empty() : Optional.ofNullable(route.page());
  }

  /**
   * Returns the decision that renders the page at a request path, or null.
   *
   * @param path a canonical request path within the context, such as {@code /app/reports/bugs}
   * @param mount the mount point it is under, empty or such as {@code /app}
   */
  @Nullable RoutingDecision route(String path, String mount) {
    MountedRoutes known = mounted;
    if (!known.mount().equals(mount)) {
      known = MountedRoutes.of(mount, routes);
      mounted = known;
    }
    return known.byPath().get(path);
  }

  /** Returns the decision that renders the default page at the root. */
  RoutingDecision rootRoute() {
    return rootRoute;
  }

  /**
   * Returns whether a page with the same url path is routable in this navigation.
   *
   * @param page the page
   * @return whether a page with the same url path is routable in this navigation
   */
  public boolean contains(Page page) {
    return !page.isExternal() && routes.containsKey(page.urlPath());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Navigation that
        && sections.equals(that.sections)
        && position == that.position
        && expanded == that.expanded;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sections, position, expanded);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Navigation[").append(position);
    for (Section section : sections) {
      text.append(", '").append(section.label()).append("': ");
      text.append(section.pages().stream().map(Page::key).toList());
    }
    return text.append(", default '").append(defaultPage.key()).append("']").toString();
  }

  /** Builds a {@link Navigation}; {@link #build()} validates everything at once. */
  public static final class Builder {

    private final List<Section> sections = new ArrayList<>();
    private MenuPosition position = MenuPosition.SIDEBAR;
    private int expanded = ALL;

    private Builder() {}

    /**
     * Adds a section.
     *
     * @param label the header; empty for none
     * @param pages the pages, in menu order
     * @return this builder
     */
    public Builder section(String label, Page... pages) {
      return section(Section.of(label, pages));
    }

    /**
     * Adds a section.
     *
     * @param section the section
     * @return this builder
     */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Sets where the menu is shown; the default is {@link MenuPosition#SIDEBAR}.
     *
     * @param position the position
     * @return this builder
     */
    public Builder position(MenuPosition position) {
      this.position = Objects.requireNonNull(position, "position");
      return this;
    }

    /**
     * Shows only the first items of the menu, the rest behind a "View N more" toggle.
     *
     * @param items how many items to show, at least 1
     * @return this builder
     * @throws IllegalArgumentException if items is less than 1
     */
    public Builder expanded(int items) {
      if (items < 1) {
        throw new IllegalArgumentException(
            "expanded(" + items + ") must show at least 1 item; use expandedAll() to show all.");
      }
      this.expanded = items;
      return this;
    }

    /**
     * Shows every menu item, the default.
     *
     * @return this builder
     */
    public Builder expandedAll() {
      this.expanded = ALL;
      return this;
    }

    /**
     * Builds and validates the navigation.
     *
     * <p>Building a navigation of the same page objects, section labels and settings as one built
     * recently returns that navigation again, without validating and indexing it anew, so a policy
     * may build its navigation on every request at little cost. Declare pages once, as constants,
     * for this to apply.
     *
     * @return the navigation
     * @throws InvalidNavigationException listing every problem found
     */
    public Navigation build() {
      Shape shape = new Shape(List.copyOf(sections), position, expanded);
      Navigation known = RECENT.get(shape);
      if (known != null) {
        return known;
      }
      Navigation built = new Navigation(shape);
      if (RECENT.size() >= RECENT_CAPACITY) {
        RECENT.clear();
      }
      Navigation raced = RECENT.putIfAbsent(shape, built);
      return raced != null ? raced : built;
    }
  }

  /**
   * What a navigation is built from, compared by the identity of its pages: two shapes with the
   * same page objects, equal labels and equal settings make equal navigations. Pages are immutable,
   * so identity is a safe and cheap stand-in for equality.
   */
  private static final class Shape {

    private final List<Section> sections;
    private final MenuPosition position;
    private final int expanded;
    private final int hash;

    Shape(List<Section> sections, MenuPosition position, int expanded) {
      this.sections = sections;
      this.position = position;
      this.expanded = expanded;
      // Each section's label, size and first and last page: enough to tell navigations apart
      // cheaply; equals compares every page.
      int h = 31 * position.hashCode() + expanded;
      for (Section section : sections) {
        List<Page> pages = section.pages();
        h = 31 * h + section.label().hashCode();
        h = 31 * h + pages.size();
        if (!pages.isEmpty()) {
          h = 31 * h + System.identityHashCode(pages.get(0));
          h = 31 * h + System.identityHashCode(pages.get(pages.size() - 1));
        }
      }
      this.hash = h;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Shape that
          && hash == that.hash
          && position == that.position
          && expanded == that.expanded
          && sameSections(that.sections);
    }

    private boolean sameSections(List<Section> others) {
      if (sections.size() != others.size()) {
        return false;
      }
      for (int i = 0; i < sections.size(); i++) {
        List<Page> pages = sections.get(i).pages();
        List<Page> otherPages = others.get(i).pages();
        if (!sections.get(i).label().equals(others.get(i).label())
            || pages.size() != otherPages.size()) {
          return false;
        }
        for (int j = 0; j < pages.size(); j++) {
          if (pages.get(j) != otherPages.get(j)) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
