package dev.pagenav.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in this JVM, so none can rot unnoticed. It measures
 * nothing: full runs are made by hand, as {@code docs/benchmarks.md} says.
 */
class BenchmarksSmokeTest {

  @Test
  void benchmarksWhenRunOnceThenEachGivesAResult() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("dev\\.pagenav\\.bench\\..*")
            .param("pages", "10")
            .param("target", "middle", "malformed")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(20))
            .shouldFailOnError(true)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    assertThat(results)
        .extracting(result -> result.getParams().getBenchmark())
        .contains(
            "dev.pagenav.bench.DecisionBenchmark.pagenav",
            "dev.pagenav.bench.DecisionBenchmark.pagenavNewRequest",
            "dev.pagenav.bench.DecisionBenchmark.springSecurity",
            "dev.pagenav.bench.DecisionBenchmark.hashMapFloor",
            "dev.pagenav.bench.NavigationBenchmark.built",
            "dev.pagenav.bench.NavigationBenchmark.rebuiltEqual",
            "dev.pagenav.bench.NavigationBenchmark.sameInstance",
            "dev.pagenav.bench.MenuBenchmark.html",
            "dev.pagenav.bench.MenuBenchmark.json",
            "dev.pagenav.bench.StoreBenchmark.load",
            "dev.pagenav.bench.StoreBenchmark.save");
  }
}
