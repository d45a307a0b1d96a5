package dev.pagenav;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded in-memory {@link SessionStateStore} keyed by random session ids, with idle expiry.
 *
 * <p>When full, creating a session evicts the one idle longest. It is safe for concurrent use:
 * creating and renewing sessions take one lock, reading and writing values take none. Ids are 128
 * random bits; the store never accepts an id it did not create, so a client cannot choose its own.
 *
 * <p>Note: state lives in this JVM only; use the host's replicated session for several instances.
 */
public final class InMemorySessionStateStore implements SessionStateStore<String> {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
  private final Object structure = new Object();
  private final int maxSessions;
  private final Duration idleTimeout;
  private final Clock clock;

  private static final class Entry {
    final Map<String, String> values = new ConcurrentHashMap<>();
    volatile Instant lastUsed;

    Entry(Instant now) {
      this.lastUsed = now;
    }
  }

  private InMemorySessionStateStore(int maxSessions, Duration idleTimeout, Clock clock) {
    if (maxSessions < 1) {
      throw new IllegalArgumentException(
          "maxSessions is " + maxSessions + "; allow at least 1 session.");
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException(
          "idleTimeout is " + idleTimeout + "; give a positive duration such as PT30M.");
    }
    this.maxSessions = maxSessions;
    this.idleTimeout = idleTimeout;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns a store.
   *
   * @param maxSessions how many sessions it holds at most, at least 1
   * @param idleTimeout how long a session may go unused before it expires, positive
   * @return the store
   * @throws IllegalArgumentException if a bound is not positive
   */
  public static InMemorySessionStateStore create(int maxSessions, Duration idleTimeout) {
    return new InMemorySessionStateStore(maxSessions, idleTimeout, Clock.systemUTC());
  }

  static InMemorySessionStateStore create(int maxSessions, Duration idleTimeout, Clock clock) {
    return new InMemorySessionStateStore(maxSessions, idleTimeout, clock);
  }

  /**
   * Creates an empty session.
   *
   * @return its id
   */
  public String newSession() {
    synchronized (structure) {
      Instant now = clock.instant();
      makeRoom(now);
      String id = newId();
      sessions.put(id, new Entry(now));
      return id;
    }
  }

  /**
   * Returns how many sessions are held, expired ones included until they are swept.
   *
   * @return how many sessions are held, expired ones included until they are swept
   */
  public int size() {
    return sessions.size();
  }

  @Override
  public Map<String, String> load(String session) {
    Entry entry = live(session);
    return entry == null ? Map.of() : Map.copyOf(entry.values);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the session does not exist or has expired; create one with
   *     {@link #newSession()}
   */
  @Override
  public void save(String session, String name, @Nullable String json) {
    Entry entry = live(session);
    if (entry == null) {
      throw new IllegalStateException(
          "No live session with that id; it expired or was never created. Create one with"
              + " newSession().");
    }
    if (json == null) {
      entry.values.remove(name);
    } else {
      entry.values.put(name, json);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>An unknown or expired session is renewed as a new empty one, evicting the session idle
   * longest when the store is full, as {@link #newSession()} does.
   */
  @Override
  public String renew(String session) {
    synchronized (structure) {
      Instant now = clock.instant();
      Entry entry = sessions.remove(session);
      if (entry == null || expired(entry, now)) {
        makeRoom(now);
        entry = new Entry(now);
      }
      entry.lastUsed = now;
      // The entry itself moves, so a save that looked it up under the old id still lands.
      String id = newId();
      sessions.put(id, entry);
      return id;
    }
  }

  @Override
  public void delete(String session) {
    sessions.remove(session);
  }

  private @Nullable Entry live(String session) {
    Entry entry = sessions.get(session);
    Instant now = clock.instant();
    if (entry == null || expired(entry, now)) {
      if (entry != null) {
        sessions.remove(session, entry);
      }
      return null;
    }
    entry.lastUsed = now;
    return entry;
  }

  private boolean expired(Entry entry, Instant now) {
    return entry.lastUsed.plus(idleTimeout).isBefore(now);
  }

  private void makeRoom(Instant now) {
    if (sessions.size() < maxSessions) {
      return;
    }
    sessions.entrySet().removeIf(e -> expired(e.getValue(), now));
    while (sessions.size() >= maxSessions) {
      sessions.entrySet().stream()
          .min(Comparator.comparing(e -> e.getValue().lastUsed))
          .ifPresent(oldest -> sessions.remove(oldest.getKey(), oldest.getValue()));
    }
  }

  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
