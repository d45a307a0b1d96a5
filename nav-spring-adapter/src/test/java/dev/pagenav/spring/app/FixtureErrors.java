package dev.pagenav.spring.app;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A catch-all exception handler, as many applications have: it must not swallow switch page. */
@ControllerAdvice
public class FixtureErrors {

  @ExceptionHandler(Exception.class)
  ResponseEntity<String> any(Exception e) {
    return ResponseEntity.internalServerError().body("handled by the application");
  }
}
