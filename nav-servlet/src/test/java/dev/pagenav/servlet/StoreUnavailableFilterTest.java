package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StoreUnavailableFilterTest {

  private final StoreUnavailableFilter filter = new StoreUnavailableFilter();
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final StringWriter body = new StringWriter();

  private FilterChain throwing(Exception thrown) throws Exception {
    FilterChain chain = mock(FilterChain.class);
    doThrow(thrown).when(chain).doFilter(any(ServletRequest.class), any(ServletResponse.class));
    when(response.getWriter()).thenReturn(new PrintWriter(body));
    return chain;
  }

  @Test
  void doFilterWhenStoreFailedInsideWrappedExceptionThenResetAndServiceUnavailable()
      throws Exception {
    FilterChain chain =
        throwing(new ServletException(new StoreUnavailableException("save a session")));

    filter.doFilter(request, response, chain);

    verify(response).reset();
    verify(response).setStatus(503);
    verify(response).setHeader("Retry-After", "5");
    assertThat(body.toString()).contains("session storage is failing");
  }

  @Test
  void doFilterWhenStoreFailedAfterCommitThenResponseLeftAlone() throws Exception {
    FilterChain chain = throwing(new StoreUnavailableException("save a session"));
    when(response.isCommitted()).thenReturn(true);

    filter.doFilter(request, response, chain);

    verify(response, never()).reset();
    verify(response, never()).setStatus(503);
  }

  @Test
  void doFilterWhenOtherFailureThenRethrown() throws Exception {
    FilterChain chain = throwing(new IllegalStateException("page bug"));

    assertThatThrownBy(() -> filter.doFilter(request, response, chain))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("page bug");
    verify(response, never()).reset();
  }
}
