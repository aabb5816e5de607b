package heldout.jobs.queue;

import java.io.Serializable;
import java.util.Map;

/** A unit of background work as it travels through the queue. */
public record JobMessage(String type, String owner, Map<String, String> params) implements Serializable {}
