package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.pagenav.servlet.StoreUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SaveFailureShieldTest {

  private final HttpServletResponse container = mock(HttpServletResponse.class);
  private final PrintWriter sessionWriter = mock(PrintWriter.class);
  private final StringWriter answer = new StringWriter();

  /** Stands for Spring Session's response, whose flush saves the session and fails. */
  private HttpServletResponse savingOnFlush() throws Exception {
    when(container.getWriter()).thenReturn(new PrintWriter(answer));
    doThrow(new StoreUnavailableException("save a session")).when(sessionWriter).flush();
    return new HttpServletResponseWrapper(container) {
      @Override
      public PrintWriter getWriter() {
        return sessionWriter;
      }
    };
  }

  @Test
  void flushWhenSaveFailsThenFailedAndContainerAnswersUnavailable() throws Exception {
    SaveFailureShield shield = new SaveFailureShield(savingOnFlush());

    shield.getWriter().write("<h1>Log in</h1>");
    shield.getWriter().flush();

    assertThat(shield.failed()).isTrue();
    verify(container).reset();
    verify(container).setStatus(503);
    assertThat(answer.toString()).contains("session storage is failing");
  }

  @Test
  void writeWhenSaveFailedBeforeThenDropped() throws Exception {
    SaveFailureShield shield = new SaveFailureShield(savingOnFlush());
    shield.getWriter().flush();

    shield.getWriter().write("rest of the page");
    shield.getWriter().flush();

    verify(sessionWriter, never()).write("rest of the page", 0, 16);
  }

  @Test
  void flushWhenSaveWorksThenNotFailed() throws Exception {
    SaveFailureShield shield = new SaveFailureShield(container);
    when(container.getWriter()).thenReturn(new PrintWriter(answer));

    shield.getWriter().write("page");
    shield.getWriter().flush();

    assertThat(shield.failed()).isFalse();
    assertThat(answer.toString()).isEqualTo("page");
  }
}
