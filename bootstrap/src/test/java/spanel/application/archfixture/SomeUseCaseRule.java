package spanel.application.archfixture;

/** A public application class that is no port and not named like a service, such as a rule services share. */
public class SomeUseCaseRule {
}
