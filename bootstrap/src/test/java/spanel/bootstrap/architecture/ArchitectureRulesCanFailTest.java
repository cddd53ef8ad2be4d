package spanel.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.archfixture.HttpUsingAUseCaseRule;
import spanel.adapter.http.archfixture.HttpUsingHikari;
import spanel.adapter.http.archfixture.RouteBreakingTheRules;
import spanel.adapter.persistence.archfixture.PersistenceUsingIpAddressAndPicocli;
import spanel.adapter.persistence.archfixture.PersistenceUsingMicrometer;
import spanel.adapter.persistence.archfixture.PersistenceUsingRedisAndJavalin;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.application.archfixture.ApplicationUsingJooq;
import spanel.application.archfixture.SomeFixtureService;
import spanel.application.archfixture.SomeUseCaseRule;
import spanel.application.archfixture.port.in.SomeFixtureCommand;
import spanel.application.archfixture.port.in.SomeInPort;
import spanel.application.archfixture.port.out.SomeOutPort;
import spanel.application.cyclefixturea.A;
import spanel.application.cyclefixtureb.B;
import spanel.application.health.CheckHealthService;
import spanel.domain.archfixture.DomainBreakingTheRules;
import spanel.domain.archfixture.DomainUsingJavaxNet;
import spanel.strayfixture.OutsideEveryLayer;

/**
 * Each rule of the suite, run on fixture classes that break it, must report the breaking class:
 * a rule that cannot fail would guard nothing. (Fixtures live in test sources, which the real
 * suite does not import.)
 */
class ArchitectureRulesCanFailTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(
            DomainBreakingTheRules.class, DomainUsingJavaxNet.class, ApplicationUsingJooq.class, SomeInPort.class, SomeOutPort.class,
            SomeFixtureService.class, A.class, B.class, RouteBreakingTheRules.class, HttpUsingHikari.class,
            PersistenceUsingRedisAndJavalin.class, PersistenceUsingIpAddressAndPicocli.class, PersistenceUsingMicrometer.class,
            DatabaseUrl.class, CheckHealthService.class, SomeUseCaseRule.class, HttpUsingAUseCaseRule.class,
            OutsideEveryLayer.class, SomeFixtureCommand.class);

    private static void assertCaught(ArchRule rule, Class<?> offender) {
        EvaluationResult result = rule.evaluate(FIXTURES);

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as(rule.getDescription())
                .anyMatch(line -> line.contains(offender.getName()));
    }

    @Test
    void rule1CatchesALibraryInTheDomain() {
        assertCaught(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA, DomainBreakingTheRules.class);
    }

    @Test
    void rule1CatchesAJdkPackageBesideJavaAndJavaxCryptoInTheDomain() {
        assertCaught(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA, DomainUsingJavaxNet.class);
    }

    @Test
    void rule2CatchesJooqInAUseCase() {
        assertCaught(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN, ApplicationUsingJooq.class);
    }

    @Test
    void rule3CatchesOneAdapterReachingIntoAnother() {
        assertCaught(ArchitectureRules.ONION, RouteBreakingTheRules.class);
    }

    @Test
    void rule3CatchesAClassThatBelongsToNoLayer() {
        assertCaught(ArchitectureRules.ONION, OutsideEveryLayer.class);
    }

    @Test
    void rule4CatchesPortsThatKnowEachOtherOrAService() {
        assertCaught(ArchitectureRules.IN_PORTS_DO_NOT_KNOW_OUT_PORTS, SomeInPort.class);
        assertCaught(ArchitectureRules.OUT_PORTS_DO_NOT_KNOW_IN_PORTS, SomeOutPort.class);
        assertCaught(ArchitectureRules.PORTS_DO_NOT_KNOW_SERVICES, SomeInPort.class);
    }

    @Test
    void rule5CatchesAnAdapterCallingAServiceOrAnyOtherApplicationClassThatIsNoPort() {
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_USE_SERVICES, RouteBreakingTheRules.class);
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_USE_SERVICES, HttpUsingAUseCaseRule.class);
    }

    @Test
    void rule6CatchesEachLibraryOutsideItsModule() {
        assertCaught(ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE, ApplicationUsingJooq.class);
        assertCaught(ArchitectureRules.JAVALIN_ONLY_IN_HTTP_AND_BOOTSTRAP, PersistenceUsingRedisAndJavalin.class);
        assertCaught(ArchitectureRules.JEDIS_ONLY_IN_REDIS, PersistenceUsingRedisAndJavalin.class);
        assertCaught(ArchitectureRules.HIKARI_ONLY_IN_PERSISTENCE_AND_BOOTSTRAP, HttpUsingHikari.class);
        assertCaught(ArchitectureRules.MICROMETER_ONLY_IN_METRICS_HTTP_AND_BOOTSTRAP, PersistenceUsingMicrometer.class);
        assertCaught(ArchitectureRules.NO_JACKSON_IN_THE_CORE, DomainBreakingTheRules.class);
        assertCaught(ArchitectureRules.IPADDRESS_ONLY_IN_HTTP, PersistenceUsingIpAddressAndPicocli.class);
        assertCaught(ArchitectureRules.PICOCLI_ONLY_IN_BOOTSTRAP, PersistenceUsingIpAddressAndPicocli.class);
    }

    @Test
    void rule7CatchesACycleBetweenContexts() {
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_SLICES, A.class);
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_USE_CASE_CONTEXTS, A.class);
    }

    @Test
    void rule8CatchesStandardStreamsGenericExceptionsJavaUtilLoggingAndFieldInjection() {
        assertCaught(ArchitectureRules.NO_STANDARD_STREAMS, RouteBreakingTheRules.class);
        assertCaught(ArchitectureRules.NO_GENERIC_EXCEPTIONS, RouteBreakingTheRules.class);
        assertCaught(ArchitectureRules.NO_JAVA_UTIL_LOGGING, RouteBreakingTheRules.class);
        assertCaught(ArchitectureRules.NO_FIELD_INJECTION, RouteBreakingTheRules.class);
    }

    @Test
    void rule9CatchesStaticStateAndClockReadsInTheDomain() {
        assertCaught(ArchitectureRules.DOMAIN_HAS_NO_STATIC_STATE, DomainBreakingTheRules.class);
        assertCaught(ArchitectureRules.DOMAIN_DOES_NOT_READ_THE_CLOCK, DomainBreakingTheRules.class);
    }

    @Test
    void rule10CatchesMisnamedHandlersAndServicesAndACommandOutsideItsPort() {
        assertCaught(ArchitectureRules.ROUTE_HANDLERS_END_IN_HANDLER, RouteBreakingTheRules.class);
        assertCaught(ArchitectureRules.SERVICES_IMPLEMENT_ONE_USE_CASE, SomeFixtureService.class);
        assertCaught(ArchitectureRules.COMMANDS_LIVE_IN_THEIR_PORT, SomeFixtureCommand.class);
    }
}
