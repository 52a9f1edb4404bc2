namespace AdaptiveLearning.Application.Auth.LoginMfa;

/// <param name="Challenge">The token from the <c>mfa_required</c> answer to the password.</param>
/// <param name="Code">A 6-digit authenticator code or an unused recovery code.</param>
/// <param name="Client">Who is asking: wrong codes count in the login throttle per client, like wrong passwords.</param>
public sealed record LoginMfaCommand(string Challenge, SecondFactorCode Code, string Client);
