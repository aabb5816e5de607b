package heldout.bookshop.model;

/** Search criteria as the catalogue page sends them. */
public record BookQuery(String title, String author, String sortColumn, int page) {}
