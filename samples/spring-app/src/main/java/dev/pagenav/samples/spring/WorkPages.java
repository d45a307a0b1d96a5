package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.RoleNavigation.ADMIN_1;
import static dev.pagenav.samples.spring.RoleNavigation.ADMIN_2;
import static dev.pagenav.samples.spring.RoleNavigation.REQUEST_1;
import static dev.pagenav.samples.spring.RoleNavigation.REQUEST_2;
import static dev.pagenav.samples.spring.RoleNavigation.RESPOND_1;
import static dev.pagenav.samples.spring.RoleNavigation.RESPOND_2;

import dev.pagenav.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pages of the request, respond and admin sections. None checks the role: a page outside the
 * session's navigation never reaches its handler.
 */
@Controller
final class WorkPages {

  @GetMapping("/request-1")
  String request1(Model model) {
    return work(model, "Describe what you need, and a responder will pick it up.", REQUEST_2);
  }

  @PostMapping("/request-1")
  Page sendRequest() {
    return REQUEST_2; // post/redirect/get: a returned page is a 303 to it
  }

  @GetMapping("/request-2")
  String request2(Model model) {
    return work(model, "Your open requests: none waiting for an answer.", REQUEST_1);
  }

  @GetMapping("/respond-1")
  String respond1(Model model) {
    return work(model, "Requests waiting for a responder: the queue is empty.", RESPOND_2);
  }

  @GetMapping("/respond-2")
  String respond2(Model model) {
    return work(model, "Requests you answered this week: three, all closed.", RESPOND_1);
  }

  @GetMapping("/admin-1")
  String admin1(Model model) {
    return work(model, "Invite people and give them the requester or responder role.", ADMIN_2);
  }

  @GetMapping("/admin-2")
  String admin2(Model model) {
    return work(model, "Security events: no failed logins today.", ADMIN_1);
  }

  private static String work(Model model, String text, Page next) {
    model.addAttribute("text", text);
    model.addAttribute("next", next);
    return "work";
  }
}
