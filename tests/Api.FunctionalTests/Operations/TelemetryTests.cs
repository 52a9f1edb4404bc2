using System.Diagnostics;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;
using AdaptiveLearning.Api.FunctionalTests.Jobs;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.Operations;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Client.Models;

using RegisterRequest = AdaptiveLearning.Api.Features.Auth.Register.RegisterRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

/// <summary>
/// What an operator's Prometheus and tracing backend see. Meters are process-wide and other tests' hosts share the
/// process, so figures other requests could move are compared as deltas of this test's own actions.
/// </summary>
public sealed class TelemetryTests : LearningTestBase
{
    private const string Facet = "ops__telemetry__metrics__scrape";

    private static HttpClient Scraper => Api.WithToken(TestEnvironment.ScraperToken);

    [TestCase(MetricsEndpoints.PrometheusRoute, "text/plain")]
    [TestCase(MetricsEndpoints.CacheRoute, "application/json")]
    public async Task OperatorFiguresAreForAdminsAndTheConfiguredScraperOnly(string route, string mediaType)
    {
        var anonymous = await Api.Anonymous().GetAsync(route);
        var learner = await (await Api.LearnerAsync()).GetAsync(route);
        var wrongScraper = await Api.WithToken("not-the-scraper-token-0123456789").GetAsync(route);
        var scraper = await Scraper.GetAsync(route);
        var admin = await (await Api.AdminAsync()).GetAsync(route);

        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await learner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await wrongScraper.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Multiple(() =>
        {
            Assert.That(scraper.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scraper.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task RequestDurationsAreRecordedPerRoute()
    {
        var learner = await Api.LearnerAsync();
        var route = Api.Route(GetHierarchyRequest.Route);
        (string, string)[] okHierarchyReads = [("http_route", route), ("http_response_status_code", "200"), ("le", "+Inf")];
        var before = await PrometheusScrape.ReadAsync(Scraper);

        await learner.GetAsync(route);
        await learner.GetAsync(route);
        var after = await PrometheusScrape.ReadAsync(Scraper);

        Assert.That(after.Sum("http_server_request_duration_seconds_bucket", okHierarchyReads)
                    - before.Sum("http_server_request_duration_seconds_bucket", okHierarchyReads), Is.GreaterThanOrEqualTo(2), after.Text);
    }

    [Test]
    public async Task AnswersCounterCountsStoredAnswersNotRequests()
    {
        var questions = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("One", "a"), ContentSeed.Mcq("Two", "b")]);
        var learner = await Api.LearnerAsync("counted");
        var session = await learner.StartAsync(SessionMode.Practice);
        var before = await PrometheusScrape.ReadAsync(Scraper);

        await learner.AnswerAsync(session, questions[0], selected: ["a"], clientAttemptId: "tap-1");
        var resent = await learner.AnswerAsync(session, questions[0], selected: ["a"], clientAttemptId: "tap-1");
        await learner.AnswerAsync(session, questions[1], selected: ["a"]);
        var rejected = await learner.SendAnswerAsync(session, questions[1], selected: ["no-such-option"]);
        var after = await PrometheusScrape.ReadAsync(Scraper);

        Assert.Multiple(() =>
        {
            Assert.That(resent.Duplicate, Is.True);
            Assert.That(rejected.IsSuccessStatusCode, Is.False);
            Assert.That(after.Sum("adaptive_answers_recorded_total") - before.Sum("adaptive_answers_recorded_total"), Is.EqualTo(2), after.Text);
        });
    }

    [Test]
    public async Task ContentCacheHitsAndMissesAreCounters()
    {
        await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Cached", "a"));
        var learner = await Api.LearnerAsync();
        var before = await PrometheusScrape.ReadAsync(Scraper);

        await learner.GetAsync(Api.Route(GetHierarchyRequest.Route));
        await learner.GetAsync(Api.Route(GetHierarchyRequest.Route));
        var after = await PrometheusScrape.ReadAsync(Scraper);

        Assert.Multiple(() =>
        {
            Assert.That(Increase(before, after, "adaptive_content_cache_requests_total", ("result", "miss")), Is.GreaterThanOrEqualTo(1), after.Text);
            Assert.That(Increase(before, after, "adaptive_content_cache_requests_total", ("result", "hit")), Is.GreaterThanOrEqualTo(1), after.Text);
        });
    }

    [Test]
    public async Task JobQueueDepthAndAgeReflectQueuedJobs()
    {
        // The fixture's host has no handler for this kind, so the jobs stay queued.
        var queue = JobHosts.Queue();
        await queue.EnqueueAsync(new NewJob(Guid.NewGuid(), CountingJobHandler.JobKind, CountingJobHandler.Payload()), CancellationToken.None);
        await queue.EnqueueAsync(new NewJob(Guid.NewGuid(), CountingJobHandler.JobKind, CountingJobHandler.Payload()), CancellationToken.None);
        (string, string) kind = ("job_kind", CountingJobHandler.JobKind);

        var scrape = await ScrapeUntilAsync(s => s.Sum("adaptive_jobs_queued", kind) == 2);

        Assert.That(scrape.Series("adaptive_jobs_oldest_queued_age_seconds", kind).Select(s => s.Value), Has.One.GreaterThanOrEqualTo(0), scrape.Text);
    }

    [Test]
    public async Task ConnectionPoolConflictAndRuntimeSeriesAreServed()
    {
        await Api.Anonymous().GetAsync("/health/ready");
        var scrape = await PrometheusScrape.ReadAsync(Scraper);

        Assert.Multiple(() =>
        {
            Assert.That(scrape.Series("db_client_connections_usage", ("state", "idle")), Is.Not.Empty, scrape.Text);
            Assert.That(scrape.Series("db_client_connections_usage", ("state", "used")), Is.Not.Empty, scrape.Text);
            Assert.That(scrape.Series("db_client_connections_max"), Is.Not.Empty, scrape.Text);
            Assert.That(scrape.Series("adaptive_db_conflicts_total", ("db_operation", "card_transaction"), ("error_type", "deadlock")), Has.Count.EqualTo(1));
            Assert.That(scrape.Series("adaptive_db_conflicts_total", ("db_operation", "job_claim"), ("error_type", "deadlock")), Has.Count.EqualTo(1));
            Assert.That(scrape.Series("dotnet_gc_collections_total"), Is.Not.Empty, "runtime metrics");
            // The test server runs without wsrep: no Galera series that would pass for a one-node cluster.
            Assert.That(scrape.Text, Does.Not.Contain("adaptive_galera_"));
        });
    }

    [Test]
    public async Task ProblemTraceIdIsTheW3CTraceIdTheCallerSent()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var request = new HttpRequestMessage(HttpMethod.Post, Api.Route(RegisterRequest.Route)) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        var problem = await (await Api.Anonymous().SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.That(problem.TraceId, Is.EqualTo(traceId));
    }

    [Test]
    public async Task ScrapeEndpointIsNotPartOfTheOpenApiContract()
    {
        var document = await Api.Anonymous().GetStringAsync("/openapi/v1.json");

        Assert.That(document, Does.Not.Contain($"\"{MetricsEndpoints.PrometheusRoute}"));
    }

    private static double Increase(PrometheusScrape before, PrometheusScrape after, string name, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels);

    /// <summary>The job gauges are refreshed in the background (every Metrics:DatabaseRefreshSeconds), not at the scrape.</summary>
    private static async Task<PrometheusScrape> ScrapeUntilAsync(Func<PrometheusScrape, bool> done, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var scrape = await PrometheusScrape.ReadAsync(Scraper);
            if (done(scrape))
                return scrape;
            if (DateTime.UtcNow > deadline)
                Assert.Fail("the scrape never showed what was expected:\n" + scrape.Text);
            await Task.Delay(200);
        }
    }
}
