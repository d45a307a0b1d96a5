package dev.pagenav.servlet.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a plain socket that sends the request target byte for byte, so
 * tests can send paths that other clients would normalise or refuse. It keeps one session cookie,
 * like a browser tab.
 */
public final class RawHttp {

  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public RawHttp(int port) {
    this.port = port;
  }

  /** One response: status, headers (names lower-cased) and body. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    public String location() {
      return header("location");
    }
  }

  public Response get(String target) throws IOException {
    return send("GET", target, Map.of(), "");
  }

  public Response post(String target, String origin) throws IOException {
    return send("POST", target, Map.of("Origin", origin), "");
  }

  /** Posts form fields, already URL-encoded, such as {@code role=admin&_csrf=...}. */
  public Response form(String target, String fields) throws IOException {
    return send(
        "POST", target, Map.of("Content-Type", "application/x-www-form-urlencoded"), fields);
  }

  public Response send(String method, String target, Map<String, String> headers, String body)
      throws IOException {
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    request.append("Connection: close\r\n");
    if (!cookies.isEmpty()) {
      request.append("Cookie: ").append(cookieHeader()).append("\r\n");
    }
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    if (content.length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      Response response = parse(socket.getInputStream().readAllBytes(), method);
      remember(response);
      return response;
    }
  }

  /** Returns the value of a cookie the server set, or null. */
  public String cookie(String name) {
    return cookies.get(name);
  }

  /** Sets a cookie, as replaying an old one would. */
  public void cookie(String name, String value) {
    cookies.put(name, value);
  }

  private String cookieHeader() {
    List<String> pairs = new ArrayList<>();
    cookies.forEach((name, value) -> pairs.add(name + "=" + value));
    return String.join("; ", pairs);
  }

  private void remember(Response response) {
    for (String setCookie : response.headers().getOrDefault("set-cookie", List.of())) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0");
      if (expired || value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private static Response parse(byte[] raw, String method) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("Incomplete response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      headers
          .computeIfAbsent(name, k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    if (!method.equals("HEAD") && encoding.stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(body);
    while (true) {
      String sizeLine = readLine(in);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(size));
      readLine(in);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
