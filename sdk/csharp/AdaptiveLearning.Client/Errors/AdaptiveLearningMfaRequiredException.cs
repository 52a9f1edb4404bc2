using System.Net;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>
/// A login whose password was right for an account with two-step sign-in (401 <c>mfa_required</c>). Ask the user for the
/// code their authenticator shows (or a recovery code) and pass <see cref="Challenge"/> to
/// <see cref="AdaptiveLearningClient.CompleteSignInAsync"/> within a few minutes. Code that catches
/// <see cref="AdaptiveLearningApiException"/> by <see cref="ErrorCodes"/> still sees it as <see cref="ErrorCodes.MfaRequired"/>.
/// </summary>
/// <example><code>
/// try { await client.SignInAsync(login, password); }
/// catch (AdaptiveLearningMfaRequiredException mfa) { await client.CompleteSignInAsync(mfa.Challenge, AskForCode()); }
/// </code></example>
public sealed class AdaptiveLearningMfaRequiredException : AdaptiveLearningApiException
{
    internal AdaptiveLearningMfaRequiredException(HttpStatusCode status, ApiProblem problem, string? rawContent, string challenge)
        : base(status, problem, rawContent) => Challenge = challenge;

    /// <summary>The single-use, short-lived token that finishes this sign-in; it is not a credential on its own.</summary>
    public string Challenge { get; }
}
