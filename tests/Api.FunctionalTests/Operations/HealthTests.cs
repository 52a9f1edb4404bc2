using AdaptiveLearning.Api.FunctionalTests.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

public sealed class HealthTests
{
    [Test]
    public async Task ReadinessReportsMariaDbAndRedisHealthy()
    {
        var body = await Api.Anonymous().GetStringAsync("/health/ready");
        var health = ApiJson.Deserialize<HealthReport>(body);

        Assert.Multiple(() =>
        {
            Assert.That(health.Status, Is.EqualTo("healthy"), body);
            Assert.That(health.IsHealthy("mariadb"), Is.True, body);
            Assert.That(health.IsHealthy("redis"), Is.True, body);
        });
    }

    [Test]
    public async Task OpenApiDocumentAndDocsAreServed()
    {
        var client = Api.Anonymous();

        var document = await client.GetAsync("/openapi/v1.json");
        var docs = await client.GetAsync("/docs");

        Assert.Multiple(() =>
        {
            Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(docs.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
