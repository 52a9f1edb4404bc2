using AdaptiveLearning.Application.Jobs;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

/// <summary>
/// Private API instances sharing the test database: the fixture's host never handles <see cref="CountingJobHandler.JobKind"/>,
/// so only these run counting jobs.
/// </summary>
internal static class JobHosts
{
    public static WebApplicationFactory<Program> Start(bool worker, Action<IServiceCollection>? services = null)
    {
        var host = Fixture.Api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Jobs:WorkerEnabled", worker.ToString());
            b.ConfigureTestServices(s =>
            {
                s.AddScoped<IJobHandler, CountingJobHandler>();
                services?.Invoke(s);
            });
        });
        _ = host.Services; // starts it, with its worker
        return host;
    }

    public static IJobQueue Queue(WebApplicationFactory<Program>? host = null) => (host ?? Fixture.Api).Services.GetRequiredService<IJobQueue>();

    public static async Task<JobView> WaitForAsync(Guid id, Func<JobView, bool> done, double seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await Queue().GetAsync(id, CancellationToken.None);
            Assert.That(job, Is.Not.Null, $"job {id} does not exist");
            if (done(job!))
                return job!;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"job {id} is still {job!.Status} after {job.Attempts} attempts ({job.ErrorMessage})");
            await Task.Delay(50);
        }
    }

    /// <summary>Leaves the row an instance that claimed the job and then died would leave: running, under a lease that runs out.</summary>
    public static async Task InsertClaimedByDeadInstanceAsync(NewJob job, int attempts, TimeSpan leaseLeft)
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        await connection.ExecuteAsync("""
            INSERT INTO jobs (id, kind, payload, status, attempts, max_attempts, run_after, lease_owner, lease_expires_at, created_at, started_at)
            VALUES (@Id, @Kind, @Payload, 'running', @Attempts, @MaxAttempts, UTC_TIMESTAMP(6), 'dead-instance',
                    UTC_TIMESTAMP(6) + INTERVAL @LeaseMilliseconds * 1000 MICROSECOND, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
            """, new { Id = job.Id.ToString(), job.Kind, job.Payload, Attempts = attempts, job.MaxAttempts, LeaseMilliseconds = (long)leaseLeft.TotalMilliseconds });
    }
}
