package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSessionStateStoreTest {

  private final HttpSessionStateStore store = new HttpSessionStateStore();
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpSession session = mock(HttpSession.class);

  @Test
  void loadWhenNoSessionThenEmptyAndNoSessionCreated() {
    assertThat(store.load(request)).isEmpty();

    verify(request, never()).getSession(true);
  }

  @Test
  void loadWhenSessionHoldsStateThenReadsOnlyPrefixedStrings() {
    when(request.getSession(false)).thenReturn(session);
    when(session.getAttributeNames())
        .thenReturn(
            Collections.enumeration(
                List.of("dev.pagenav.state.a", "other", "dev.pagenav.state.b")));
    when(session.getAttribute("dev.pagenav.state.a")).thenReturn("true");
    when(session.getAttribute("dev.pagenav.state.b")).thenReturn(42);

    assertThat(store.load(request)).isEqualTo(Map.of("a", "true"));
  }

  @Test
  void loadWhenPrefixedAttributeIsNoStringThenRemovesItAndLeavesOthers() {
    when(request.getSession(false)).thenReturn(session);
    when(session.getAttributeNames())
        .thenReturn(Collections.enumeration(List.of("dev.pagenav.state.b", "other")));
    when(session.getAttribute("dev.pagenav.state.b")).thenReturn(42);

    store.load(request);

    verify(session).removeAttribute("dev.pagenav.state.b");
    verify(session, never()).removeAttribute("other");
  }

  @Test
  void saveWhenValueThenOneAttributePerKey() {
    when(request.getSession(true)).thenReturn(session);

    store.save(request, "logged_in", "true");

    verify(session).setAttribute("dev.pagenav.state.logged_in", "true");
  }

  @Test
  void saveWhenRemovingWithoutSessionThenCreatesNone() {
    store.save(request, "logged_in", null);

    verify(request).getSession(false);
    verify(request, never()).getSession(true);
  }

  @Test
  void renewWhenSessionExistsThenChangesItsId() {
    when(request.getSession(false)).thenReturn(session);

    store.renew(request);

    verify(request).changeSessionId();
  }

  @Test
  void renewWhenNoSessionThenCreatesOne() {
    store.renew(request);

    verify(request).getSession(true);
    verify(request, never()).changeSessionId();
  }

  @Test
  void deleteWhenSessionExistsThenInvalidatesIt() {
    when(request.getSession(false)).thenReturn(session);

    store.delete(request);

    verify(session).invalidate();
  }
}
