namespace AdaptiveLearning.Application.Auth.External;

/// <summary>What the API remembers between sending the user to the provider and the provider sending them back.</summary>
/// <param name="ClientCodeChallenge">The app's own S256 challenge: only the app that started the sign-in can exchange its code.</param>
public sealed record PendingExternalSignIn(
    string Provider, string Nonce, string CodeVerifier, string RedirectUri, string ReturnUrl, string ClientCodeChallenge);
