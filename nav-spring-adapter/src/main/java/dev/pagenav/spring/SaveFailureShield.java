package dev.pagenav.spring;

import dev.pagenav.servlet.StoreUnavailableException;
import dev.pagenav.servlet.StoreUnavailableFilter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * A response that keeps a failed session save away from the page writing it.
 *
 * <p>Spring Session saves the session when the response is committed, which a page triggers by
 * flushing or by writing past the buffer. Should that save fail, the page's template engine would
 * meet the failure and report it as its own. This response catches it instead, puts the 503 answer
 * in the container's response at once, drops whatever the page writes after it, and lets the page
 * finish; {@link #failed()} then tells the filter to end the request with a {@link
 * StoreUnavailableException}.
 */
final class SaveFailureShield extends HttpServletResponseWrapper {

  private volatile boolean failed;
  private @Nullable PrintWriter writer;
  private @Nullable ServletOutputStream stream;

  SaveFailureShield(HttpServletResponse response) {
    super(response);
  }

  /** Returns whether a session save failed while the page wrote its response. */
  boolean failed() {
    return failed;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer = new PrintWriter(new ShieldedWriter(super.getWriter()));
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new ShieldedStream(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public void flushBuffer() throws IOException {
    shielded(super::flushBuffer);
  }

  @Override
  public void sendError(int status) throws IOException {
    shielded(() -> super.sendError(status));
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    shielded(() -> super.sendError(status, message));
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    shielded(() -> super.sendRedirect(location));
  }

  private interface Output {
    void run() throws IOException;
  }

  /** Runs an output call unless a save failed before, and records a save that fails in it. */
  private void shielded(Output output) throws IOException {
    if (failed) {
      return;
    }
    try {
      output.run();
    } catch (StoreUnavailableException e) {
      failed = true;
      answerBeneathSessionWrapper();
    }
  }

  /**
   * Answers 503 on the container's own response, beneath Spring Session's wrapper, which would try
   * to save again: a page reached by a forward is sent by the container as soon as the forward
   * returns, before any filter could answer instead.
   */
  private void answerBeneathSessionWrapper() throws IOException {
    ServletResponse response = getResponse();
    while (response instanceof ServletResponseWrapper wrapper) {
      response = wrapper.getResponse();
    }
    if (response instanceof HttpServletResponse container && !container.isCommitted()) {
      StoreUnavailableFilter.answer(container);
    }
  }

  private final class ShieldedWriter extends Writer {

    private final Writer target;

    ShieldedWriter(Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      shielded(() -> target.write(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      shielded(() -> target.write(text, offset, length));
    }

    @Override
    public void flush() throws IOException {
      shielded(target::flush);
    }

    @Override
    public void close() throws IOException {
      shielded(target::close);
    }
  }

  private final class ShieldedStream extends ServletOutputStream {

    private final ServletOutputStream target;

    ShieldedStream(ServletOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      shielded(() -> target.write(b));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      shielded(() -> target.write(bytes, offset, length));
    }

    @Override
    public void flush() throws IOException {
      shielded(target::flush);
    }

    @Override
    public void close() throws IOException {
      shielded(target::close);
    }

    @Override
    public boolean isReady() {
      return target.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      target.setWriteListener(listener);
    }
  }
}
