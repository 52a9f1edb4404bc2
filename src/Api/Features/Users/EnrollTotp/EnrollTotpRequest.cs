namespace AdaptiveLearning.Api.Features.Users.EnrollTotp;

public sealed class EnrollTotpRequest
{
    public const string Route = "/users/me/mfa/totp";

    /// <summary>The current password, asked again because this changes how the account signs in.</summary>
    public string Password { get; init; } = "";
}
