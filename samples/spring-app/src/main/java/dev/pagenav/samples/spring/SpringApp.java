package dev.pagenav.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The role-based request manager on Spring Boot: logged out, the only page is "Log in"; a
 * requester, responder or admin gets the sections of that role. Listens on 127.0.0.1 (or {@code
 * HOST}) at the port in {@code PORT}, 8080 by default.
 */
@SpringBootApplication
public class SpringApp {

  /** Creates the application; Spring Boot does this. */
  public SpringApp() {}

  /**
   * Starts the sample.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(SpringApp.class, args);
  }
}
