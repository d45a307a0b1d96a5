package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemorySessionStateStoreTest {

  private static final Duration IDLE = Duration.ofMinutes(30);

  /** A clock that moves only when a test says so. */
  static final class TestClock extends Clock {
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
  void createWhenIdleTimeoutNotPositiveThenRejected() {
    assertThatThrownBy(() -> InMemorySessionStateStore.create(10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idleTimeout is PT0S; give a positive duration such as PT30M.");
  }
}
