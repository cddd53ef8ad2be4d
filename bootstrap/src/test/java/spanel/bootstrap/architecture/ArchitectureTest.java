package spanel.bootstrap.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules (docs/ARCHITECTURE.md, "Rules the build checks") over every production class of every module. Each rule is also seen to
 * fail on a fixture that breaks it, in {@link ArchitectureRulesCanFailTest}.
 */
@AnalyzeClasses(packages = "spanel", importOptions = ProductionClassesOnly.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnJava = ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA;
    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomain = ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;
    @ArchTest
    static final ArchRule onion = ArchitectureRules.ONION;
    @ArchTest
    static final ArchRule inPortsDoNotKnowOutPorts = ArchitectureRules.IN_PORTS_DO_NOT_KNOW_OUT_PORTS;
    @ArchTest
    static final ArchRule outPortsDoNotKnowInPorts = ArchitectureRules.OUT_PORTS_DO_NOT_KNOW_IN_PORTS;
    @ArchTest
    static final ArchRule portsDoNotKnowServices = ArchitectureRules.PORTS_DO_NOT_KNOW_SERVICES;
    @ArchTest
    static final ArchRule adaptersDoNotUseServices = ArchitectureRules.ADAPTERS_DO_NOT_USE_SERVICES;
    @ArchTest
    static final ArchRule jooqOnlyInPersistence = ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE;
    @ArchTest
    static final ArchRule javalinOnlyInHttpAndBootstrap = ArchitectureRules.JAVALIN_ONLY_IN_HTTP_AND_BOOTSTRAP;
    @ArchTest
    static final ArchRule ipAddressOnlyInHttp = ArchitectureRules.IPADDRESS_ONLY_IN_HTTP;
    @ArchTest
    static final ArchRule picocliOnlyInBootstrap = ArchitectureRules.PICOCLI_ONLY_IN_BOOTSTRAP;
    @ArchTest
    static final ArchRule jedisOnlyInRedis = ArchitectureRules.JEDIS_ONLY_IN_REDIS;
    @ArchTest
    static final ArchRule hikariOnlyInPersistenceAndBootstrap = ArchitectureRules.HIKARI_ONLY_IN_PERSISTENCE_AND_BOOTSTRAP;
    @ArchTest
    static final ArchRule micrometerOnlyInMetricsHttpAndBootstrap = ArchitectureRules.MICROMETER_ONLY_IN_METRICS_HTTP_AND_BOOTSTRAP;
    @ArchTest
    static final ArchRule noJacksonInTheCore = ArchitectureRules.NO_JACKSON_IN_THE_CORE;
    @ArchTest
    static final ArchRule noCyclesBetweenSlices = ArchitectureRules.NO_CYCLES_BETWEEN_SLICES;
    @ArchTest
    static final ArchRule noCyclesBetweenUseCaseContexts = ArchitectureRules.NO_CYCLES_BETWEEN_USE_CASE_CONTEXTS;
    @ArchTest
    static final ArchRule noStandardStreams = ArchitectureRules.NO_STANDARD_STREAMS;
    @ArchTest
    static final ArchRule noGenericExceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;
    @ArchTest
    static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
    @ArchTest
    static final ArchRule noFieldInjection = ArchitectureRules.NO_FIELD_INJECTION;
    @ArchTest
    static final ArchRule domainHasNoStaticState = ArchitectureRules.DOMAIN_HAS_NO_STATIC_STATE;
    @ArchTest
    static final ArchRule domainDoesNotReadTheClock = ArchitectureRules.DOMAIN_DOES_NOT_READ_THE_CLOCK;
    @ArchTest
    static final ArchRule routeHandlersEndInHandler = ArchitectureRules.ROUTE_HANDLERS_END_IN_HANDLER;
    @ArchTest
    static final ArchRule servicesImplementOneUseCase = ArchitectureRules.SERVICES_IMPLEMENT_ONE_USE_CASE;
    @ArchTest
    static final ArchRule commandsLiveInTheirPort = ArchitectureRules.COMMANDS_LIVE_IN_THEIR_PORT;
}
