using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Auth.External;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.RemoveExternalLogin;

internal sealed class RemoveExternalLoginHandler(IExternalLoginRepository logins, IUserRepository users, ISecurityAudit audit, IClock clock)
    : IHandler<RemoveExternalLoginCommand, bool>
{
    public async Task<bool> HandleAsync(RemoveExternalLoginCommand request, CancellationToken ct)
    {
        var mine = await logins.ListAsync(request.UserId, ct);
        var login = mine.FirstOrDefault(l => l.Id == request.ExternalLoginId)
                    ?? throw new ProblemException(Problems.NotFound);
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        // An account made through a provider has no password: without this link nobody could sign in to it.
        if (user.PasswordHash.Length == 0 && mine.Count == 1)
            throw new ProblemException(Problems.LastSignInMethod);
        if (!await logins.DeleteAsync(request.UserId, login.Id, ct))
            throw new ProblemException(Problems.NotFound);
        await audit.RecordAsync(new AuditEntry(clock.UtcNow, AuditKind.ExternalLoginRemoved, user.Id, user.Id, request.Client, login.Provider), ct);
        return true;
    }
}
