package spanel.domain.node;

/** An audit rule nodes enforce: a connection whose destination matches {@code regex} is refused and reported. */
public record DetectRule(long id, String name, String text, String regex, int type) {
}
