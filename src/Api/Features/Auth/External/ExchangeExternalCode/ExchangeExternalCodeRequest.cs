namespace AdaptiveLearning.Api.Features.Auth.External.ExchangeExternalCode;

public sealed class ExchangeExternalCodeRequest
{
    public const string Route = "/auth/external/exchange";

    /// <summary>The one-time code from the returnUrl's <c>?code=</c>; valid for a minute, once.</summary>
    public string Code { get; init; } = "";

    /// <summary>The verifier whose S256 challenge was sent to <c>/auth/external/{provider}/start</c>.</summary>
    public string CodeVerifier { get; init; } = "";
}
