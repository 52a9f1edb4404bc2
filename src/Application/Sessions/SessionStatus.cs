namespace AdaptiveLearning.Application.Sessions;

public enum SessionStatus
{
    /// <summary>Not ended yet: it still takes answers.</summary>
    Active,
    Ended,
}
