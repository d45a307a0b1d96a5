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
 * Computing the session's navigation: a policy that builds it anew (pagenav's validation and
 * indexing included), and one that returns the navigation it returned for the last request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NavigationBenchmark {

  @Param({"10", "100", "1000"})
  int pages;

  private PageNav building;
  private PageNav unchanged;
  private final SessionState state = SessionState.empty();

  /** Builds both applications once per trial. */
  @Setup
  public void setUp() {
    GeneratedApp app = new GeneratedApp(pages);
    building = PageNav.builder(session -> app.navigation()).build();
    Navigation last = app.navigation();
    unchanged = PageNav.builder(session -> last).build();
  }

  /** The policy builds the navigation from the session's state. */
  @Benchmark
  public Navigation built() {
    return building.navigationFor(state);
  }

  /** The policy returns the navigation of the last request: nothing changed. */
  @Benchmark
  public Navigation unchanged() {
    return unchanged.navigationFor(state);
  }
}
