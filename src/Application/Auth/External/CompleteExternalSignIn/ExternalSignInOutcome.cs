using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.External.CompleteExternalSignIn;

/// <summary>Where to send the user back to, with either a one-time code for <c>/auth/external/exchange</c> or the problem.</summary>
public sealed record ExternalSignInOutcome(string ReturnUrl, string? Code, Problem? Error);
