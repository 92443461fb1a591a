package dev.quire.similar;

/**
 * A short form a memo defines, with the long form it stands for: "mixture of experts (MoE)" gives
 * {@code MoE} for "mixture of experts".
 */
public record Abbreviation(String shortForm, String longForm) {
}
