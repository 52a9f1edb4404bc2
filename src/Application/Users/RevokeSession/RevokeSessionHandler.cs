using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.RevokeSession;

/// <summary>Signs one device out: its refresh tokens stop at once, its current access token when it expires (minutes).</summary>
internal sealed class RevokeSessionHandler(IDeviceSessions sessions, ISecurityAudit audit, IClock clock) : IHandler<RevokeSessionCommand, bool>
{
    public async Task<bool> HandleAsync(RevokeSessionCommand request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        // Someone else's session answers exactly like one that does not exist.
        if (!await sessions.RevokeAsync(request.UserId, request.SessionId, now, ct))
            throw new ProblemException(Problems.NotFound);
        await audit.RecordAsync(new AuditEntry(now, AuditKind.SessionRevoked, request.UserId, request.UserId, request.Client,
            "session " + request.SessionId), ct);
        return true;
    }
}
