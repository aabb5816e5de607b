package dev.garlic.index.rank;

import java.util.List;

/**
 * Bug reports written in the style of real issues against released open-source libraries, each with
 * the files a fix has to change (any of them counts as found). Some carry stack traces, some name a
 * method in prose, some only describe behaviour. Nothing in the locator knows these cases.
 */
final class LocateCases {

  static final String LANG = "org.apache.commons:commons-lang3:3.17.0";
  static final String TEXT = "org.apache.commons:commons-text:1.12.0";
  static final String JSOUP = "org.jsoup:jsoup:1.18.1";
  static final String COLLECTIONS = "org.apache.commons:commons-collections4:4.5.0";

  /** A task against one corpus and the files its fix changes. */
  record Case(String name, String corpus, String task, List<String> fixed) {}

  private LocateCases() {}

  static List<Case> all() {
    return List.of(
        new Case(
            "abbreviate trace",
            LANG,
            """
            abbreviate() throws for short widths instead of returning the marker
            java.lang.IllegalArgumentException: Minimum abbreviation width is 4
            \tat org.apache.commons.lang3.StringUtils.abbreviate(StringUtils.java:352)
            \tat org.apache.commons.lang3.StringUtils.abbreviate(StringUtils.java:300)
            \tat com.example.report.Summary.title(Summary.java:88)
            \tat com.example.report.SummaryTest.shortTitles(SummaryTest.java:31)
            """,
            List.of("org/apache/commons/lang3/StringUtils.java")),
        new Case(
            "createNumber prose",
            LANG,
            """
            NumberUtils.createNumber("0x80000000") throws NumberFormatException instead of
            returning a Long. Hex values just above Integer.MAX_VALUE should be promoted to Long
            like decimal ones are.
            """,
            List.of("org/apache/commons/lang3/math/NumberUtils.java")),
        new Case(
            "short class name trace",
            LANG,
            """
            getShortClassName fails on names of arrays of inner classes
            java.lang.StringIndexOutOfBoundsException: begin 0, end -1, length 3
            \tat java.base/java.lang.String.checkBoundsBeginEnd(String.java:4606)
            \tat java.base/java.lang.String.substring(String.java:2709)
            \tat org.apache.commons.lang3.ClassUtils.getShortClassName(ClassUtils.java:1030)
            \tat org.apache.commons.lang3.ClassUtils.getShortClassName(ClassUtils.java:950)
            \tat com.example.logging.Names.of(Names.java:14)
            """,
            List.of("org/apache/commons/lang3/ClassUtils.java")),
        new Case(
            "week year parsing, vague",
            LANG,
            """
            Parsing with FastDateFormat and the pattern "YYYY-ww" ignores the week number: every
            date comes back as the first of January. Formatting the same date works.
            """,
            List.of("org/apache/commons/lang3/time/FastDateParser.java")),
        new Case(
            "reflection toString recursion",
            LANG,
            """
            ToStringBuilder.reflectionToString overflows the stack for an object whose field
            points back to itself.
            java.lang.StackOverflowError
            \tat org.apache.commons.lang3.builder.ToStringStyle.appendDetail(ToStringStyle.java:1563)
            \tat org.apache.commons.lang3.builder.ToStringStyle.append(ToStringStyle.java:410)
            \tat org.apache.commons.lang3.builder.ToStringBuilder.append(ToStringBuilder.java:804)
            \tat org.apache.commons.lang3.builder.ReflectionToStringBuilder.appendFieldsIn(ReflectionToStringBuilder.java:660)
            \tat org.apache.commons.lang3.builder.ReflectionToStringBuilder.toString(ReflectionToStringBuilder.java:850)
            """,
            List.of(
                "org/apache/commons/lang3/builder/ReflectionToStringBuilder.java",
                "org/apache/commons/lang3/builder/ToStringStyle.java")),
        new Case(
            "random loops forever",
            LANG,
            """
            RandomStringUtils.random(5, 0, 10, true, false) never returns. There are no letters
            between code points 0 and 10, so it keeps drawing forever; it should throw an
            IllegalArgumentException instead.
            """,
            List.of("org/apache/commons/lang3/RandomStringUtils.java")),
        new Case(
            "period formatting, prose",
            LANG,
            """
            DurationFormatUtils.formatPeriod reports negative days when the end date falls in a
            shorter month than the start date, e.g. from January 31 to March 1.
            """,
            List.of("org/apache/commons/lang3/time/DurationFormatUtils.java")),
        new Case(
            "removeAll duplicate indices",
            LANG,
            """
            `ArrayUtils.removeAll(int[], int...)` removes the wrong elements when the same index
            is passed twice, e.g. removeAll(new int[] {1, 2, 3, 4}, 1, 1) drops 2 and 3.
            """,
            List.of("org/apache/commons/lang3/ArrayUtils.java")),
        new Case(
            "failing topic test",
            LANG,
            """
            StringUtilsSubstringTest.testMid_String fails after the last change
            org.opentest4j.AssertionFailedError: expected: <b> but was: <>
            \tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)
            \tat org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:182)
            \tat org.apache.commons.lang3.StringUtilsSubstringTest.testMid_String(StringUtilsSubstringTest.java:92)
            """,
            List.of("org/apache/commons/lang3/StringUtils.java")),
        new Case(
            "failing test, prose",
            TEXT,
            """
            CaseUtilsTest.testToCamelCase fails on Java 21 with a Turkish default locale: the
            dotless i shows up in the result.
            """,
            List.of("org/apache/commons/text/CaseUtils.java")),
        new Case(
            "wrap trace",
            TEXT,
            """
            WordUtils.wrap with a regex wrapOn throws when the text ends with the separator
            java.lang.StringIndexOutOfBoundsException: begin 12, end 10, length 10
            \tat java.base/java.lang.String.substring(String.java:2709)
            \tat org.apache.commons.text.WordUtils.wrap(WordUtils.java:816)
            \tat com.example.cli.Help.format(Help.java:52)
            """,
            List.of("org/apache/commons/text/WordUtils.java")),
        new Case(
            "nested default values",
            TEXT,
            """
            StringSubstitutor does not replace variables inside the default value of another
            variable: ${undefined:-${x}} stays as it is even with x defined and
            setEnableSubstitutionInVariables(true).
            """,
            List.of("org/apache/commons/text/StringSubstitutor.java")),
        new Case(
            "camel case, prose",
            TEXT,
            """
            toCamelCase("foo-bar", false) with '-' as delimiter gives "fooBar" as expected, but
            when no delimiters are given the first letter is capitalised even though
            capitalizeFirstLetter is false.
            """,
            List.of("org/apache/commons/text/CaseUtils.java")),
        new Case(
            "edit distance threshold, vague",
            TEXT,
            """
            The edit distance with a threshold returns -1 for an empty string compared with a
            string shorter than the threshold; without a threshold the distance is right.
            """,
            List.of("org/apache/commons/text/similarity/LevenshteinDistance.java")),
        new Case(
            "csv escaping, prose",
            TEXT,
            """
            Escaping a value for CSV does not quote it when it contains a carriage return only,
            so the file cannot be read back.
            """,
            List.of(
                "org/apache/commons/text/translate/CsvTranslators.java",
                "org/apache/commons/text/StringEscapeUtils.java")),
        new Case(
            "selector parse trace",
            JSOUP,
            """
            :has() with a child combinator cannot be parsed
            org.jsoup.select.Selector$SelectorParseException: Could not parse query 'div:has(> p)': unexpected token at '> p)'
            \tat org.jsoup.select.QueryParser.parse(QueryParser.java:184)
            \tat org.jsoup.select.QueryParser.parse(QueryParser.java:48)
            \tat org.jsoup.select.Selector.select(Selector.java:100)
            \tat org.jsoup.nodes.Element.select(Element.java:474)
            \tat com.example.scrape.Links.find(Links.java:40)
            """,
            List.of("org/jsoup/select/QueryParser.java")),
        new Case(
            "text of block elements",
            JSOUP,
            """
            Element.text() joins the text of adjacent <p> and <div> elements without a space, so
            "<p>One</p><p>Two</p>" gives "OneTwo".
            """,
            List.of("org/jsoup/nodes/Element.java")),
        new Case(
            "relative links, prose",
            JSOUP,
            """
            The Cleaner drops relative links even though preserveRelativeLinks(true) is set on the
            Safelist, when the document was parsed without a base URI.
            """,
            List.of("org/jsoup/safety/Safelist.java", "org/jsoup/safety/Cleaner.java")),
        new Case(
            "unclosed comment, vague",
            JSOUP,
            """
            Parsing HTML that ends inside an unclosed comment (<!-- and no end) loses the
            comment's text instead of keeping it as a comment node.
            """,
            List.of("org/jsoup/parser/TokeniserState.java")),
        new Case(
            "lru map trace",
            COLLECTIONS,
            """
            LRUMap fails after a value is put for a key that was just removed
            java.lang.IllegalStateException: Entry.next=null, data[removeIndex]=a=1 previous=null key=b value=2 size=2 maxSize=2
            \tat org.apache.commons.collections4.map.LRUMap.reuseMapping(LRUMap.java:494)
            \tat org.apache.commons.collections4.map.LRUMap.addMapping(LRUMap.java:245)
            \tat org.apache.commons.collections4.map.AbstractHashedMap.put(AbstractHashedMap.java:1320)
            \tat com.example.cache.Recent.remember(Recent.java:19)
            """,
            List.of("org/apache/commons/collections4/map/LRUMap.java")),
        new Case(
            "queue test, prose",
            COLLECTIONS,
            """
            CircularFifoQueueTest.testRemoveError is flaky: after removing from a full queue the
            next add overwrites the wrong slot.
            """,
            List.of("org/apache/commons/collections4/queue/CircularFifoQueue.java")),
        new Case(
            "equator collections, prose",
            COLLECTIONS,
            """
            CollectionUtils.isEqualCollection(a, b, equator) returns true for collections that
            differ when the Equator's hash is not consistent with its equate method.
            """,
            List.of("org/apache/commons/collections4/CollectionUtils.java")),
        new Case(
            "bag counts, vague",
            COLLECTIONS,
            """
            A HashBag returns a negative count for an element after removing more copies of it
            than it holds.
            """,
            List.of("org/apache/commons/collections4/bag/AbstractMapBag.java")));
  }
}
