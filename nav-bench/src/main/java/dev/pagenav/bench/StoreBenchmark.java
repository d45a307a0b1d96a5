package dev.pagenav.bench;

import dev.pagenav.servlet.HttpSessionStateStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** Loading and saving a small session state in the HttpSession store, as JSON per key. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StoreBenchmark {

  private final HttpSessionStateStore store = new HttpSessionStateStore();
  private MockHttpServletRequest request;

  /** Makes a session holding a role and a flag, and unrelated attributes beside them. */
  @Setup
  public void setUp() {
    request = new MockHttpServletRequest();
    MockHttpSession session = new MockHttpSession();
    request.setSession(session);
    store.save(request, "role", "\"admin\"");
    store.save(request, "logged_in", "true");
    session.setAttribute("SPRING_SECURITY_CONTEXT", "other");
  }

  /** Reads every state key of the session. */
  @Benchmark
  public Map<String, String> load() {
    return store.load(request);
  }

  /** Writes one state key. */
  @Benchmark
  public HttpSessionStateStore save() {
    store.save(request, "role", "\"user\"");
    return store;
  }
}
