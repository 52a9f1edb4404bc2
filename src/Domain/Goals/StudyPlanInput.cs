using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Goals;

/// <param name="ScopeCards">The learner's cards in the goal's scope (not suspended), never-studied ones included.</param>
/// <param name="UnseenQuestions">Published questions in the scope the learner has no card for.</param>
/// <param name="SecondsPerReview">What a review costs this learner (their recent average, or a default).</param>
public sealed record StudyPlanInput(
    StudyGoal Goal,
    IReadOnlyList<MemoryState> ScopeCards,
    int UnseenQuestions,
    FsrsParameters Parameters,
    LearnerCalendar Calendar,
    DateTimeOffset Now,
    double SecondsPerReview)
{
    /// <summary>A first sight of a question takes longer than a review: reading it, then its explanation.</summary>
    public double SecondsPerNewCard => SecondsPerReview * 2;
}
