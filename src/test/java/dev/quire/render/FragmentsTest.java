package dev.quire.render;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.html.HtmlContent;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FragmentsTest {
    @Test
    void aFragmentIsRenderedOnceAndWrittenAsItWasEachTime() {
        Fragments fragments = new Fragments();
        AtomicInteger renders = new AtomicInteger();
        HtmlContent row = out -> {
            renders.incrementAndGet();
            out.writeContent("<li>");
            out.setContext("li", null);
            out.writeUserContent("Warmup & Adam — “stable”");
            out.writeContent("</li>");
        };
        StringOutput first = new StringOutput();
        fragments.once("row:warmup", row).writeTo(new OwaspHtmlTemplateOutput(first));
        StringOutput second = new StringOutput();
        fragments.once("row:warmup", row).writeTo(new OwaspHtmlTemplateOutput(second));
        fragments.once("row:other", row).writeTo(new OwaspHtmlTemplateOutput(new StringOutput()));

        assertThat(first.toString()).isEqualTo("<li>Warmup &amp; Adam — “stable”</li>");
        assertThat(second.toString()).isEqualTo(first.toString());
        assertThat(renders).hasValue(2);
    }
}
