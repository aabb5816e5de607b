package dev.garlic.workspace.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real git repository in a temporary directory, with one commit of {@code a.txt}. */
final class TestRepository {

  final Path root;
  final GitCommand git;

  private TestRepository(Path root) {
    this.root = root;
    this.git = new GitCommand(root);
  }

  static TestRepository init(Path dir) throws IOException {
    TestRepository repo = new TestRepository(dir.toRealPath());
    repo.git.output("init", "-q", "-b", "main");
    configure(repo.git);
    repo.write("a.txt", "one\ntwo\nthree\n");
    repo.write("b.txt", "bee\n");
    repo.commitAll("initial");
    return repo;
  }

  /** Identity and signing set per repository, so the tests ignore the user's git config. */
  static void configure(GitCommand git) {
    git.output("config", "user.name", "Test");
    git.output("config", "user.email", "test@example.com");
    git.output("config", "commit.gpgsign", "false");
  }

  void write(String file, String text) throws IOException {
    write(root, file, text);
  }

  static void write(Path dir, String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  String read(String file) throws IOException {
    return Files.readString(root.resolve(file));
  }

  void commitAll(String message) {
    commitAll(git, message);
  }

  static void commitAll(GitCommand git, String message) {
    git.output("add", "-A");
    git.output("commit", "-q", "-m", message);
  }

  String head() {
    return git.output("rev-parse", "HEAD").strip();
  }

  String status() {
    return git.output("status", "--porcelain");
  }
}
