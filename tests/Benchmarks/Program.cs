using AdaptiveLearning.Benchmarks;
using BenchmarkDotNet.Running;

// algorithms: BenchmarkDotNet over the pure scheduling and scoring code.
// Load on the HTTP API is measured by scripts/bench (wrk), which is not limited by its own client.
return args.FirstOrDefault() switch
{
    "algorithms" => Run(args[1..]),
    _ => Usage(),
};

// Further arguments go to BenchmarkDotNet, e.g. `algorithms --filter *TargetRecall*`.
static int Run(string[] options)
{
    BenchmarkRunner.Run<AlgorithmBenchmarks>(args: options);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: benchmarks algorithms   (HTTP load: scripts/bench)");
    return 2;
}
