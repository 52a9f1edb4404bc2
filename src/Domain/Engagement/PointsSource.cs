namespace AdaptiveLearning.Domain.Engagement;

/// <summary>Why a ledger row exists; stored by its wire name, so members are never renamed.</summary>
public enum PointsSource
{
    /// <summary>A recorded answer (possibly worth nothing: cram, too fast, repeated).</summary>
    Answer,
    /// <summary>The first answer that earned points on the learner's day.</summary>
    FirstAnswerOfDay,
    /// <summary>A session ended with enough answers.</summary>
    SessionCompleted,
    /// <summary>Undo took an answer back: the negation of every row it earned.</summary>
    Undo,
}
