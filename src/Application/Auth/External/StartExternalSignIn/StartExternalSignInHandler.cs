using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.External.StartExternalSignIn;

internal sealed class StartExternalSignInHandler(
    IExternalIdentityProviders providers, IExternalSignInStore store, ExternalSignInOptions options)
    : IHandler<StartExternalSignInCommand, Uri>
{
    public async Task<Uri> HandleAsync(StartExternalSignInCommand request, CancellationToken ct)
    {
        if (!providers.IsConfigured(request.Provider))
            throw new ProblemException(Problems.ExternalProviderUnknown);
        // Checked before anything is stored: an open redirect would hand our one-time code to whoever asked.
        // The configured spelling is where users go back to, so no parser difference between us and a browser matters.
        var returnUrl = options.Allowed(request.ReturnUrl) ?? throw new ProblemException(Problems.ReturnUrlNotAllowed);

        var state = RandomToken.New();
        var pending = new PendingExternalSignIn(
            request.Provider, RandomToken.New(), RandomToken.New(), request.RedirectUri, returnUrl, request.CodeChallenge);
        var authorization = new ExternalAuthorization(state, pending.Nonce, OneTimeSecret.S256(pending.CodeVerifier), request.RedirectUri);
        try
        {
            var url = await providers.AuthorizationUrlAsync(request.Provider, authorization, ct);
            await store.SavePendingAsync(state, pending, options.PendingLifetime, ct);
            return url;
        }
        catch (ExternalProviderUnavailableException)
        {
            throw new ProblemException(Problems.ExternalProviderUnavailable);
        }
    }
}
