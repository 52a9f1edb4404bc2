using System.Diagnostics;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.FunctionalTests.Models;
using AdaptiveLearning.Api.Operations;
using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Infrastructure.Caching;
using Microsoft.Extensions.DependencyInjection;

using CacheMetrics = AdaptiveLearning.Api.FunctionalTests.Models.CacheMetrics;
using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

public sealed class ContentCacheTests : TestBase
{
    private const string Facet = "cache__tests__two__instances";

    [Test]
    public async Task AWriteThroughOneInstanceIsReadThroughAnotherWithinASecond()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Before the edit?");
        await using var second = new ApiFactory();
        var reader = await Api.AdminAsync(second);
        Assert.That(await TextAsync(reader, id), Is.EqualTo("Before the edit?"), "warms the second instance's cache");

        await admin.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new Wire.UpdateQuestionRequest { Text = "After the edit?" });
        var clock = Stopwatch.StartNew();
        var seen = await TextAsync(reader, id);
        while (seen != "After the edit?" && clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(50);
            seen = await TextAsync(reader, id);
        }

        Assert.That(seen, Is.EqualTo("After the edit?"), "the second instance still served the old text after 1 s");
    }

    [Test]
    public async Task ConcurrentMissesOnOneKeyReachTheDatabaseOnce()
    {
        var cache = Fixture.Api.Services.GetRequiredService<ContentCache>();
        var loads = 0;
        var key = $"test:stampede:{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => cache.GetOrSetAsync(key, async ct =>
        {
            Interlocked.Increment(ref loads);
            await Task.Delay(200, ct);
            return 42;
        }, CancellationToken.None).AsTask()));

        Assert.That(loads, Is.EqualTo(1));
        Assert.That(results, Is.All.EqualTo(42));
    }

    [Test]
    public async Task HitsAndMissesAreCounted()
    {
        var admin = await Api.AdminAsync();
        var cache = Fixture.Api.Services.GetRequiredService<ContentCache>();
        // A key of its own: a shared key such as the hierarchy may already be in Redis from another host of this test
        // run (a job finishing on it), which would make the first read a hit.
        var key = $"test:counted:{Guid.NewGuid():N}";
        var before = await MetricsAsync(admin);

        await cache.GetOrSetAsync(key, _ => Task.FromResult(1), CancellationToken.None);
        await cache.GetOrSetAsync(key, _ => Task.FromResult(1), CancellationToken.None);
        // FusionCache raises its hit and miss events off the calling thread, so the counters catch up a moment later.
        var after = await MetricsAsync(admin);
        for (var i = 0; i < 50 && (after.Misses <= before.Misses || after.Hits <= before.Hits); i++)
        {
            await Task.Delay(100);
            after = await MetricsAsync(admin);
        }

        Assert.That(after.Misses, Is.GreaterThan(before.Misses));
        Assert.That(after.Hits, Is.GreaterThan(before.Hits));
    }

    [Test]
    public async Task ReadsAndWritesKeepWorkingWhileRedisIsDownAndTheCacheRecovers()
    {
        using var redis = new RedisServer();
        await redis.StartAsync();
        await using var api = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var admin = await Api.AdminAsync(api);
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Redis is up?");
        Assert.That(await TextAsync(admin, id), Is.EqualTo("Redis is up?"));

        redis.Stop();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
            statuses.Add((await admin.GetAsync(Api.Route(GetHierarchyRequest.Route))).StatusCode);
        var edit = await admin.PatchJsonAsync(UpdateQuestionRequest.For(id), new Wire.UpdateQuestionRequest { Text = "Redis is down?" });
        var readWhileDown = await TextAsync(admin, id);

        await redis.StartAsync();
        var recovered = false;
        for (var i = 0; i < 100 && !recovered; i++)
        {
            await Task.Delay(100);
            var health = ApiJson.Deserialize<HealthReport>(await admin.GetStringAsync("/health/ready"));
            recovered = health.IsHealthy("redis");
        }
        var readAfter = await TextAsync(admin, id);

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(readWhileDown, Is.EqualTo("Redis is down?"), "this instance sees its own write at once");
            Assert.That(recovered, Is.True, "Redis is used again once it returns");
            Assert.That(readAfter, Is.EqualTo("Redis is down?"));
        });
    }

    private static async Task<string?> TextAsync(HttpClient client, long id) =>
        (await client.GetAsAsync<Question>(GetQuestionRequest.For(id))).Text;

    private static async Task<CacheMetrics> MetricsAsync(HttpClient client) =>
        await (await client.GetAsync(MetricsEndpoints.CacheRoute)).ReadAsAsync<CacheMetrics>();
}
