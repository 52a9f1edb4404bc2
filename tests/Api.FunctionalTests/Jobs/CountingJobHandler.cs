using System.Collections.Concurrent;
using System.Text.Json;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

/// <summary>A job kind only the tests' private hosts run: it counts its runs, can fail its first runs and can hold until cancelled.</summary>
internal sealed class CountingJobHandler : IJobHandler
{
    public const string JobKind = "test.counting";

    public static readonly ConcurrentDictionary<Guid, int> Runs = new();
    public static readonly ConcurrentDictionary<Guid, JobStatus> GaveUp = new();

    public string Kind => JobKind;

    public static string Payload(int holdMilliseconds = 0, int failures = 0) =>
        JsonSerializer.Serialize(new CountingPayload(holdMilliseconds, failures));

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<CountingPayload>(job.Payload)!;
        var run = Runs.AddOrUpdate(job.Id, 1, (_, runs) => runs + 1);
        await Task.Delay(payload.HoldMilliseconds, ct);
        if (run <= payload.Failures)
            throw new InvalidOperationException($"failing run {run} on purpose");
        return JsonSerializer.Serialize(new { run });
    }

    public Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct)
    {
        GaveUp[job.Id] = status;
        return Task.CompletedTask;
    }

    private sealed record CountingPayload(int HoldMilliseconds, int Failures);
}
