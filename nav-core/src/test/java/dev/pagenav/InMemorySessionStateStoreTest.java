package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemorySessionStateStoreTest {

  private static final Duration IDLE = Duration.ofMinutes(30);

  /** A clock that moves only when a test says so. */
  static class TestClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private final InMemorySessionStateStore store = InMemorySessionStateStore.create(3, IDLE, clock);

  @Test
  void newSessionWhenCalledThenDistinctUnguessableIds() {
    String first = store.newSession();

    String second = store.newSession();

    assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{22}");
    assertThat(store.load(first)).isEmpty();
  }

  @Test
  void saveWhenValueGivenThenLoaded() {
    String id = store.newSession();

    store.save(id, "role", "\"admin\"");
    store.save(id, "logged_in", "true");

    assertThat(store.load(id))
        .containsOnly(
            java.util.Map.entry("role", "\"admin\""), java.util.Map.entry("logged_in", "true"));
  }

  @Test
  void saveWhenJsonNullThenKeyRemoved() {
    String id = store.newSession();
    store.save(id, "role", "\"admin\"");

    store.save(id, "role", null);

    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void saveWhenUnknownIdThenRejected() {
    assertThatThrownBy(() -> store.save("chosen-by-client", "role", "\"admin\""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "No live session with that id; it expired or was never created. Create one with"
                + " newSession().");
  }

  @Test
  void loadWhenUnknownIdThenEmpty() {
    assertThat(store.load("chosen-by-client")).isEmpty();
  }

  @Test
  void renewWhenLiveThenStateMovesToNewIdAndOldIdIsGone() {
    String old = store.newSession();
    store.save(old, "role", "\"admin\"");

    String renewed = store.renew(old);

    assertThat(renewed).isNotEqualTo(old);
    assertThat(store.load(renewed)).containsEntry("role", "\"admin\"");
    assertThat(store.load(old)).isEmpty();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void renewWhenOldIdUsedAfterwardsThenSaveRejected() {
    String old = store.newSession();
    store.renew(old);

    assertThatThrownBy(() -> store.save(old, "role", "\"admin\""))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void renewWhenExpiredThenNewSessionIsEmpty() {
    String old = store.newSession();
    store.save(old, "role", "\"admin\"");
    clock.advance(IDLE.plusSeconds(1));

    String renewed = store.renew(old);

    assertThat(store.load(renewed)).isEmpty();
  }

  @Test
  void renewWhenStoreFullOfOtherSessionsThenStaysWithinBound() {
    String oldest = store.newSession();
    clock.advance(Duration.ofMinutes(1));
    store.newSession();
    store.newSession();

    String renewed = store.renew("unknown-id");

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.load(renewed)).isEmpty();
    assertThatThrownBy(() -> store.save(oldest, "a", "1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void deleteWhenCalledThenStateGone() {
    String id = store.newSession();
    store.save(id, "role", "\"admin\"");

    store.delete(id);

    assertThat(store.load(id)).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void loadWhenIdleLongerThanTimeoutThenExpiredAndRemoved() {
    String id = store.newSession();
    store.save(id, "role", "\"admin\"");
    clock.advance(IDLE.plusSeconds(1));

    assertThat(store.load(id)).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void loadWhenIdleExactlyTimeoutThenStillLive() {
    String id = store.newSession();
    store.save(id, "role", "\"admin\"");
    clock.advance(IDLE);

    assertThat(store.load(id)).containsEntry("role", "\"admin\"");
  }

  @Test
  void loadWhenUsedWithinTimeoutThenIdleTimeRestarts() {
    String id = store.newSession();
    store.save(id, "role", "\"admin\"");
    clock.advance(IDLE.minusMinutes(1));
    store.load(id);

    clock.advance(IDLE.minusMinutes(1));

    assertThat(store.load(id)).containsEntry("role", "\"admin\"");
  }

  @Test
  void saveWhenExpiredThenRejected() {
    String id = store.newSession();
    clock.advance(IDLE.plusSeconds(1));

    assertThatThrownBy(() -> store.save(id, "role", "\"admin\""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No live session with that id;");
  }

  @Test
  void newSessionWhenFullThenEvictsLongestIdle() {
    String first = store.newSession();
    clock.advance(Duration.ofMinutes(1));
    String second = store.newSession();
    clock.advance(Duration.ofMinutes(1));
    String third = store.newSession();
    clock.advance(Duration.ofMinutes(1));
    store.load(first);

    String fourth = store.newSession();

    assertThat(store.size()).isEqualTo(3);
    assertThatThrownBy(() -> store.save(second, "a", "1"))
        .isInstanceOf(IllegalStateException.class);
    store.save(first, "a", "1");
    store.save(third, "a", "1");
    store.save(fourth, "a", "1");
  }

  @Test
  void newSessionWhenFullWithExpiredSessionsThenSweepsThemFirst() {
    store.newSession();
    store.newSession();
    clock.advance(Duration.ofMinutes(10));
    String live = store.newSession();
    clock.advance(IDLE.minusMinutes(5));

    store.newSession();

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.load(live)).isEmpty();
    store.save(live, "a", "1");
  }

  @Test
  void createWhenMaxSessionsBelowOneThenRejected() {
    assertThatThrownBy(() -> InMemorySessionStateStore.create(0, IDLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSessions is 0; allow at least 1 session.");
  }

  @Test
  void createWhenMaxSessionsOneThenKeepsOneSession() {
    InMemorySessionStateStore single = InMemorySessionStateStore.create(1, IDLE, clock);
    String id = single.newSession();

    single.save(id, "role", "\"admin\"");

    assertThat(single.load(id)).containsOnly(Map.entry("role", "\"admin\""));
  }

  @Test
  void createWhenIdleTimeoutNotPositiveThenRejected() {
    assertThatThrownBy(() -> InMemorySessionStateStore.create(10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idleTimeout is PT0S; give a positive duration such as PT30M.");
  }

  @Test
  void newSessionWhenCalledConcurrentlyThenStaysWithinTheBound() throws Exception {
    InMemorySessionStateStore shared = InMemorySessionStateStore.create(4, IDLE);
    CyclicBarrier start = new CyclicBarrier(16);
    List<Thread> threads = new ArrayList<>();

    for (int i = 0; i < 16; i++) {
      threads.add(startThread(() -> awaitThen(start, shared::newSession)));
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(shared.size()).isLessThanOrEqualTo(4);
  }

  @Test
  void saveWhenRacingWithRenewThenTheChangeMovesWithTheSession() throws Exception {
    CountDownLatch saverLookedUp = new CountDownLatch(1);
    CountDownLatch renewed = new CountDownLatch(1);
    PausingClock pausing = new PausingClock("saver", saverLookedUp, renewed);
    InMemorySessionStateStore racy = InMemorySessionStateStore.create(3, IDLE, pausing);
    String id = racy.newSession();
    Thread saver = new Thread(() -> racy.save(id, "cart", "[1]"), "saver");

    saver.start();
    saverLookedUp.await(5, TimeUnit.SECONDS);
    String renewedId = racy.renew(id);
    renewed.countDown();
    saver.join();

    assertThat(racy.load(renewedId)).isEqualTo(Map.of("cart", "[1]"));
  }

  private static Thread startThread(Runnable action) {
    Thread thread = new Thread(action);
    thread.start();
    return thread;
  }

  private static void awaitThen(CyclicBarrier start, Runnable action) {
    try {
      start.await(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    action.run();
  }

  /** A clock that holds one named thread inside its first reading until released. */
  private static final class PausingClock extends TestClock {

    private final String thread;
    private final CountDownLatch reached;
    private final CountDownLatch release;

    PausingClock(String thread, CountDownLatch reached, CountDownLatch release) {
      this.thread = thread;
      this.reached = reached;
      this.release = release;
    }

    @Override
    public Instant instant() {
      if (Thread.currentThread().getName().equals(thread) && reached.getCount() > 0) {
        reached.countDown();
        try {
          release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.instant();
    }
  }
}
