package dev.garlic.workspace;

import java.nio.file.Path;

/**
 * A file of the workspace that Garlic indexes.
 *
 * @param absolutePath where it is on disk
 * @param path its path relative to the workspace root, with {@code /} separators
 * @param language its language
 * @param size its size in bytes when walked
 * @param lastModifiedMillis its modification time when walked
 */
public record SourceFile(
    Path absolutePath, String path, Language language, long size, long lastModifiedMillis) {}
