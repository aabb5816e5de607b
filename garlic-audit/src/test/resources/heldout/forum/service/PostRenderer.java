package heldout.forum.service;

import heldout.forum.model.Post;
import java.util.List;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/** Turns posts into HTML fragments. */
public interface PostRenderer {
  String render(Post post);

  /** Renders several posts in order. */
  default String renderAll(List<Post> posts) {
    return posts.stream().map(this::render).collect(Collectors.joining("\n"));
  }

  /** The renderer for normal pages: every field encoded. */
  static PostRenderer escaping() {
    return post ->
        "<article><h3>" + Encode.forHtml(post.title()) + "</h3><p class=\"by\">" + Encode.forHtml(post.author()) + "</p><div>" + Encode.forHtml(post.body()) + "</div></article>";
  }

  /** The renderer of the moderators' raw view: shows the markup as posted. */
  static PostRenderer raw() {
    return post -> "<article><h3>" + post.title() + "</h3><pre>" + post.body() + "</pre></article>";
  }
}
