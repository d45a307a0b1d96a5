package dev.pagenav.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;

/** Serves pagenav's own stylesheet and icon font, never anything else from the class path. */
final class Resources {

  private static final String FOLDER = "resources/";
  private static final String LONG_LIVED = "public, max-age=31536000, immutable";

  private record Resource(String contentType, String cacheControl) {}

  private static final Map<String, Resource> KNOWN =
      Map.of(
          "pagenav.css", new Resource("text/css;charset=UTF-8", "public, max-age=3600"),
          "material-symbols-rounded.woff2", new Resource("font/woff2", LONG_LIVED),
          "LICENSE-material-symbols.txt",
              new Resource("text/plain;charset=UTF-8", "public, max-age=3600"));

  private Resources() {}

  static void serve(String name, String method, HttpServletResponse response) throws IOException {
    if (!Responses.readOnly(method, response)) {
      return;
    }
    Resource resource = KNOWN.get(name);
    URL url = resource == null ? null : Resources.class.getResource(FOLDER + name);
    if (url == null) {
      Responses.plain(response, 404, "Not found.");
      return;
    }
    URLConnection connection = url.openConnection();
    try (InputStream in = connection.getInputStream()) {
      response.setStatus(200);
      response.setContentType(resource.contentType());
      response.setContentLengthLong(connection.getContentLengthLong());
      response.setHeader("Cache-Control", resource.cacheControl());
      response.setHeader("X-Content-Type-Options", "nosniff");
      if (!method.equals("HEAD")) {
        in.transferTo(response.getOutputStream());
      }
    }
  }
}
