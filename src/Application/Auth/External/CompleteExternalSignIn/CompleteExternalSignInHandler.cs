using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.External.CompleteExternalSignIn;

internal sealed class CompleteExternalSignInHandler(
    IExternalIdentityProviders providers, IExternalSignInStore store, ExternalAccountLinker linker,
    ExternalSignInOptions options, ISecurityAudit audit, IClock clock)
    : IHandler<CompleteExternalSignInCommand, ExternalSignInOutcome>
{
    public async Task<ExternalSignInOutcome> HandleAsync(CompleteExternalSignInCommand request, CancellationToken ct)
    {
        // Taken, not read: a state works once, and only for the provider it was issued for.
        var pending = string.IsNullOrEmpty(request.State) ? null : await store.TakePendingAsync(request.State, ct);
        if (pending is null || pending.Provider != request.Provider)
            throw new ProblemException(Problems.ExternalStateInvalid);

        if (request.Error is not null || string.IsNullOrEmpty(request.Code))
            return await FailAsync(pending, Problems.ExternalSignInFailed, "provider answered " + (request.Error ?? "without a code"), request.Client, ct);

        ExternalIdentity identity;
        try
        {
            identity = await providers.RedeemAsync(request.Provider, request.Code, pending, ct);
        }
        catch (ExternalSignInRejectedException e)
        {
            return await FailAsync(pending, Problems.ExternalSignInFailed, e.Message, request.Client, ct);
        }
        catch (ExternalProviderUnavailableException)
        {
            return await FailAsync(pending, Problems.ExternalProviderUnavailable, "provider unreachable", request.Client, ct);
        }

        try
        {
            var user = await linker.ResolveAsync(identity, request.Provider, request.Client, ct);
            var code = RandomToken.New();
            await store.SaveCodeAsync(RefreshTokenFactory.HashOf(code), new ExternalSignInCode(user.Id, pending.ClientCodeChallenge), options.CodeLifetime, ct);
            await audit.RecordAsync(new AuditEntry(clock.UtcNow, AuditKind.ExternalLoginSucceeded, user.Id, user.Id, request.Client, request.Provider), ct);
            return new ExternalSignInOutcome(pending.ReturnUrl, code, null);
        }
        catch (ProblemException e)
        {
            // The linker has already recorded the refusal against the account concerned.
            return new ExternalSignInOutcome(pending.ReturnUrl, null, e.Problem);
        }
    }

    private async Task<ExternalSignInOutcome> FailAsync(
        PendingExternalSignIn pending, Problem problem, string detail, string client, CancellationToken ct)
    {
        await audit.RecordAsync(new AuditEntry(clock.UtcNow, AuditKind.ExternalLoginFailed, null, null, client, Truncate($"{pending.Provider}: {detail}")), ct);
        return new ExternalSignInOutcome(pending.ReturnUrl, null, problem);
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];
}
