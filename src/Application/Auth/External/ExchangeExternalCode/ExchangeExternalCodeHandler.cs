using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.External.ExchangeExternalCode;

internal sealed class ExchangeExternalCodeHandler(IExternalSignInStore store, IUserRepository users, RefreshTokenFactory tokens)
    : IHandler<ExchangeExternalCodeCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(ExchangeExternalCodeCommand request, CancellationToken ct)
    {
        // Taking the code removes it, so a replayed or intercepted code is worthless after the first exchange.
        var code = await store.TakeCodeAsync(RefreshTokenFactory.HashOf(request.Code), ct);
        // A code read from a redirect by another app (a hijacked custom scheme, a leaked URL) is useless without the verifier.
        if (code is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(OneTimeSecret.S256(request.CodeVerifier)), Encoding.ASCII.GetBytes(code.ClientCodeChallenge)))
            throw new ProblemException(Problems.InvalidExternalCode);
        var user = await users.GetAsync(code.UserId, ct);
        // Deactivated or erased in the minute since the callback.
        if (user is not { IsActive: true })
            throw new ProblemException(Problems.InvalidExternalCode);
        return await tokens.IssueAsync(user, familyId: Guid.NewGuid(), ct);
    }
}
