namespace AdaptiveLearning.Domain.Common;

/// <summary>The learner's self-assessment of a review, as in Anki and FSRS.</summary>
public enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
