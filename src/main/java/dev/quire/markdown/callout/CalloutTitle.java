package dev.quire.markdown.callout;

import org.commonmark.node.CustomBlock;

/** A callout's title: the inlines after {@code [!TYPE]} on its first line; none means the type's own title. */
public final class CalloutTitle extends CustomBlock {
}
