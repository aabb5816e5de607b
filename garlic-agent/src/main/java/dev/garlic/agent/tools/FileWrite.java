package dev.garlic.agent.tools;

/**
 * What {@code write_file} did.
 *
 * @param path the file, relative to the workspace root
 * @param created whether the file is new (otherwise it was replaced)
 * @param lines how many lines it now has
 * @param bytes how many bytes it now has
 */
public record FileWrite(String path, boolean created, int lines, long bytes) {

  String text() {
    return (created ? "created " : "replaced ") + path + " (" + lines + " lines)\n";
  }
}
