package spanel.domain.content;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who an announcement is for: users of these classes and in these node groups. An empty set does not
 * narrow: no classes given means every class, no groups every group.
 */
public record Audience(Set<Integer> classes, Set<Integer> groups) {

    public static final Audience EVERYONE = new Audience(Set.of(), Set.of());

    public Audience {
        classes = Set.copyOf(new TreeSet<>(classes));
        groups = Set.copyOf(new TreeSet<>(groups));
        if (classes.stream().anyMatch(c -> c < 0) || groups.stream().anyMatch(g -> g < 0)) {
            throw new IllegalArgumentException("classes: classes and groups are not negative");
        }
    }

    /** Whether a user of this (effective) class and node group is meant. */
    public boolean reaches(int userClass, int nodeGroup) {
        return (classes.isEmpty() || classes.contains(userClass)) && (groups.isEmpty() || groups.contains(nodeGroup));
    }
}
