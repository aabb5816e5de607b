package heldout.forum.model;

/** A forum post as stored. */
public record Post(long id, String author, String title, String body) {}
