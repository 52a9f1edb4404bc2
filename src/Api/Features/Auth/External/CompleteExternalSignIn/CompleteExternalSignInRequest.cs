namespace AdaptiveLearning.Api.Features.Auth.External.CompleteExternalSignIn;

/// <summary>What the provider sends back (OAuth 2.0 authorization response); apps never call this themselves.</summary>
public sealed class CompleteExternalSignInRequest
{
    public const string Route = "/auth/external/{provider}/callback";

    public string Provider { get; init; } = "";
    public string? Code { get; init; }
    public string? State { get; init; }

    /// <summary>Set by the provider when the user declined or the provider failed.</summary>
    public string? Error { get; init; }
}
