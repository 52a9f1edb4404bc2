namespace AdaptiveLearning.Application.Auth.External.StartExternalSignIn;

/// <param name="RedirectUri">This API's callback URL for the provider, which the provider must know.</param>
/// <param name="CodeChallenge">The app's PKCE S256 challenge; <c>/auth/external/exchange</c> wants its verifier.</param>
public sealed record StartExternalSignInCommand(string Provider, string ReturnUrl, string CodeChallenge, string RedirectUri);
