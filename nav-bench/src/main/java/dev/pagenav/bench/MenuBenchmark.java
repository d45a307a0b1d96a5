package dev.pagenav.bench;

import dev.pagenav.Menu;
import dev.pagenav.Navigation;
import dev.pagenav.Navigator;
import dev.pagenav.PageNav;
import dev.pagenav.SessionState;
import dev.pagenav.servlet.PageContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Rendering the session's menu as HTML and as JSON, from the navigation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MenuBenchmark {

  @Param({"10", "100"})
  int pages;

  private Navigator navigator;

  /** Builds the application and a navigator once per trial. */
  @Setup
  public void setUp() {
    Navigation navigation = new GeneratedApp(pages).navigation();
    navigator = PageNav.builder(session -> navigation).build().navigator(SessionState.empty(), "");
  }

  /** The menu model and its HTML. */
  @Benchmark
  public String html() {
    Menu menu = navigator.menu();
    return PageContext.menuHtml(menu);
  }

  /** The menu model and its JSON. */
  @Benchmark
  public String json() {
    return navigator.menu().toJson();
  }
}
