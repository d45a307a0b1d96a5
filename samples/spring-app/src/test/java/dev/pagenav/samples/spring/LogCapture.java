package dev.pagenav.samples.spring;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects every line the applications in this JVM log, while it is open. */
final class LogCapture implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root;

  LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  /** Returns the lines of a level, each as its logger's short name and formatted message. */
  List<String> lines(Level level) {
    List<String> lines = new ArrayList<>();
    synchronized (appender) {
      for (ILoggingEvent event : appender.list) {
        if (event.getLevel() == level) {
          String logger = event.getLoggerName();
          lines.add(
              logger.substring(logger.lastIndexOf('.') + 1) + ": " + event.getFormattedMessage());
        }
      }
    }
    return lines;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
