using System.Text;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Auth.Register;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.Features.Users.UpdateMe;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

public sealed class BadInputTests : TestBase
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Test]
    public async Task MalformedJsonIsABadRequestProblem()
    {
        var response = await Api.Anonymous().PostAsync(Api.Route(RegisterRequest.Route), Json("{\"email\": \"a@b.c\", "));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Test]
    public async Task WrongTypeIsAFieldError()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchAsync(Api.Route(UpdateMeRequest.Route), Json("""{"settings": {"dailyNewLimit": "lots"}}"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.GetProperty("errors").TryGetProperty("settings.dailyNewLimit", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task OutOfRangeSettingsGiveFieldErrors()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchAsync(Api.Route(UpdateMeRequest.Route),
            Json("""{"settings": {"desiredRetention": 1.5, "dayStartHour": 25}}"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        Assert.Multiple(() =>
        {
            Assert.That(errors.TryGetProperty("settings.desiredRetention", out _), Is.True, errors.ToString());
            Assert.That(errors.TryGetProperty("settings.dayStartHour", out _), Is.True, errors.ToString());
        });
    }

    [Test]
    public async Task OversizedBodyIsRefused()
    {
        var huge = "{\"email\":\"" + new string('a', 2_000_000) + "\"}";

        var response = await Api.Anonymous().PostAsync(Api.Route(RegisterRequest.Route), Json(huge));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Test]
    public async Task SqlLookingTextIsStoredVerbatim()
    {
        const string name = "Robert'); DROP TABLE users; --";
        var learner = await Api.LearnerAsync();

        var update = await learner.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route), new { displayName = name });
        var me = await learner.GetFromJsonAsync<JsonElement>(Api.Route(GetMeEndpoint.Route));

        Assert.Multiple(() =>
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(me.GetProperty("displayName").GetString(), Is.EqualTo(name));
        });
    }

    [Test]
    public async Task UnknownRouteIsANotFoundProblem()
    {
        var response = await Api.Anonymous().GetAsync(Api.Route("/no-such-thing"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
