using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Sessions;

/// <summary>Loads the learner and one of their sessions; someone else's session is reported as missing, never as forbidden.</summary>
internal sealed class SessionLoader(IUserRepository users, ILearningSessionRepository sessions, IStudyContextReader context)
{
    /// <summary>Both in one round trip; a deleted account is unauthenticated before its session is looked at.</summary>
    public async Task<(User Learner, LearningSession Session)> LearnerAndSessionAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        var read = await context.ReadAsync(userId, [sessionId], [], ct);
        var learner = read.Learner ?? throw new ProblemException(Problems.Unauthenticated);
        return (learner, read.Sessions.SingleOrDefault() ?? throw new ProblemException(Problems.NotFound, "No such session."));
    }

    public async Task<User> LearnerAsync(Guid userId, CancellationToken ct) =>
        await users.GetAsync(userId, ct) ?? throw new ProblemException(Problems.Unauthenticated);

    public async Task<LearningSession> SessionAsync(Guid userId, Guid sessionId, CancellationToken ct) =>
        await sessions.GetAsync(userId, sessionId, ct)
        ?? throw new ProblemException(Problems.NotFound, "No such session.");
}
