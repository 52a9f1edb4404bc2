using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Sessions;

/// <param name="Learner">Null when the account no longer exists.</param>
public sealed record StudyContext(User? Learner, IReadOnlyList<LearningSession> Sessions, IReadOnlyList<Attempt> Attempts);
