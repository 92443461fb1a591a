package dev.quire.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void abbreviationsAreFoundWhereMemosDefineThem() {
        assertThat(Abbreviations.in("Mixture of experts (MoE) layers route tokens. Batch normalization (BN) is per batch."))
                .containsExactly(new Abbreviation("MoE", "Mixture of experts"), new Abbreviation("BN", "Batch normalization"));
        assertThat(Abbreviations.in("We fine-tune with low-rank adaptation (LoRA) and train sparse autoencoders (SAEs)."))
                .containsExactly(new Abbreviation("LoRA", "low-rank adaptation"), new Abbreviation("SAEs", "sparse autoencoders"));
        assertThat(Abbreviations.in("A DQN (deep Q-network) bootstraps from itself."))
                .containsExactly(new Abbreviation("DQN", "deep Q-network"));
    }

    @Test
    void parenthesesThatDefineNothingAreNotAbbreviations() {
        assertThat(Abbreviations.in("The gap closes (see Table 2), as shown (p < 0.05) by the 125M model (GPT).")).isEmpty();
        assertThat(Abbreviations.in("It held in every run (RUN).")).isEmpty();
    }

    @Test
    void aShortFormReadsAsTheLongFormAnyMemoOfTheSiteGives() {
        MemoText abbreviated = MemoText.question("a", "why do MoE layers need an auxiliary balancing loss");
        MemoText spelledOut = MemoText.question("b", "what goes wrong with mixture-of-experts routing without a balancing loss");
        MemoText defines = new MemoText("c", "how many experts should a token visit", "", "", "",
                List.of(new Abbreviation("MoE", "mixture of experts")));
        double without = Similarity.of(List.of(abbreviated, spelledOut)).score(0, 1);
        double with = Similarity.of(List.of(abbreviated, spelledOut, defines)).score(0, 1);
        assertThat(with).isGreaterThan(without + 0.2);
        assertThat(Similarity.of(List.of(abbreviated, spelledOut, defines)).sharedPhrases(0, 1))
                .containsExactly("MoE", "balancing loss");
    }

    @Test
    void scoresAreSymmetricBetweenZeroAndOneAndOneForTheSameText() {
        Similarity s = Similarity.of(List.of(MemoText.question("a", "why does warmup stabilize Adam"),
                MemoText.question("b", "why does warmup stabilize Adam"), MemoText.question("c", "which tokenizer compresses code best")));
        assertThat(s.score(0, 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.score(0, 2)).isZero();
        assertThat(s.score(1, 2)).isEqualTo(s.score(2, 1));
    }

    @Test
    void sharedPhrasesKeepNeighbouringWordsTogetherAsWritten() {
        Similarity s = Similarity.of(List.of(
                MemoText.question("a", "Why does a short learning-rate warmup stop Adam from diverging?"),
                MemoText.question("b", "how long should the learning rate warmup be before Adam diverges")));
        assertThat(s.sharedPhrases(0, 1)).containsExactly("learning-rate warmup", "Adam from diverging");
    }
}
