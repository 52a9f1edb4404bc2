using AdaptiveLearning.Api.Features.Auth.LoginMfa;
using AdaptiveLearning.Api.Features.Users.ConfirmTotp;
using AdaptiveLearning.Api.Features.Users.EnrollTotp;
using Wire = AdaptiveLearning.Client.Models;
using Microsoft.AspNetCore.Mvc.Testing;
using LoginRequest = AdaptiveLearning.Api.Features.Auth.Login.LoginRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

/// <summary>The two-step sign-in steps the tests repeat: enrol and confirm, log in to a challenge, finish with a code.</summary>
internal static class Mfa
{
    public sealed record Enrolled(Authenticator Authenticator, Wire.TotpEnrollment Enrollment, IReadOnlyList<string> RecoveryCodes);

    /// <summary>Turns two-step sign-in on for the signed-in <paramref name="client"/>, confirming with a real code.</summary>
    public static async Task<Enrolled> EnrolAsync(HttpClient client, string password = Api.Password)
    {
        var enrollment = await client.PostAsAsync<Wire.TotpEnrollment>(EnrollTotpRequest.Route, new { password });
        var authenticator = new Authenticator(enrollment.Secret);
        var confirmed = await client.PostAsAsync<Wire.TotpRecoveryCodes>(ConfirmTotpRequest.Route, new { code = await authenticator.NextCodeAsync() });
        return new Enrolled(authenticator, enrollment, confirmed.RecoveryCodes.ToList());
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string login, string password = Api.Password) =>
        client.PostJsonAsync(LoginRequest.Route, new { login, password });

    /// <summary>Logs in with the right password and returns the challenge of the <c>mfa_required</c> answer.</summary>
    public static async Task<string> ChallengeAsync(string login, HttpClient? client = null, string password = Api.Password)
    {
        var problem = await (await LoginAsync(client ?? Api.Anonymous(), login, password)).AssertProblemAsync(HttpStatusCode.Unauthorized, "mfa_required");
        Assert.That(problem.MfaChallenge, Is.Not.Null.And.Not.Empty, "mfa_required carries a challenge");
        return problem.MfaChallenge!;
    }

    public static Task<HttpResponseMessage> FinishAsync(string challenge, string? code = null, string? recoveryCode = null, HttpClient? client = null) =>
        (client ?? Api.Anonymous()).PostJsonAsync(LoginMfaRequest.Route, new { challenge, code, recoveryCode });

    /// <summary>A full two-step sign-in; returns a client holding the tokens.</summary>
    public static async Task<(HttpClient Client, Wire.TokenResponse Tokens)> SignInAsync(string login, Authenticator authenticator,
        WebApplicationFactory<Program>? host = null, string password = Api.Password)
    {
        var challenge = await ChallengeAsync(login, Api.Anonymous(host), password);
        var tokens = await (await FinishAsync(challenge, await authenticator.NextCodeAsync(), client: Api.Anonymous(host))).ReadAsAsync<Wire.TokenResponse>();
        return (Api.WithToken(Api.Anonymous(host), tokens.AccessToken), tokens);
    }
}
