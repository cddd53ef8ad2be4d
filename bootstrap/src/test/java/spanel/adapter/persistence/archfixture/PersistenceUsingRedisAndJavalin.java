package spanel.adapter.persistence.archfixture;

import io.javalin.Javalin;
import redis.clients.jedis.RedisClient;

/** Breaks rules 6b and 6c: Javalin and Jedis outside their modules. */
public class PersistenceUsingRedisAndJavalin {

    RedisClient redis;
    Javalin javalin;
}
