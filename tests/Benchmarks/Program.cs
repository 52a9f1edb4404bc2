using AdaptiveLearning.Benchmarks;
using BenchmarkDotNet.Running;

// algorithms: BenchmarkDotNet over the pure scheduling and scoring code.
// http BASE_URL [SECONDS] [CONCURRENCY]: load harness against a running API on this machine.
return args.FirstOrDefault() switch
{
    "http" when args.Length >= 2 => await HttpLoadHarness.RunAsync(args[1],
        args.Length > 2 ? int.Parse(args[2]) : 10, args.Length > 3 ? int.Parse(args[3]) : 16),
    "algorithms" => Run(),
    _ => Usage(),
};

static int Run()
{
    BenchmarkRunner.Run<AlgorithmBenchmarks>();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: benchmarks algorithms | http http://127.0.0.1:5080 [seconds] [concurrency]");
    return 2;
}
