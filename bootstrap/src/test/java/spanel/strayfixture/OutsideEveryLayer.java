package spanel.strayfixture;

/** Breaks rule 3's last part: a class in a package that belongs to no layer. */
public class OutsideEveryLayer {
}
