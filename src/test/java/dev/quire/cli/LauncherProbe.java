package dev.quire.cli;

/** Stands in for Quire's jar in {@link LauncherTest}: says which arguments the launcher passed on. */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe: " + String.join(" ", args));
    }
}
