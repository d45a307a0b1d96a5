package dev.pagenav.bench;

import dev.pagenav.Navigation;
import dev.pagenav.PageNav;
import dev.pagenav.SessionState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Computing the session's navigation: a policy that builds a navigation of pages never seen before
 * (pagenav's validation and indexing included), one that builds an equal navigation of the same
 * declared pages as on the last request, the common case, and one that returns the very same
 * instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NavigationBenchmark {

  /** More distinct applications than pagenav remembers navigations, so each build is new. */
  private static final int DISTINCT = 65;

  @Param({"10", "100", "1000"})
  int pages;

  private PageNav building;
  private PageNav rebuilding;
  private PageNav same;
  private final SessionState state = SessionState.empty();

  /** Builds the applications once per trial. */
  @Setup
  public void setUp() {
    GeneratedApp[] apps = new GeneratedApp[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      apps[i] = new GeneratedApp(pages);
    }
    int[] next = {0};
    building = PageNav.builder(session -> apps[next[0]++ % DISTINCT].navigation()).build();
    GeneratedApp app = apps[0];
    rebuilding = PageNav.builder(session -> app.navigation()).build();
    Navigation last = app.navigation();
    same = PageNav.builder(session -> last).build();
  }

  /** The policy builds a navigation of pages pagenav has not seen: validated and indexed. */
  @Benchmark
  public Navigation built() {
    return building.navigationFor(state);
  }

  /** The policy builds the same navigation as for the last request, from the declared pages. */
  @Benchmark
  public Navigation rebuiltEqual() {
    return rebuilding.navigationFor(state);
  }

  /** The policy returns the very navigation object of the last request. */
  @Benchmark
  public Navigation sameInstance() {
    return same.navigationFor(state);
  }
}
