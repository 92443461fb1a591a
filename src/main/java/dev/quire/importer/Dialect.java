package dev.quire.importer;

import java.util.Locale;

/**
 * The blog engines {@code quire import} reads, with how each writes math in Markdown: kramdown
 * reads {@code $$…$$} inside a paragraph as inline math and knows no {@code \(}; goldmark's
 * passthrough keeps {@code \(…\)} and {@code \[…\]} as written and {@code $$} is display.
 */
public enum Dialect {
    JEKYLL(false, "{% highlight", "{% endhighlight %}"),
    HUGO(true, "{{< highlight", "{{< /highlight >}}");

    /** Whether {@code $$…$$} in running text is display math (goldmark) rather than inline (kramdown). */
    final boolean inlineDoubleDollarIsDisplay;
    final String highlightOpen;
    final String highlightClose;

    Dialect(boolean inlineDoubleDollarIsDisplay, String highlightOpen, String highlightClose) {
        this.inlineDoubleDollarIsDisplay = inlineDoubleDollarIsDisplay;
        this.highlightOpen = highlightOpen;
        this.highlightClose = highlightClose;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
