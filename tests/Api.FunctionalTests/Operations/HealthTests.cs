using System.Text.Json;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

public sealed class HealthTests
{
    [Test]
    public async Task ReadinessReportsMariaDbAndRedisHealthy()
    {
        var health = await Api.Anonymous().GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Multiple(() =>
        {
            Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("healthy"), health.ToString());
            Assert.That(health.GetProperty("checks").GetProperty("mariadb").GetProperty("status").GetString(), Is.EqualTo("healthy"));
            Assert.That(health.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString(), Is.EqualTo("healthy"));
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
