package dev.garlic.workspace.copy;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One task's private copy of a directory that is not a git repository.
 *
 * @param id the task id
 * @param origin the directory that was copied
 * @param path where the copy is ({@code <origin>/.garlic/copies/<id>})
 * @param created when it was copied
 * @param title free text ({@code ""} when none was given)
 */
public record TaskCopy(String id, Path origin, Path path, Instant created, String title) {}
