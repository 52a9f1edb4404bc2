using System.Security.Claims;
using System.Text;
using AdaptiveLearning.Api.Features.Users.GetMe;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

public sealed class TokenSecurityTests : TestBase
{
    [Test]
    public async Task MissingTokenIsUnauthenticated()
    {
        var response = await Api.Anonymous().GetAsync(Api.Route(GetMeEndpoint.Route));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task ExpiredTokenIsRejected()
    {
        var token = Token(TestEnvironment.SigningKey, expires: DateTime.UtcNow.AddMinutes(-5));

        var response = await Api.WithToken(token).GetAsync(Api.Route(GetMeEndpoint.Route));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task TokenSignedWithAnotherKeyIsRejected()
    {
        var token = Token("an-attacker-key-that-is-long-enough-0123456789", expires: DateTime.UtcNow.AddMinutes(5));

        var response = await Api.WithToken(token).GetAsync(Api.Route(GetMeEndpoint.Route));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task UnsignedAlgNoneTokenIsRejected()
    {
        var learner = await Api.LearnerAsync();
        var valid = learner.DefaultRequestHeaders.Authorization!.Parameter!;
        var payload = valid.Split('.')[1];
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");

        var response = await Api.WithToken($"{header}.{payload}.").GetAsync(Api.Route(GetMeEndpoint.Route));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task ValidTokenIsAccepted()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.GetAsync(Api.Route(GetMeEndpoint.Route));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static string Token(string key, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "adaptive-learning",
        Audience = "adaptive-learning-clients",
        IssuedAt = expires.AddMinutes(-15),
        NotBefore = expires.AddMinutes(-15),
        Expires = expires,
        Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", "admin")]),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
