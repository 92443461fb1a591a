package dev.quire.content;

/** One line of the topic log: the question a memo asks, with the memo. */
public record TopicLogEntry(Memo memo, String question) {
}
