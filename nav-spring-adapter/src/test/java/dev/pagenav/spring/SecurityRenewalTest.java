package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.pagenav.servlet.HttpSessionStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SecurityRenewalTest {

  private final MockHttpServletRequest request = new MockHttpServletRequest();
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @AfterEach
  void reset() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void renewWhenSessionExistsThenStrategyRenewsTheIdAndKeepsState() {
    request.getSession();
    String before = request.getSession().getId();
    SecurityRenewal store =
        new SecurityRenewal(
            new HttpSessionStateStore(), new ChangeSessionIdAuthenticationStrategy());
    store.save(request, "role", "\"admin\"");

    store.renew(request);

    assertThat(request.getSession().getId()).isNotEqualTo(before);
    assertThat(store.load(request)).containsEntry("role", "\"admin\"");
  }

  @Test
  void renewWhenSessionExistsThenStrategyGetsTheResponseAndAnAuthentication() {
    request.getSession();
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
    SessionAuthenticationStrategy strategy = mock(SessionAuthenticationStrategy.class);

    new SecurityRenewal(new HttpSessionStateStore(), strategy).renew(request);

    verify(strategy)
        .onAuthentication(any(AnonymousAuthenticationToken.class), eq(request), eq(response));
  }

  @Test
  void renewWhenNoSessionThenCreatesOneWithoutTheStrategy() {
    SessionAuthenticationStrategy strategy = mock(SessionAuthenticationStrategy.class);

    new SecurityRenewal(new HttpSessionStateStore(), strategy).renew(request);

    assertThat(request.getSession(false)).isNotNull();
    verifyNoInteractions(strategy);
  }
}
