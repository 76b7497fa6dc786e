package vn.vientro.fuzz;

import java.net.URI;

/**
 * Generated requests against a running service (docs/reliability.sh runs it as a scenario):
 * {@code java -cp target/test-classes:target/classes:$(cat target/fuzz.classpath) vn.vientro.fuzz.FuzzMain
 * http://localhost:8080 [requests, default 10000] [seed, default 1]}. The service must hold the demo data
 * (VIENTRO_DEMO_DATA_ENABLED=true). Prints the counts by status class, every setup problem and every failure; exits 1
 * on any setup problem, 5xx or other failure, or when the service is not healthy afterwards.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: FuzzMain BASE_URL [REQUESTS=10000] [SEED=1]");
            System.exit(2);
        }
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Fuzzer.Report report = new Fuzzer(URI.create(args[0]), seed).run(requests);
        report.setupProblems().forEach(problem -> System.out.println("setup: " + problem));
        report.failures().forEach(System.out::println);
        report.byOperation().forEach((operation, count) -> System.out.println(operation + ": " + count));
        System.out.println(report.summary());
        System.exit(report.setupProblems().isEmpty() && report.failures().isEmpty() && report.healthyAfter() ? 0 : 1);
    }
}
