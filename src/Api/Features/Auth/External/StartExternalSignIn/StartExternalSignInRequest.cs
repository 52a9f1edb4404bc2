namespace AdaptiveLearning.Api.Features.Auth.External.StartExternalSignIn;

public sealed class StartExternalSignInRequest
{
    public const string Route = "/auth/external/{provider}/start";

    public static string For(string provider, string returnUrl, string codeChallenge) =>
        Route.Replace("{provider}", Uri.EscapeDataString(provider))
        + $"?returnUrl={Uri.EscapeDataString(returnUrl)}&codeChallenge={Uri.EscapeDataString(codeChallenge)}";

    /// <summary>A provider name configured on the server.</summary>
    /// <example>google</example>
    public string Provider { get; init; } = "";

    /// <summary>Where to send the user back, with <c>?code=</c> (or <c>?error=</c>); must be on the server's allow-list.</summary>
    public string ReturnUrl { get; init; } = "";

    /// <summary>BASE64URL(SHA-256(verifier)) of a random verifier the app keeps, as in PKCE (RFC 7636, S256).</summary>
    public string CodeChallenge { get; init; } = "";
}
