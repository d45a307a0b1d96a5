package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.pagenav.servlet.StoreUnavailableException;
import java.io.NotSerializableException;
import java.net.ConnectException;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

class SessionRepositoryGuardTest {

  @SuppressWarnings("unchecked")
  private final SessionRepository<MapSession> store = mock(SessionRepository.class);

  private final SessionRepositoryGuard guard = new SessionRepositoryGuard("TestRepository");

  @SuppressWarnings("unchecked")
  private SessionRepository<MapSession> guarded() {
    ProxyFactory proxy = new ProxyFactory(store);
    proxy.addAdvice(guard);
    return (SessionRepository<MapSession>) proxy.getProxy();
  }

  @Test
  void findByIdWhenStoreFailsThenStoreUnavailableWithoutTheCause() {
    when(store.findById("id-1")).thenThrow(new QueryTimeoutException("down; id-1"));

    assertThatThrownBy(() -> guarded().findById("id-1"))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessage("The session store failed to load a session.")
        .hasNoCause();
    assertThat(guard.failing()).isTrue();
  }

  @Test
  void findByIdWhenStoreWorksAgainThenEpisodeEnds() {
    when(store.findById("id-1")).thenThrow(new QueryTimeoutException("down")).thenReturn(null);
    SessionRepository<MapSession> repository = guarded();
    assertThatThrownBy(() -> repository.findById("id-1"));

    repository.findById("id-1");

    assertThat(guard.failing()).isFalse();
  }

  @Test
  void findByIdWhenStoredSessionCannotBeDeserializedThenAbsentAndNoOutage() {
    when(store.findById("id-1"))
        .thenThrow(
            new IllegalStateException(
                "cannot deserialize", new SerializationFailedException("bad stream")));

    assertThat(guarded().findById("id-1")).isNull();
    assertThat(guard.failing()).isFalse();
  }

  @Test
  void findByIdWhenStoredSessionIsHalfWrittenThenAbsentAndNoOutage() {
    when(store.findById("id-1")).thenThrow(new IllegalStateException("creationTime missing"));

    assertThat(guarded().findById("id-1")).isNull();
    assertThat(guard.failing()).isFalse();
  }

  @Test
  void saveWhenAnotherRequestEndedTheSessionThenDropped() {
    MapSession session = new MapSession("id-1");
    doThrow(new IllegalStateException("Session was invalidated")).when(store).save(session);

    guarded().save(session);

    assertThat(guard.failing()).isFalse();
  }

  @Test
  void saveWhenSessionStillStoredThenFailurePassesThrough() {
    MapSession session = new MapSession("id-1");
    doThrow(new IllegalStateException("not serializable")).when(store).save(session);
    when(store.findById("id-1")).thenReturn(session);

    assertThatThrownBy(() -> guarded().save(session))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not serializable");
    assertThat(guard.failing()).isFalse();
  }

  @Test
  void outageWhenConnectionRefusedInsideAnotherExceptionThenTrue() {
    assertThat(SessionRepositoryGuard.outage(new IllegalStateException(new ConnectException())))
        .isTrue();
    assertThat(
            SessionRepositoryGuard.outage(
                new IllegalStateException(new NotSerializableException())))
        .isFalse();
  }

  @Test
  void createSessionWhenStoreIsFailingThenEpisodeGoesOn() {
    when(store.findById("id-1")).thenThrow(new QueryTimeoutException("down"));
    when(store.createSession()).thenReturn(new MapSession());
    SessionRepository<MapSession> repository = guarded();
    assertThatThrownBy(() -> repository.findById("id-1"));

    repository.createSession();

    assertThat(guard.failing()).isTrue();
  }

  @Test
  void guardedWhenRepositoryClassIsNotFinalThenProxyIsOfItsClass() {
    Object guarded = PageNavSessionConfiguration.guarded(new MapSessionRepository(new HashMap<>()));

    assertThat(guarded).isInstanceOf(MapSessionRepository.class);
  }
}
