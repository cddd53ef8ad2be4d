package spanel.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** The dependency and coding rules, numbered as in docs/ARCHITECTURE.md ("Rules the build checks"). */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    // 1. The domain is pure Java; javax.crypto too, for the subscription token's HMAC (a computation, no I/O).
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA = classes()
            .that().resideInAPackage("spanel.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "spanel.domain..")
            .as("1. domain depends only on java.., javax.crypto.. and spanel.domain..");

    // 2. Use cases know the domain and each other, nothing else.
    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = classes()
            .that().resideInAPackage("spanel.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "spanel.domain..", "spanel.application..")
            .as("2. application depends only on java.., spanel.domain.. and spanel.application..");

    // 3. The onion: adapters around the application around the domain, adapters blind to each other.
    static final ArchRule ONION = onionArchitecture()
            .domainModels("spanel.domain..")
            .applicationServices("spanel.application..")
            .adapter("http", "spanel.adapter.http..")
            .adapter("persistence", "spanel.adapter.persistence..")
            .adapter("redis", "spanel.adapter.redis..")
            .adapter("payment", "spanel.adapter.payment..")
            .adapter("mail", "spanel.adapter.mail..")
            .adapter("metrics", "spanel.adapter.metrics..")
            .adapter("source", "spanel.adapter.source..")
            .withOptionalLayers(true)
            .ensureAllClassesAreContainedInArchitectureIgnoring("spanel.bootstrap..")
            // bootstrap is the composition root: wiring adapters to services is its whole job.
            .ignoreDependency(resideInAPackage("spanel.bootstrap.."), alwaysTrue())
            .as("3. onion architecture, every class inside it, adapters isolated");

    // 4. Incoming and outgoing ports do not know each other, and no port knows a service.
    static final ArchRule IN_PORTS_DO_NOT_KNOW_OUT_PORTS = noClasses()
            .that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..")
            .as("4a. port.in does not depend on port.out");
    static final ArchRule OUT_PORTS_DO_NOT_KNOW_IN_PORTS = noClasses()
            .that().resideInAPackage("..port.out..")
            .should().dependOnClassesThat().resideInAPackage("..port.in..")
            .as("4b. port.out does not depend on port.in");
    static final ArchRule PORTS_DO_NOT_KNOW_SERVICES = noClasses()
            .that().resideInAPackage("..port..")
            .should().dependOnClassesThat(resideInAPackage("spanel.application..").and(simpleNameEndingWith("Service")))
            .as("4c. ports do not depend on services");

    // 5. Adapters call ports; only bootstrap builds services and what services share (gates, crediting, jobs).
    static final ArchRule ADAPTERS_DO_NOT_USE_SERVICES = noClasses()
            .that().resideInAPackage("spanel.adapter..")
            .should().dependOnClassesThat(resideInAPackage("spanel.application..").and(not(resideInAPackage("..port.."))))
            .as("5. adapters use ports, never a ...Service or any other application class");

    // 6. Each library stays in its module.
    static final ArchRule JOOQ_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage("spanel.adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "spanel.adapter.persistence.generated..")
            .as("6a. jOOQ and the generated classes only in spanel.adapter.persistence");
    static final ArchRule JAVALIN_ONLY_IN_HTTP_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages("spanel.adapter.http..", "spanel.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .as("6b. Javalin only in spanel.adapter.http and spanel.bootstrap");
    static final ArchRule JEDIS_ONLY_IN_REDIS = noClasses()
            .that().resideOutsideOfPackage("spanel.adapter.redis..")
            .should().dependOnClassesThat().resideInAPackage("redis.clients..")
            .as("6c. Jedis only in spanel.adapter.redis");
    static final ArchRule HIKARI_ONLY_IN_PERSISTENCE_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages("spanel.adapter.persistence..", "spanel.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("com.zaxxer.hikari..")
            .as("6d. HikariCP only in spanel.adapter.persistence and spanel.bootstrap");
    static final ArchRule MICROMETER_ONLY_IN_METRICS_HTTP_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages("spanel.adapter.metrics..", "spanel.adapter.http..", "spanel.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .as("6f. Micrometer only in spanel.adapter.metrics, spanel.adapter.http (requests, /metrics) and spanel.bootstrap (pools)");
    static final ArchRule NO_JACKSON_IN_THE_CORE = noClasses()
            .that().resideInAnyPackage("spanel.domain..", "spanel.application..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .as("6e. Jackson never in domain or application");
    static final ArchRule IPADDRESS_ONLY_IN_HTTP = noClasses()
            .that().resideOutsideOfPackage("spanel.adapter.http..")
            .should().dependOnClassesThat().resideInAPackage("inet.ipaddr..")
            .as("6f. the IPAddress library only in spanel.adapter.http");
    static final ArchRule PICOCLI_ONLY_IN_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage("spanel.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .as("6g. picocli only in spanel.bootstrap");

    // 7. No cycles between contexts.
    static final ArchRule NO_CYCLES_BETWEEN_SLICES = slices()
            .matching("spanel.(*).(*)..").should().beFreeOfCycles()
            .as("7a. no cycles between spanel.(*).(*) slices");
    static final ArchRule NO_CYCLES_BETWEEN_USE_CASE_CONTEXTS = slices()
            .matching("spanel.application.(*)..").should().beFreeOfCycles()
            .as("7b. no cycles between application contexts");

    // 8. General coding rules; only Main, the process boundary, touches the standard streams.
    static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .that().doNotHaveFullyQualifiedName("spanel.bootstrap.Main")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .as("8a. no standard streams outside spanel.bootstrap.Main");
    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    // 9. The domain keeps no static state and reads time only through what it is given.
    static final ArchRule DOMAIN_HAS_NO_STATIC_STATE = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("spanel.domain..")
            .and().areStatic()
            .should().beFinal()
            .as("9a. static fields in the domain are final");
    static final ArchRule DOMAIN_DOES_NOT_READ_THE_CLOCK = noClasses()
            .that().resideInAPackage("spanel.domain..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .as("9b. the domain takes time from a Clock or an argument, never now()");

    // 10. Names say what things are.
    static final ArchRule ROUTE_HANDLERS_END_IN_HANDLER = classes()
            .that().resideInAPackage("spanel.adapter.http..")
            .and().implement(io.javalin.http.Handler.class)
            .should().haveSimpleNameEndingWith("Handler")
            .as("10a. route handlers in spanel.adapter.http end in Handler");
    static final ArchRule SERVICES_IMPLEMENT_ONE_USE_CASE = classes()
            .that().haveSimpleNameEndingWith("Service")
            .should().resideInAPackage("spanel.application..")
            .andShould(implementExactlyOneIncomingPort())
            .as("10b. ...Service classes live in application and implement exactly one port.in interface");
    static final ArchRule COMMANDS_LIVE_IN_THEIR_PORT = noClasses()
            .that().resideInAPackage("..port.in..").and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Command").orShould().haveSimpleNameEndingWith("Query")
            .as("10c. a use case's command or query is nested in its port.in interface (RegisterUser.Command), not a file of its own");

    private static ArchCondition<JavaClass> implementExactlyOneIncomingPort() {
        return new ArchCondition<>("implement exactly one port.in interface") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                long ports = service.getRawInterfaces().stream()
                        .filter(describe("port.in", (JavaClass i) -> i.getPackageName().contains(".port.in"))::test)
                        .count();
                events.add(new SimpleConditionEvent(service, ports == 1,
                        service.getName() + " implements " + ports + " port.in interfaces"));
            }
        };
    }
}
