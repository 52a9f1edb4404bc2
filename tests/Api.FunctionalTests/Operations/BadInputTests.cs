using System.Text;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Client.Models;

using RegisterRequest = AdaptiveLearning.Api.Features.Auth.Register.RegisterRequest;
using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;
using Wire = AdaptiveLearning.Client.Models;

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
        Assert.That(problem.FieldErrors(), Does.Contain("settings.dailyNewLimit"));
    }

    [Test]
    public async Task OutOfRangeSettingsGiveFieldErrors()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchAsync(Api.Route(UpdateMeRequest.Route),
            Json("""{"settings": {"desiredRetention": 1.5, "dayStartHour": 25}}"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("settings.desiredRetention").And.Contain("settings.dayStartHour"));
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

        var update = await learner.PatchJsonAsync(UpdateMeRequest.Route, new Wire.UpdateMeRequest { DisplayName = name });
        var me = await learner.GetAsAsync<UserProfile>(GetMeEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(me.DisplayName, Is.EqualTo(name));
        });
    }

    [Test]
    public async Task UnknownRouteIsANotFoundProblem()
    {
        var response = await Api.Anonymous().GetAsync(Api.Route("/no-such-thing"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
