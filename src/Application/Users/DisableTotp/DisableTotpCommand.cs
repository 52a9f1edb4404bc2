using AdaptiveLearning.Application.Auth;

namespace AdaptiveLearning.Application.Users.DisableTotp;

/// <param name="Code">An authenticator code or an unused recovery code (for a lost phone).</param>
public sealed record DisableTotpCommand(Guid UserId, string Password, SecondFactorCode Code, string Client);
