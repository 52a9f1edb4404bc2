namespace AdaptiveLearning.Domain.Learning;

/// <summary>Why a question was offered; clients show it and analytics group by it.</summary>
public enum StudyReason
{
    OverdueReview,
    DueReview,
    LearningStepDue,
    New,
    DueLaterToday,
    MockTest,
    Cram,
    Placement,
}
