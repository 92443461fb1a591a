package dev.quire.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * One line for a defect or an I/O failure: the first line of the message of an exception and of
 * each cause. A wrapper whose message only repeats its cause is skipped; a throwable without a
 * message (a stack overflow) is named by its kind.
 *
 * <p>Usage: {@code err.println("error: " + Defects.describe(e));}
 */
public final class Defects {
    private Defects() {
    }

    public static String describe(Throwable e) {
        List<String> parts = new ArrayList<>();
        boolean overflow = false;
        for (Throwable t = e; t != null && parts.size() < 8; t = t.getCause()) {
            overflow |= t instanceof StackOverflowError;
            Throwable cause = t.getCause();
            if (cause != null && cause.toString().equals(t.getMessage())) {
                continue;
            }
            String message = t.getMessage() == null || t.getMessage().isBlank()
                    ? t.getClass().getSimpleName() : t.getMessage().strip().lines().findFirst().orElse("");
            if (!parts.contains(message)) {
                parts.add(message);
            }
        }
        String line = String.join(": ", parts);
        return overflow ? line + " (something was nested too deeply to follow)" : line;
    }
}
