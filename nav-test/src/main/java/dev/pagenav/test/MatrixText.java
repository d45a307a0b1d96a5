package dev.pagenav.test;

import dev.pagenav.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The access matrix written out: Markdown, HTML and JSON. */
final class MatrixText {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private MatrixText() {}

  static String markdown(AccessMatrix matrix) {
    StringBuilder text = new StringBuilder("| page |");
    matrix
        .personas()
        .forEach(persona -> text.append(' ').append(cell(persona.name())).append(" |"));
    text.append("\n|---|");
    matrix.personas().forEach(persona -> text.append("---|"));
    text.append('\n');
    for (Page page : matrix.pages()) {
      text.append("| ").append(pageCell(page)).append(" |");
      for (Persona persona : matrix.personas()) {
        text.append(' ').append(matrix.access(persona.name(), page.urlPath()).label()).append(" |");
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Returns a page's first cell, such as {@code Bug reports (`bugs`)}; the url path is the key. */
  static String pageCell(Page page) {
    return cell(page.title()) + " (`" + page.urlPath() + "`)";
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  static String html(AccessMatrix matrix) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Access matrix</title><style>"
        + "body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}"
        + "table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.4rem .8rem}"
        + "thead th{background:#f6f8fa}td{text-align:center}"
        + "th[scope=row],caption{text-align:left}caption{padding:.4rem 0}"
        + ".default{background:#dafbe1;font-weight:600}.yes{background:#dafbe1}"
        + ".hidden{background:#fff8c5}.no{color:#59636e}code{font-size:.9em}"
        + "</style></head><body><main><h1>Access matrix</h1>"
        + table(matrix)
        + "</main></body></html>\n";
  }

  static String table(AccessMatrix matrix) {
    StringBuilder html = new StringBuilder(2048);
    html.append("<table class=\"pagenav-access\"><caption>Who reaches which page: default, yes,")
        .append(" hidden (by link only) or no</caption><thead><tr><th scope=\"col\">Page</th>");
    matrix
        .personas()
        .forEach(
            persona ->
                html.append("<th scope=\"col\">").append(escape(persona.name())).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (Page page : matrix.pages()) {
      html.append("<tr><th scope=\"row\">")
          .append(escape(page.title()))
          .append(" <code>")
          .append(escape(page.urlPath()))
          .append("</code></th>");
      for (Persona persona : matrix.personas()) {
        String label = matrix.access(persona.name(), page.urlPath()).label();
        html.append("<td class=\"").append(label).append("\">").append(label).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  static String json(AccessMatrix matrix) {
    List<Map<String, Object>> pages = new ArrayList<>();
    for (Page page : matrix.pages()) {
      Map<String, String> access = new LinkedHashMap<>();
      matrix
          .personas()
          .forEach(
              persona ->
                  access.put(
                      persona.name(), matrix.access(persona.name(), page.urlPath()).label()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("urlPath", page.urlPath());
      row.put("title", page.title());
      row.put("access", access);
      pages.add(row);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("personas", matrix.personas().stream().map(Persona::name).toList());
    document.put("pages", pages);
    return JSON.writeValueAsString(document);
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
