package dev.quire.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    record Note(String title, int words, List<String> tags) {
    }

    record Body(@RecordCodec.Omitted String text, String lead, Note note) {
    }

    record Count(@RecordCodec.Shared String term, int count) {
    }

    record Counts(List<Count> counts) {
    }

    @Test
    void aSharedComponentDecodesEachValueOnceForAllRecords() {
        RecordCodec<Counts> codec = RecordCodec.of(Counts.class);
        Counts first = codec.decode(codec.encode(new Counts(List.of(new Count("warmup", 3), new Count("adam", 1))))).orElseThrow();
        Counts second = codec.decode(codec.encode(new Counts(List.of(new Count("adam", 2))))).orElseThrow();
        assertThat(second.counts().get(0)).isEqualTo(new Count("adam", 2));
        assertThat(second.counts().get(0).term()).isSameAs(first.counts().get(1).term());
    }

    @Test
    void aRecordReadsBackEqual() {
        RecordCodec<Note> codec = RecordCodec.of(Note.class);
        Note note = new Note("Warmup", 230, List.of("optimization", "adam"));
        assertThat(codec.decode(codec.encode(note))).contains(note);
    }

    @Test
    void anOmittedComponentIsNotWrittenAndReadsBackAsNull() {
        RecordCodec<Body> codec = RecordCodec.of(Body.class);
        Body body = new Body("a long text ".repeat(1000), "lead", new Note("Warmup", 1, List.of()));
        byte[] bytes = codec.encode(body);
        assertThat(bytes.length).isLessThan(100);
        assertThat(codec.decode(bytes)).contains(new Body(null, "lead", new Note("Warmup", 1, List.of())));
    }

    @Test
    void theSchemaNamesWhatIsOmitted() {
        assertThat(RecordCodec.schema(Body.class)).contains("text:java.lang.String omitted;");
        assertThat(RecordCodec.schema(Body.class)).isNotEqualTo(RecordCodec.schema(Note.class));
    }

    @Test
    void damagedBytesDoNotDecode() {
        RecordCodec<Note> codec = RecordCodec.of(Note.class);
        byte[] bytes = codec.encode(new Note("Warmup", 230, List.of()));
        bytes[3] ^= 1;
        assertThat(codec.decode(bytes)).isEmpty();
    }
}
