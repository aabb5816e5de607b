package dev.garlic.protocol.finding;

import dev.garlic.protocol.Location;

/**
 * One step of a taint trace: where the value went and how ("read from request parameter \"id\"",
 * "concatenated into sql", "passed to OrderDao.find as argument 1", "executed by
 * Statement.executeQuery").
 *
 * @param location the source line of the step
 * @param description what happens to the tainted value there
 * @param code the source line itself, stripped, for reports
 */
public record TraceStep(Location location, String description, String code) {}
